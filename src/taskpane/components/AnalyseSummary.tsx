/** What Analyse did: counts per group, rows that could not be read (with reasons), sheets written. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ALL_COUNTS } from "../../wres/extract-kinds";
import { qualitySummary } from "../../wres/quality-summary";
import type { AnalyseResult } from "../analyse-types";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", marginTop: tokens.spacingVerticalS },
  cell: { textAlign: "right", padding: `0 ${tokens.spacingHorizontalXS}` },
  head: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere" },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  para: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

/** Count names in the order and words of the one declaration of extracts. */
const COUNT_LABELS = ALL_COUNTS.map((c) => [c.name, c.label] as const);

const n = (x: number): string => x.toLocaleString("en-GB");

export function AnalyseSummary({ result }: { readonly result: AnalyseResult }) {
  const styles = useStyles();
  const counts = COUNT_LABELS.filter(([key]) => result.counts[key] !== undefined);
  return (
    <MessageBar intent={result.rowsWithProblems > 0 ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Data analysed.</MessageBarTitle>
        {n(result.inputsWritten)} input cells filled on “{result.dataSheet}”.
        <table className={styles.table}>
          <caption className={styles.head}>Counts by ethnic group</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.head}>
                Measure
              </th>
              <th scope="col" className={styles.cell}>
                White
              </th>
              <th scope="col" className={styles.cell}>
                BME
              </th>
              <th scope="col" className={styles.cell}>
                Unknown
              </th>
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
                  <td className={styles.cell}>{n(c.white)}</td>
                  <td className={styles.cell}>{n(c.bme)}</td>
                  <td className={styles.cell}>{n(c.unknown)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <ul className={styles.list}>
          {qualitySummary(result.quality).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
        {result.rowsWithProblems === 0 ? <p className={styles.para}>Every row was read cleanly.</p> : null}
        {result.sheetsWritten.length > 0 ? (
          <p className={styles.para}>Sheets written: {result.sheetsWritten.join(", ")}.</p>
        ) : null}
        {result.notes.map((note) => (
          <p key={note} className={styles.para}>
            {note}
          </p>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
