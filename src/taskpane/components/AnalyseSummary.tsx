/** What Analyse did: counts per group, rows that could not be read (with reasons), sheets written. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { EXTRACT_LABELS, FIELD_LABELS } from "../../wres/column-match";
import type { AnalyseResult } from "../analyse-types";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", marginTop: tokens.spacingVerticalS },
  cell: { textAlign: "right", padding: `0 ${tokens.spacingHorizontalXS}` },
  head: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere" },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  para: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

/** Count names in the order and words of the data sheet. */
const COUNT_LABELS: readonly [keyof AnalyseResult["counts"], string][] = [
  ["headcount", "Headcount"],
  ["training", "Non-mandatory training"],
  ["disciplinary", "Formal disciplinary"],
  ["prevHeadcount", "Headcount, previous year"],
  ["prevDisciplinary", "Formal disciplinary, previous year"],
  ["shortlisted", "Shortlisted"],
  ["appointed", "Appointed"],
  ["board", "Board members"],
  ["boardVoting", "Voting board members"],
  ["boardExecutive", "Executive board members"],
];

const n = (x: number): string => x.toLocaleString("en-GB");
const LISTED = 20;

export function AnalyseSummary({ result }: { readonly result: AnalyseResult }) {
  const styles = useStyles();
  const counts = COUNT_LABELS.filter(([key]) => result.counts[key] !== undefined);
  return (
    <MessageBar intent={result.unreadableCount > 0 ? "warning" : "success"} layout="multiline">
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
        {result.unreadableCount > 0 ? (
          <>
            <p className={styles.para}>
              {n(result.unreadableCount)} {result.unreadableCount === 1 ? "row" : "rows"} could not be read
              cleanly; each is still counted, as described:
            </p>
            <ul className={styles.list}>
              {result.unreadable.slice(0, LISTED).map((u, i) => (
                <li key={i}>
                  {EXTRACT_LABELS[u.extract]}, row {n(u.row)}, {FIELD_LABELS[u.field]}
                  {u.value === "" ? "" : ` “${u.value}”`}: {u.reason}.
                </li>
              ))}
            </ul>
            {result.unreadableCount > LISTED ? (
              <p className={styles.para}>… and {n(result.unreadableCount - LISTED)} more.</p>
            ) : null}
          </>
        ) : (
          <p className={styles.para}>Every row was read.</p>
        )}
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
