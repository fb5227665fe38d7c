/**
 * What Analyse did: counts per group; each kind of problem with its rows and its first lines (every line is on
 * the Data quality sheet, which the user can open from here); sheets written.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { isClean } from "../../wres/data-quality";
import { ETHNIC_GROUPS } from "../../wres/ethnic-group";
import { ALL_COUNTS } from "../../wres/extract-kinds";
import { qualitySummary } from "../../wres/quality-summary";
import type { AnalyseResult } from "../analyse-types";
import { usePaneStyles } from "./pane-styles";
import { Notice } from "./Notice";
import { SkippedFeatures } from "./SkippedFeatures";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", marginTop: tokens.spacingVerticalS },
  cell: { textAlign: "right", padding: `0 ${tokens.spacingHorizontalXS}` },
  head: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere" },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Count names in the order and words of the one declaration of extracts. */
const COUNT_LABELS = ALL_COUNTS.map((c) => [c.name, c.label] as const);

/** A column per ethnic group, in the order and words of the WRES groups. */
const GROUP_COLUMNS = ETHNIC_GROUPS.map(
  (label) => [label.toLowerCase() as Lowercase<typeof label>, label] as const,
);

const n = (x: number): string => x.toLocaleString("en-GB");

interface Props {
  readonly result: AnalyseResult;
  readonly onOpenSheet: (sheet: string) => void;
  /** Why the sheet could not be opened, if it could not. */
  readonly openError: string | null;
}

/** Line runs shown per problem: a few, so the pane stays short; the sheet has them all. */
const RUNS_SHOWN = 3;

export function AnalyseSummary({ result, onOpenSheet, openError }: Props) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const counts = COUNT_LABELS.filter(([key]) => result.counts[key] !== undefined);
  const clean = isClean(result.quality);
  const sheet = result.qualitySheet;
  return (
    <Notice intent={clean ? "success" : "warning"} title="Data analysed.">
      {n(result.inputsWritten)} input cells filled on “{result.dataSheet}”.
      <table className={styles.table}>
        <caption className={styles.head}>Counts by ethnic group</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.head}>
              Measure
            </th>
            {GROUP_COLUMNS.map(([key, label]) => (
              <th key={key} scope="col" className={styles.cell}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {counts.map(([key, label]) => {
            const c = result.counts[key]!;
            return (
              <tr key={key}>
                <th scope="row" className={styles.head}>
                  {label}
                </th>
                {GROUP_COLUMNS.map(([group]) => (
                  <td key={group} className={styles.cell}>
                    {n(c[group])}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className={styles.list} aria-label="What was read">
        {qualitySummary(result.quality, RUNS_SHOWN, RUNS_SHOWN).map((line, i) => (
          <li key={i}>{line.trim()}</li>
        ))}
      </ul>
      {clean ? <p className={pane.followOn}>Every row was read cleanly.</p> : null}
      {sheet ? (
        <p className={pane.followOn}>
          {clean ? "The sheet “" : "Every line with a problem is listed on the sheet “"}
          {sheet}
          {clean ? "” records what was read." : "”."}{" "}
          <Button size="small" appearance="secondary" onClick={() => onOpenSheet(sheet)}>
            Go to {sheet}
          </Button>
        </p>
      ) : null}
      {openError ? <p className={pane.followOn}>Could not open the sheet: {openError}</p> : null}
      {result.sheetsWritten.length > 0 ? (
        <p className={pane.followOn}>Sheets written: {result.sheetsWritten.join(", ")}.</p>
      ) : null}
      {result.notes.map((note) => (
        <p key={note} className={pane.followOn}>
          {note}
        </p>
      ))}
      <SkippedFeatures features={result.skippedFeatures} className={pane.followOn} />
    </Notice>
  );
}
