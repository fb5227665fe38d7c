/** Styles the pane's components share, so each spacing and colour is set once (Fluent UI v9 tokens). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  /** A column of controls or entries, spaced as the pane's sections are; may shrink to the pane's width. */
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  /** Secondary text: what a tab does, why a button is unavailable. */
  note: { color: tokens.colorNeutralForeground2 },
  /** A paragraph after the first line of a message, a little below it. */
  followOn: { margin: `${tokens.spacingVerticalXS} 0 0` },
});
