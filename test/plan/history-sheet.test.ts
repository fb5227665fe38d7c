/**
 * The History sheet's charts: a line per indicator needs two years (a one-point Excel "Line" draws nothing),
 * so an indicator whose figures began this year waits for its chart, and the sheet says so until none waits.
 */
import { buildHistorySheet, type HistoryRow } from "../../src/plan/history-sheet";

const note = (rows: readonly HistoryRow[]): string => {
  const sheet = buildHistorySheet({
    standard: "WRES",
    organisation: "Northshire NHS Trust",
    through: "2026-27",
    rows,
  });
  const cell = sheet.blocks[0].rows[1][0];
  return cell.kind === "text" ? cell.text : "";
};
const charted = (rows: readonly HistoryRow[]): string[] =>
  buildHistorySheet({
    standard: "WRES",
    organisation: "Northshire NHS Trust",
    through: "2026-27",
    rows,
  }).charts.map((c) => c.id);

/** Indicators 1–4 and 9 for two years (counts from extracts); the survey figures 5–8 typed only this year. */
const MIXED: HistoryRow[] = [
  ...[1, 2, 3, 4, 9].flatMap((indicator) => [
    { indicator, year: "2025-26", figure: 1.5 },
    { indicator, year: "2026-27", figure: 1.2 },
  ]),
  ...[5, 6, 7, 8].map((indicator) => ({ indicator, year: "2026-27", figure: 0.3 })),
];

describe("the History's charts", () => {
  it("are drawn for the indicators with two years, not yet for those with one, and the sheet says so", () => {
    expect(charted(MIXED)).toEqual(["history-1", "history-2", "history-3", "history-4", "history-9"]);
    expect(note(MIXED)).toMatch(
      /a chart of each indicator over the years is drawn once the History holds two years of it/,
    );
  });

  it("say nothing of a chart to come once every indicator has two years", () => {
    const all = [
      ...MIXED,
      ...[5, 6, 7, 8].map((indicator) => ({ indicator, year: "2025-26", figure: 0.25 })),
    ];
    expect(charted(all)).toHaveLength(9);
    expect(note(all)).not.toMatch(/chart/);
  });
});
