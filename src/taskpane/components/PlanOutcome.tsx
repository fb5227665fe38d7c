/** What happened after the primary button: the sheets created (each one a way to go there), a file saved, or why not. */
import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CreatedPlan } from "../services";
import { SkippedFeatures } from "./SkippedFeatures";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: 0, listStyleType: "none" },
  item: { marginTop: tokens.spacingVerticalXXS },
  skipped: { margin: `${tokens.spacingVerticalXS} 0 0` },
  sheetLink: { textAlign: "left", overflowWrap: "anywhere" },
});

interface Props {
  readonly created: CreatedPlan | null;
  readonly downloaded: { readonly fileName: string } | null;
  readonly error: string | null;
  readonly errorTitle: string;
  readonly onActivate: (name: string) => void;
  readonly activateError: string | null;
}

export function PlanOutcome({ created, downloaded, error, errorTitle, onActivate, activateError }: Props) {
  const styles = useStyles();
  return (
    <div aria-live="polite">
      {error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{errorTitle}</MessageBarTitle> {error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {created ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Plan created.</MessageBarTitle>
            {created.sheets.length === 1 ? "New sheet:" : `${created.sheets.length} new sheets:`}
            <ul className={styles.list}>
              {created.sheets.map((sheet) => (
                <li key={sheet.id} className={styles.item}>
                  <Link as="button" className={styles.sheetLink} onClick={() => onActivate(sheet.name)}>
                    Go to {sheet.name}
                  </Link>
                </li>
              ))}
            </ul>
            <SkippedFeatures features={created.skippedFeatures} className={styles.skipped} />
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {downloaded ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Workbook ready.</MessageBarTitle> Saved as {downloaded.fileName}. Open it in
            Excel to start the plan.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {activateError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Could not open the sheet.</MessageBarTitle> {activateError}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
