/**
 * The one incremental counter behind every count of people: the worksheet functions (GROUP_COUNTS,
 * BAND_TABLE), the pane's Analyse data and make-plan all feed it rows, so the same rows give the same counts.
 *
 * functions.md's rule: rows blank in every column it is told about *after the last row that has data* are
 * padding (an over-long range, blank lines at the end of a file) and are skipped; every other row is a person.
 * Its blank ethnicity counts as Unknown, its blank band as Other and its blank flag as no, so a wholly blank row
 * between records is a person of unknown ethnicity. Fed row by row, the counter cannot know whether a blank row
 * is padding until a later row has data, so it holds blank rows pending (a count, and with a report their
 * lines) and counts them when such a row comes; those still pending at the end are the padding.
 *
 * Rows come in line order, except that rows blank in every column read may come after the rows below them
 * (Analyse data reads those again in full at the end, count-in-chunks.ts): given with their line, they are
 * people when a row further down had data.
 *
 * Ethnicity by ETHNIC_GROUP's rules, flags by GROUP_COUNTS's (TRUE, numbers other than 0, Y/Yes/True/1), bands
 * by BAND_TABLE's. With a QualityRecorder it also notes every doubt with the row's line.
 */
import type { ColumnMap } from "./column-match";
import { LineList, QualityRecorder, type QualityCode } from "./data-quality";
import { BME, UNKNOWN, UNRECOGNISED, WHITE, ethnicityReading } from "./ethnic-group";
import { EXTRACT_KINDS, FIELDS, type ExtractField, type ExtractKind } from "./extract-kinds";
import { isTrueFlag, readFlag } from "./flags";
import { OTHER_BAND, PAY_BANDS, isOtherLabel, payBandIndex } from "./pay-band";
import { STAFF_GROUPS, staffGroupOf, type StaffGroup } from "./staff-group";
import { TextMemo } from "./text-memo";

/** Counts per band: `counts[band * 3 + group]`, bands in PAY_BANDS order. */
export type BandCounts = Uint32Array;

export const newBandCounts = (): BandCounts => new Uint32Array(PAY_BANDS.length * 3);

/** One count: every person, or those whose flag (an index into `flags`) is true, and `requires` too. */
interface PlannedCount {
  readonly flag?: number;
  readonly requires?: number;
  readonly reason?: string;
}

/** Which columns of a row to read and what to count: built from an extract kind, or by a function. */
export interface CountPlan {
  readonly ethnicity: number;
  readonly band?: number;
  readonly staffGroup?: number;
  /** Flag columns; `field` names them in the data-quality report (functions leave it out). */
  readonly flags: readonly { readonly field?: ExtractField; readonly column: number }[];
  readonly counts: readonly PlannedCount[];
  /** Count by band (and by staff group when a staff group column is given). */
  readonly bandTables: boolean;
  /** Number of columns in the header, to notice rows with more or fewer fields; 0 to not check. */
  readonly width: number;
  /**
   * Number 0 counts as blank: Excel passes empty cells of a range to custom functions as 0 on the desktop
   * (https://github.com/OfficeDev/office-js/issues/4702), so there 0 cannot be told from an empty cell.
   */
  readonly zeroIsBlank: boolean;
}

/** What a counter has counted: `counts[c * 3 + group]`, band counts `[band * 3 + group]`. */
export interface Tally {
  readonly counts: Float64Array;
  readonly rowsCounted: number;
  /** With bandTables: overall, and by staff group (staff whose group is not recognised are in overall only). */
  readonly bands?: { readonly overall: BandCounts } & Readonly<Record<StaffGroup, BandCounts>>;
}

/** Counts per field of the person rows with data: blank, not recognised. For the wrong-column check. */
export interface FieldStats {
  blank: number;
  unrecognised: number;
  example?: unknown;
}

/** The plan for an extract of `kind` whose fields are in `columns`. */
export function planFor(kind: ExtractKind, columns: ColumnMap, width: number): CountPlan {
  const k = EXTRACT_KINDS[kind];
  const flags: { field: ExtractField; column: number }[] = [];
  for (const f of k.fields) {
    const column = columns[f.field];
    if (FIELDS[f.field].role === "flag" && column !== undefined) flags.push({ field: f.field, column });
  }
  const flagIndex = (field: ExtractField | undefined) =>
    field === undefined ? undefined : flags.findIndex((f) => f.field === field);
  return {
    ethnicity: columns.ethnicity ?? -1,
    ...(columns.band !== undefined ? { band: columns.band } : {}),
    ...(columns.staffGroup !== undefined ? { staffGroup: columns.staffGroup } : {}),
    flags,
    counts: k.counts.map((c) => {
      const decl = c as { flag?: ExtractField; requires?: ExtractField; requiresReason?: string };
      const flag = flagIndex(decl.flag);
      const requires = flagIndex(decl.requires);
      return {
        ...(flag !== undefined ? { flag } : {}),
        ...(requires !== undefined ? { requires, reason: decl.requiresReason ?? "" } : {}),
      };
    }),
    bandTables: k.bandTables,
    width,
    zeroIsBlank: false,
  };
}

/**
 * No data: empty text or spaces only, null or undefined (and 0 where the plan says so). Analyse data uses it
 * too, to find the rows blank in every column it read (count-in-chunks.ts).
 */
export function isBlankValue(v: unknown, zeroIsBlank: boolean): boolean {
  if (typeof v === "string") {
    if (v.length === 0) return true;
    const c = v.charCodeAt(0);
    if (c > 32 && c !== 160) return false;
    return v.trim() === "";
  }
  return v === null || v === undefined || (zeroIsBlank && v === 0);
}

const GROUP_WORDS = ["White", "BME", "Unknown"] as const;

export class RecordCounter {
  private readonly counts: Float64Array;
  private readonly overall: BandCounts | undefined;
  private readonly byGroup: Record<StaffGroup, BandCounts> | undefined;
  /** The columns read besides the ethnicity: any data in them makes a row a person. */
  private readonly others: Int32Array;
  private readonly flagColumns: Int32Array;
  private readonly truth: Uint8Array;
  /** For a plan that only counts rows with one flag (and notes nothing), that flag's column: other rows add nothing. */
  private readonly flagFirst: number;
  private readonly groupCache = new TextMemo(staffGroupOf);
  /** Per field of the plan, among person rows. */
  readonly stats = new Map<ExtractField, FieldStats>();
  /** Person rows counted (for a flag-only plan without a report: flagged rows only). */
  rowsCounted = 0;
  /**
   * Of them, rows blank in every column read (between records). `stats` leaves them out: a blank row says
   * nothing about whether a column holds what it should.
   */
  blankPeople = 0;
  private line = 0;
  private problem = false;
  /** Rows blank in every column read since the last row with data: people if a later row has data. */
  private pending = 0;
  /** With a report, their lines: wholly blank, and with data only in columns not read. */
  private readonly pendingBlank = new LineList();
  private readonly pendingUnused = new LineList();
  /** The line of the last row with data, for blank rows given after it (see the file's comment). */
  private lastDataLine = 0;
  /** Count indices that every person adds to (no flag, no requirement): a blank row counts there. */
  private readonly everyone: Int32Array;

  constructor(
    readonly plan: CountPlan,
    private readonly quality?: QualityRecorder,
  ) {
    this.counts = new Float64Array(plan.counts.length * 3);
    if (plan.bandTables) {
      this.overall = newBandCounts();
      if (plan.staffGroup !== undefined) {
        this.byGroup = {
          nonClinical: newBandCounts(),
          clinical: newBandCounts(),
          medical: newBandCounts(),
        };
      }
    }
    const others = [plan.band, plan.staffGroup, ...plan.flags.map((f) => f.column)].filter(
      (c): c is number => c !== undefined && c >= 0 && c !== plan.ethnicity,
    );
    this.others = Int32Array.from(others);
    this.flagColumns = Int32Array.from(plan.flags.map((f) => f.column));
    this.truth = new Uint8Array(plan.flags.length);
    this.everyone = Int32Array.from(
      plan.counts.flatMap((c, i) => (c.flag === undefined && c.requires === undefined ? [i] : [])),
    );
    const only = plan.counts.length === 1 ? plan.counts[0] : undefined;
    this.flagFirst =
      only?.flag !== undefined && only.requires === undefined && !plan.bandTables && !quality
        ? this.flagColumns[only.flag]
        : -1;
  }

  private stat(field: ExtractField): FieldStats {
    let s = this.stats.get(field);
    if (!s) this.stats.set(field, (s = { blank: 0, unrecognised: 0 }));
    return s;
  }

  /** A field left blank: counted against the field and noted on the row. */
  private blankField(field: ExtractField, code: QualityCode): void {
    this.stat(field).blank++;
    this.note(code, field);
  }

  /** A value not recognised: counted (the first kept as the example), noted, and recorded as what it was read as. */
  private unrecognisedField(
    q: QualityRecorder,
    field: ExtractField,
    value: unknown,
    code: QualityCode,
    readAs: string,
  ): void {
    const s = this.stat(field);
    s.unrecognised++;
    s.example ??= value;
    this.note(code, field);
    q.value(field, value, readAs);
  }

  /** Counts one row (the record's cells in column order); `line` is where the user finds it. */
  add(row: ArrayLike<unknown>, line = 0): void {
    // Unflagged rows never touch the other cells (memory, not arithmetic, is the cost on large ranges).
    if (this.flagFirst >= 0 && !isTrueFlag(row[this.flagFirst])) return;
    const plan = this.plan;
    const zero = plan.zeroIsBlank;
    const q = this.quality;
    // The ethnicity first: when it has data (nearly always) the row is a person without looking further.
    const ev = row[plan.ethnicity];
    const blankEthnicity = isBlankValue(ev, zero);
    if (q) q.rowsRead++;
    if (blankEthnicity && !this.hasOtherData(row)) {
      this.blankRow(row, line);
      return;
    }
    // A row with data: the blank rows before it are people, not padding.
    if (this.pending !== 0) this.countPending();
    this.lastDataLine = line;
    this.rowsCounted++;
    if (q) {
      this.line = line;
      this.problem = false;
      if (plan.width > 0 && row.length !== plan.width)
        this.note(row.length > plan.width ? "extra_fields" : "missing_fields", undefined);
    }

    // Ethnic group.
    let g: number;
    if (blankEthnicity) {
      g = UNKNOWN;
      if (q) this.blankField("ethnicity", "blank_ethnicity");
    } else {
      const reading = ethnicityReading(ev);
      g = reading & 3;
      if (q && reading & UNRECOGNISED)
        this.unrecognisedField(q, "ethnicity", ev, "unrecognised_ethnicity", GROUP_WORDS[UNKNOWN]);
    }

    // Flags.
    const flags = this.flagColumns;
    const truth = this.truth;
    for (let k = 0; k < flags.length; k++) {
      const v = row[flags[k]];
      const t = isTrueFlag(v);
      truth[k] = t ? 1 : 0;
      const field = plan.flags[k].field;
      if (q && field) {
        if (isBlankValue(v, zero)) this.blankField(field, "blank_flag");
        else if (readFlag(v) === undefined)
          this.unrecognisedField(q, field, v, "unrecognised_flag", t ? "yes" : "no");
      }
    }

    // Counts.
    const counts = plan.counts;
    for (let c = 0; c < counts.length; c++) {
      const pc = counts[c];
      if (pc.flag !== undefined && truth[pc.flag] === 0) continue;
      if (pc.requires !== undefined && truth[pc.requires] === 0) {
        if (q) this.note("requirement_not_met", plan.flags[pc.flag ?? 0].field, pc.reason);
        continue;
      }
      this.counts[c * 3 + g]++;
    }

    // Bands, overall and by staff group.
    if (this.overall) {
      const bv = plan.band === undefined ? undefined : row[plan.band];
      const band = payBandIndex(bv);
      if (q && band === OTHER_BAND && !isOtherLabel(bv)) {
        if (isBlankValue(bv, zero)) this.blankField("band", "blank_band");
        else this.unrecognisedField(q, "band", bv, "unrecognised_band", "Other");
      }
      this.overall[band * 3 + g]++;
      if (this.byGroup && plan.staffGroup !== undefined) {
        const sv = row[plan.staffGroup];
        const text =
          typeof sv === "string" ? sv : sv === null || sv === undefined ? "" : String(sv as number);
        const sg = this.groupCache.get(text);
        if (sg) this.byGroup[sg][band * 3 + g]++;
        else if (q) {
          if (isBlankValue(sv, zero)) this.blankField("staffGroup", "blank_staff_group");
          else
            this.unrecognisedField(
              q,
              "staffGroup",
              sv,
              "unrecognised_staff_group",
              "left out of the tables by staff group",
            );
        }
      }
    }
    if (this.problem && q) q.rowsWithProblems++;
  }

  /**
   * A row blank in every column read: a person now if a row further down already had data (it came out of
   * order), otherwise pending until a later row has data. With a report, a row with data in a column not
   * read is told from a wholly blank one.
   */
  private blankRow(row: ArrayLike<unknown>, line: number): void {
    const q = this.quality;
    let unused = false;
    if (q) {
      const zero = this.plan.zeroIsBlank;
      for (let i = 0; i < row.length && !unused; i++) if (!isBlankValue(row[i], zero)) unused = true;
    }
    if (line < this.lastDataLine) {
      this.countBlankPeople(1);
      if (q) this.noteBlankPerson(unused, line);
      return;
    }
    this.pending++;
    if (q) (unused ? this.pendingUnused : this.pendingBlank).push(line);
  }

  /** The pending blank rows are people: a later row has data. */
  private countPending(): void {
    this.countBlankPeople(this.pending);
    this.pending = 0;
    if (!this.quality) return;
    // Each list is in line order; the rows of both lists are noted under their own problem.
    for (let i = 0; i < this.pendingBlank.length; i++) this.noteBlankPerson(false, this.pendingBlank.at(i));
    for (let i = 0; i < this.pendingUnused.length; i++) this.noteBlankPerson(true, this.pendingUnused.at(i));
    this.pendingBlank.clear();
    this.pendingUnused.clear();
  }

  /**
   * `n` people with every column read blank, counted as a row of blanks would be: Unknown ethnicity, band
   * Other, no flag set (so only in the counts of everyone), no staff group (overall band table only).
   */
  private countBlankPeople(n: number): void {
    this.rowsCounted += n;
    this.blankPeople += n;
    const everyone = this.everyone;
    for (let k = 0; k < everyone.length; k++) this.counts[everyone[k] * 3 + UNKNOWN] += n;
    if (this.overall) this.overall[OTHER_BAND * 3 + UNKNOWN] += n;
  }

  /** One note for a blank row counted as a person (not one per blank field). */
  private noteBlankPerson(unused: boolean, line: number): void {
    const q = this.quality as QualityRecorder;
    q.issue(unused ? "unused_columns_only" : "blank_row_counted", undefined, line);
    q.rowsWithProblems++;
  }

  /**
   * No more rows: the blank rows still pending come after the last row with data, so they are padding.
   * Wholly blank ones are skipped (not a problem); those with data in a column not read are skipped and
   * reported. Called by `tally()`; rows added after it are counted as before.
   */
  end(): void {
    const q = this.quality;
    if (q) {
      for (let i = 0; i < this.pendingBlank.length; i++) q.blank(this.pendingBlank.at(i));
      for (let i = 0; i < this.pendingUnused.length; i++) {
        q.issue("unused_columns_trailing", undefined, this.pendingUnused.at(i));
        q.rowsWithProblems++;
      }
      this.pendingBlank.clear();
      this.pendingUnused.clear();
    }
    this.pending = 0;
  }

  /** Data in a column read other than the ethnicity. */
  private hasOtherData(row: ArrayLike<unknown>): boolean {
    const others = this.others;
    for (let i = 0; i < others.length; i++)
      if (!isBlankValue(row[others[i]], this.plan.zeroIsBlank)) return true;
    return false;
  }

  private note(code: QualityCode, field: ExtractField | undefined, reason?: string): void {
    this.quality?.issue(code, field, this.line, reason);
    this.problem = true;
  }

  tally(): Tally {
    this.end();
    return {
      counts: this.counts,
      rowsCounted: this.rowsCounted,
      ...(this.overall
        ? {
            bands: {
              overall: this.overall,
              ...(this.byGroup ??
                (Object.fromEntries(STAFF_GROUPS.map((s) => [s, newBandCounts()])) as Record<
                  StaffGroup,
                  BandCounts
                >)),
            },
          }
        : {}),
    };
  }
}

/** White, BME and Unknown of count `c` of a tally. */
export const groupsOf = (t: Tally, c: number): [number, number, number] => [
  t.counts[c * 3 + WHITE],
  t.counts[c * 3 + BME],
  t.counts[c * 3 + UNKNOWN],
];
