/** What happened after the primary button: the sheets created (each one a way to go there), a file saved, or why not. */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { CreatedPlan } from "../services";
import { usePaneStyles } from "./pane-styles";
import { Notice } from "./Notice";
import { SkippedFeatures } from "./SkippedFeatures";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: 0, listStyleType: "none" },
  item: { marginTop: tokens.spacingVerticalXXS },
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
  const pane = usePaneStyles();
  return (
    <div aria-live="polite">
      {error ? (
        <Notice intent="error" title={errorTitle}>
          {error}
        </Notice>
      ) : null}
      {created ? (
        <Notice intent="success" title="Plan created.">
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
          <SkippedFeatures features={created.skippedFeatures} className={pane.followOn} />
        </Notice>
      ) : null}
      {downloaded ? (
        <Notice intent="success" title="Workbook ready.">
          Saved as {downloaded.fileName}. Open it in Excel to start the plan.
        </Notice>
      ) : null}
      {activateError ? (
        <Notice intent="error" title="Could not open the sheet.">
          {activateError}
        </Notice>
      ) : null}
    </div>
  );
}
