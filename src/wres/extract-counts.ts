/**
 * From record-level extracts (any of the kinds in extract-kinds.ts) to the counts the indicators need: the
 * data sheet's input keys, the indicator 1 band tables (overall and by staff group) and the data-quality
 * report. Each extract is counted row by row (`ExtractCount`), so a file can be streamed and a sheet read in
 * chunks; every row with data is counted and every doubt is listed, never dropped silently. What cannot be
 * right (no rows, a column that mostly holds something else) is refused with a problem instead.
 */
import { bandRows, type BandRow } from "./band-table";
import { requireColumns, type ColumnMap, type ColumnOverrides } from "./column-match";
import { QualityRecorder, valueText, type DataQuality, type ExtractQuality } from "./data-quality";
import {
  EXTRACT_KINDS,
  FIELDS,
  KINDS,
  kindOf,
  type CountDeclaration,
  type CountName,
  type ExtractField,
  type ExtractKind,
} from "./extract-kinds";
import { countKey, type IndicatorInputs } from "./indicator-inputs";
import { fail, ok, type Result } from "./issues";
import { RecordCounter, groupsOf, planFor, type FieldStats, type Tally } from "./record-counter";

export type { CountName } from "./extract-kinds";

/** White, BME and Unknown counts of one measure. */
export interface GroupCounts {
  readonly white: number;
  readonly bme: number;
  readonly unknown: number;
}

interface BandTables {
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
  /** Every doubt, per extract given. */
  readonly quality: DataQuality;
  /** The column each field was read from, per extract given. */
  readonly columns: Readonly<Partial<Record<ExtractKind, ColumnMap>>>;
}

/** One extract counted. */
export interface ExtractResult {
  readonly kind: ExtractKind;
  readonly columns: ColumnMap;
  readonly tally: Tally;
  readonly quality: ExtractQuality;
}

/** What a field's values should be, in the wrong-column message. */
const EXPECTED: Readonly<Record<string, string>> = {
  ethnicity: "recognisable ethnic category",
  band: "recognisable pay band",
  staffGroup: "recognisable staff group",
  flag: "yes/no value",
};

/** Counts one extract, row by row. */
export class ExtractCount {
  private readonly counter: RecordCounter;
  private readonly recorder: QualityRecorder;

  private constructor(
    readonly kind: ExtractKind,
    readonly header: readonly string[],
    readonly columns: ColumnMap,
  ) {
    this.recorder = new QualityRecorder(kind);
    this.counter = new RecordCounter(planFor(kind, columns, header.length), this.recorder);
  }

  /** Matches the header; a column that cannot be found (or is ambiguous) is a problem before any row. */
  static start(
    kind: ExtractKind,
    header: readonly string[],
    overrides?: ColumnOverrides,
  ): Result<ExtractCount> {
    const m = requireColumns(kind, header, overrides);
    return m.ok ? ok(new ExtractCount(kind, header, m.value)) : m;
  }

  /** One record's cells in column order; `line` is where the user finds it (file line or sheet row). */
  add(row: ArrayLike<unknown>, line: number): void {
    this.counter.add(row, line);
  }

  /** The counts and report, or why they cannot be right (no one to count, or a column of something else). */
  finish(): Result<ExtractResult> {
    // Blank rows after the last row with data are padding: settled before the report is made.
    this.counter.end();
    const quality = this.recorder.report(this.counter.rowsCounted);
    const extract = kindOf(this.kind).label;
    if (quality.rowsCounted === 0) {
      return fail("value", "no_rows", undefined, {
        detail: {
          extract,
          reason:
            quality.rowsRead === 0
              ? "a header row but no data rows"
              : `no rows with data in the columns read (${quality.rowsRead.toLocaleString("en-GB")} blank or unused rows)`,
        },
      });
    }
    // Judged on the rows with data: blank rows between records say nothing about a column.
    const withData = quality.rowsCounted - this.counter.blankPeople;
    for (const [field, stats] of this.counter.stats) {
      const problem = this.wrongColumn(field, stats, withData);
      if (problem) return problem;
    }
    return ok({ kind: this.kind, columns: this.columns, tally: this.counter.tally(), quality });
  }

  /**
   * Most values not of the field's kind: for ethnicity and band, blank or unrecognised in more than half the
   * rows; for flags and staff groups (where blanks are a habit of some systems), unrecognised in more than
   * half the rows that have a value.
   */
  private wrongColumn(field: ExtractField, s: FieldStats, rows: number) {
    const role = FIELDS[field].role;
    const strict = role === "ethnicity" || role === "band";
    const bad = strict ? s.blank + s.unrecognised : s.unrecognised;
    const of = strict ? rows : rows - s.blank;
    if (of === 0 || bad * 2 <= of) return undefined;
    const column = this.columns[field] ?? 0;
    return fail("value", "wrong_column", field, {
      detail: {
        extract: kindOf(this.kind).label,
        field: FIELDS[field].label,
        column: `column ${column + 1} "${this.header[column] ?? ""}"`,
        expected: EXPECTED[role],
        bad: bad.toLocaleString("en-GB"),
        rows: of.toLocaleString("en-GB"),
        example: s.example === undefined ? "blank" : `"${valueText(s.example).slice(0, 40)}"`,
      },
    });
  }
}

const BAND_GROUPS = ["nonClinical", "clinical", "medical"] as const;

/** Adds the extracts' counts up into input keys, named counts, band tables and one data-quality report. */
export function combineCounts(results: readonly ExtractResult[]): ExtractCounts {
  const inputs: Record<string, number> = {};
  const counts: Partial<Record<CountName, GroupCounts>> = {};
  const columns: Partial<Record<ExtractKind, ColumnMap>> = {};
  let bandTables: BandTables | undefined;
  const ordered = [...results].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  for (const r of ordered) {
    columns[r.kind] = r.columns;
    EXTRACT_KINDS[r.kind].counts.forEach((decl: CountDeclaration, c: number) => {
      const [white, bme, unknown] = groupsOf(r.tally, c);
      counts[decl.name] = { white, bme, unknown };
      if (decl.input) {
        const { measure, previous } = decl.input;
        inputs[countKey(measure, "white", previous)] = white;
        inputs[countKey(measure, "bme", previous)] = bme;
        inputs[countKey(measure, "unknown", previous)] = unknown;
      }
    });
    const b = r.tally.bands;
    if (b) {
      bandTables = {
        overall: bandRows(b.overall),
        ...(Object.fromEntries(BAND_GROUPS.map((g) => [g, bandRows(b[g])])) as Record<
          (typeof BAND_GROUPS)[number],
          BandRow[]
        >),
      };
    }
  }
  return {
    inputs,
    counts,
    ...(bandTables ? { bandTables } : {}),
    quality: { extracts: ordered.map((r) => r.quality) },
    columns,
  };
}

/** An extract already in memory: its header and rows of cells. */
interface ExtractTable {
  readonly header: readonly string[];
  readonly rows: readonly ArrayLike<unknown>[];
  /** The line (or sheet row) of the first row; 2 when the header is the first line. */
  readonly firstLine?: number;
}

interface CountOptions {
  /** Columns chosen by the user, per extract, where the headers are not recognised. */
  readonly columns?: Readonly<Partial<Record<ExtractKind, ColumnOverrides>>>;
}

/** Counts the extracts given, each row once. The first problem of any extract stops the count. */
export function countExtracts(
  tables: Readonly<Partial<Record<ExtractKind, ExtractTable>>>,
  options: CountOptions = {},
): Result<ExtractCounts> {
  const results: ExtractResult[] = [];
  for (const kind of KINDS) {
    const table = tables[kind];
    if (!table) continue;
    const started = ExtractCount.start(kind, table.header, options.columns?.[kind]);
    if (!started.ok) return started;
    const first = table.firstLine ?? 2;
    table.rows.forEach((row, i) => started.value.add(row, first + i));
    const done = started.value.finish();
    if (!done.ok) return done;
    results.push(done.value);
  }
  return ok(combineCounts(results));
}
