/**
 * From the four record-level extracts (staff, previous year's staff, applications, board; any may be absent)
 * to the counts the indicators need: the data sheet's input keys, the indicator 1 band tables (overall and by
 * staff group), and every row that could not be read cleanly. Such rows are still counted (an empty ethnicity
 * as Unknown, an unreadable flag as not set) and listed, never dropped silently.
 */
import { bandRows, newBandCounts, type BandCounts, type BandRow } from "./band-table";
import {
  matchColumns,
  type ColumnMap,
  type ColumnOverrides,
  type ExtractField,
  type ExtractKind,
} from "./column-match";
import type { CsvTable } from "./csv";
import { BME, UNKNOWN, WHITE, ethnicGroupIndex } from "./ethnic-group";
import { readFlag } from "./flags";
import { countKey, type CountMeasure, type IndicatorInputs } from "./indicator-inputs";
import { ok, type Result } from "./issues";
import { OTHER_BAND, payBandIndex } from "./pay-band";
import { staffGroupOf, type StaffGroup } from "./staff-group";

export interface Extracts {
  readonly staff?: CsvTable;
  readonly staffPrevious?: CsvTable;
  readonly applications?: CsvTable;
  readonly board?: CsvTable;
}

export interface ExtractOptions {
  /** Columns chosen by the user, per extract, where the headers are not recognised. */
  readonly columns?: Readonly<Partial<Record<ExtractKind, ColumnOverrides>>>;
  /** Called about every 10,000 rows and once at the end, with rows done and rows in all extracts. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** White, BME and Unknown counts of one measure. */
export interface GroupCounts {
  readonly white: number;
  readonly bme: number;
  readonly unknown: number;
}

/** Measures counted from the extracts (the keys of expected.json's `counts`, in camel case). */
export type CountName =
  | "headcount"
  | "training"
  | "disciplinary"
  | "prevHeadcount"
  | "prevDisciplinary"
  | "shortlisted"
  | "appointed"
  | "board"
  | "boardVoting"
  | "boardExecutive";

export interface UnreadableRow {
  readonly extract: ExtractKind;
  /** Row number as a spreadsheet shows the file: the header is row 1, the first record row 2. */
  readonly row: number;
  readonly field: ExtractField;
  readonly value: string;
  /** What was wrong and how the row was counted, in British English. */
  readonly reason: string;
}

export interface BandTables {
  readonly overall: BandRow[];
  /** Split by staff group; staff whose group is not recognised are in `overall` only. */
  readonly nonClinical: BandRow[];
  readonly clinical: BandRow[];
  readonly medical: BandRow[];
}

export interface ExtractCounts {
  /** Input keys for the data sheet (`headcount.white`, `prev.disciplinary.bme`, `board.voting.unknown` …). */
  readonly inputs: IndicatorInputs;
  readonly counts: Readonly<Partial<Record<CountName, GroupCounts>>>;
  /** Present when a staff extract was given. */
  readonly bandTables?: BandTables;
  /** The first MAX_UNREADABLE_LISTED problem rows … */
  readonly unreadable: readonly UnreadableRow[];
  /** … and how many there were in all. */
  readonly unreadableCount: number;
  /** The column each field was read from, per extract given. */
  readonly columns: Readonly<Partial<Record<ExtractKind, ColumnMap>>>;
}

export const MAX_UNREADABLE_LISTED = 1000;
const PROGRESS_EVERY = 10_000;

type Tally = [number, number, number];

const toCounts = (t: Tally): GroupCounts => ({ white: t[WHITE], bme: t[BME], unknown: t[UNKNOWN] });

const APPOINTED_NOT_SHORTLISTED =
  "appointed but not shortlisted; not counted as appointed (indicator 2 counts appointments from shortlisting)";
const FLAG_REASON = "the value is not one of Y, Yes, True, 1, N, No, False, 0; counted as not set";

class Reader {
  readonly unreadable: UnreadableRow[] = [];
  unreadableCount = 0;
  done = 0;

  constructor(
    readonly total: number,
    readonly onProgress: ((done: number, total: number) => void) | undefined,
  ) {}

  report(extract: ExtractKind, index: number, field: ExtractField, value: string, reason: string): void {
    this.unreadableCount++;
    if (this.unreadable.length < MAX_UNREADABLE_LISTED) {
      this.unreadable.push({ extract, row: index + 2, field, value, reason });
    }
  }

  tick(): void {
    this.done++;
    if (this.onProgress && this.done % PROGRESS_EVERY === 0) this.onProgress(this.done, this.total);
  }

  /** The ethnic group of a row; an empty cell is Unknown and reported. */
  group(extract: ExtractKind, index: number, value: string): number {
    if (value.trim() === "")
      this.report(extract, index, "ethnicity", value, "empty ethnicity; counted as Unknown");
    return ethnicGroupIndex(value);
  }

  /** A strict yes/no flag; anything else counts as not set and is reported. */
  flag(extract: ExtractKind, index: number, field: ExtractField, value: string): boolean {
    const f = readFlag(value);
    if (f === undefined)
      this.report(
        extract,
        index,
        field,
        value,
        value.trim() === "" ? "empty; counted as not set" : FLAG_REASON,
      );
    return f === true;
  }
}

const cell = (row: readonly string[], column: number | undefined): string =>
  column === undefined ? "" : (row[column] ?? "");

function countStaff(table: CsvTable, cols: ColumnMap, reader: Reader) {
  const headcount: Tally = [0, 0, 0];
  const training: Tally = [0, 0, 0];
  const disciplinary: Tally = [0, 0, 0];
  const overall = newBandCounts();
  const byGroup: Record<StaffGroup, BandCounts> = {
    nonClinical: newBandCounts(),
    clinical: newBandCounts(),
    medical: newBandCounts(),
  };
  const groupCache = new Map<string, StaffGroup | undefined>();
  table.rows.forEach((row, i) => {
    const g = reader.group("staff", i, cell(row, cols.ethnicity));
    headcount[g]++;
    if (reader.flag("staff", i, "training", cell(row, cols.training))) training[g]++;
    if (reader.flag("staff", i, "disciplinary", cell(row, cols.disciplinary))) disciplinary[g]++;
    const bandText = cell(row, cols.band);
    const band = payBandIndex(bandText);
    if (band === OTHER_BAND && bandText.trim().toLowerCase() !== "other") {
      reader.report(
        "staff",
        i,
        "band",
        bandText,
        bandText.trim() === ""
          ? "empty pay band; counted under Other"
          : "pay band not recognised; counted under Other",
      );
    }
    overall[band * 3 + g]++;
    if (cols.staffGroup !== undefined) {
      const text = cell(row, cols.staffGroup);
      let sg = groupCache.get(text);
      if (sg === undefined && !groupCache.has(text)) {
        sg = staffGroupOf(text);
        groupCache.set(text, sg);
      }
      if (sg) byGroup[sg][band * 3 + g]++;
      else
        reader.report(
          "staff",
          i,
          "staffGroup",
          text,
          "staff group not recognised; left out of the tables by staff group",
        );
    }
    reader.tick();
  });
  const tables: BandTables = {
    overall: bandRows(overall),
    nonClinical: bandRows(byGroup.nonClinical),
    clinical: bandRows(byGroup.clinical),
    medical: bandRows(byGroup.medical),
  };
  return { headcount, training, disciplinary, tables };
}

/** Counts every row of `table` by group, and by group where each flag field is set. */
function countFlagged(
  kind: ExtractKind,
  table: CsvTable,
  cols: ColumnMap,
  flags: readonly ExtractField[],
  reader: Reader,
) {
  const all: Tally = [0, 0, 0];
  const flagged: Tally[] = flags.map(() => [0, 0, 0]);
  table.rows.forEach((row, i) => {
    const g = reader.group(kind, i, cell(row, cols.ethnicity));
    all[g]++;
    flags.forEach((f, k) => {
      if (reader.flag(kind, i, f, cell(row, cols[f]))) flagged[k][g]++;
    });
    reader.tick();
  });
  return { all, flagged };
}

/**
 * Applications: indicator 2 counts appointments from shortlisting, so an applicant marked appointed but not
 * shortlisted is not counted as appointed (which would let appointed exceed shortlisted) and is reported.
 */
function countApplications(table: CsvTable, cols: ColumnMap, reader: Reader) {
  const shortlisted: Tally = [0, 0, 0];
  const appointed: Tally = [0, 0, 0];
  table.rows.forEach((row, i) => {
    const g = reader.group("applications", i, cell(row, cols.ethnicity));
    const s = reader.flag("applications", i, "shortlisted", cell(row, cols.shortlisted));
    const a = reader.flag("applications", i, "appointed", cell(row, cols.appointed));
    if (s) shortlisted[g]++;
    if (a && s) appointed[g]++;
    if (a && !s) {
      reader.report("applications", i, "appointed", cell(row, cols.appointed), APPOINTED_NOT_SHORTLISTED);
    }
    reader.tick();
  });
  return { shortlisted, appointed };
}

/** Reads the extracts given. A required column missing from any of them is a problem naming the field. */
export function countExtracts(extracts: Extracts, options: ExtractOptions = {}): Result<ExtractCounts> {
  const given: [ExtractKind, CsvTable | undefined][] = [
    ["staff", extracts.staff],
    ["staff-previous", extracts.staffPrevious],
    ["applications", extracts.applications],
    ["board", extracts.board],
  ];
  const columns: Partial<Record<ExtractKind, ColumnMap>> = {};
  let total = 0;
  for (const [kind, table] of given) {
    if (!table) continue;
    const m = matchColumns(kind, table.header, options.columns?.[kind]);
    if (!m.ok) return m;
    columns[kind] = m.value;
    total += table.rows.length;
  }
  const reader = new Reader(total, options.onProgress);
  const counts: Partial<Record<CountName, GroupCounts>> = {};
  const inputs: Record<string, number> = {};
  const put = (name: CountName, measure: CountMeasure, previous: boolean, t: Tally | undefined) => {
    if (!t) return;
    counts[name] = toCounts(t);
    if (name !== "board") {
      inputs[countKey(measure, "white", previous)] = t[WHITE];
      inputs[countKey(measure, "bme", previous)] = t[BME];
      inputs[countKey(measure, "unknown", previous)] = t[UNKNOWN];
    }
  };
  let bandTables: BandTables | undefined;
  if (extracts.staff && columns.staff) {
    const s = countStaff(extracts.staff, columns.staff, reader);
    put("headcount", "headcount", false, s.headcount);
    put("training", "training", false, s.training);
    put("disciplinary", "disciplinary", false, s.disciplinary);
    bandTables = s.tables;
  }
  if (extracts.staffPrevious && columns["staff-previous"]) {
    const p = countFlagged(
      "staff-previous",
      extracts.staffPrevious,
      columns["staff-previous"],
      ["disciplinary"],
      reader,
    );
    put("prevHeadcount", "headcount", true, p.all);
    put("prevDisciplinary", "disciplinary", true, p.flagged[0]);
  }
  if (extracts.applications && columns.applications) {
    const a = countApplications(extracts.applications, columns.applications, reader);
    put("shortlisted", "shortlisted", false, a.shortlisted);
    put("appointed", "appointed", false, a.appointed);
  }
  if (extracts.board && columns.board) {
    const b = countFlagged("board", extracts.board, columns.board, ["voting", "executive"], reader);
    put("board", "headcount", false, b.all);
    put("boardVoting", "board.voting", false, b.flagged[0]);
    put("boardExecutive", "board.executive", false, b.flagged[1]);
  }
  if (options.onProgress && (total === 0 || total % PROGRESS_EVERY !== 0)) options.onProgress(total, total);
  return ok({
    inputs,
    counts,
    ...(bandTables ? { bandTables } : {}),
    unreadable: reader.unreadable,
    unreadableCount: reader.unreadableCount,
    columns,
  });
}
