/**
 * The record-level extracts, declared once: each kind's fields (required or optional), the words and CLI flag
 * users see for it, and what each of its counts feeds (the data sheet's input keys). make-plan's flags and
 * help, the pane's form, Analyse data and the counter all iterate over `EXTRACT_KINDS`.
 */
import type { CountMeasure } from "./indicator-inputs";

/** How a field's values are read. */
type FieldRole = "ethnicity" | "band" | "staffGroup" | "flag";

interface FieldDeclaration {
  /** Words users see in messages ("pay band", "formal disciplinary"). */
  readonly label: string;
  readonly role: FieldRole;
  /** Header variants, most specific first, normalised (lower case, single spaces, no punctuation). */
  readonly headers: readonly string[];
}

const flag = (label: string, headers: readonly string[]): FieldDeclaration => ({
  label,
  role: "flag",
  headers,
});

export const FIELDS = {
  ethnicity: {
    label: "ethnicity",
    role: "ethnicity",
    headers: [
      "ethnic origin",
      "ethnicity",
      "ethnic group",
      "ethnic category",
      "ethnic background",
      "ethnic code",
      "ethnic",
    ],
  },
  band: {
    label: "pay band",
    role: "band",
    headers: [
      "pay band",
      "afc band",
      "agenda for change band",
      "afc pay band",
      "band",
      "pay grade",
      "grade",
      "payband",
    ],
  },
  staffGroup: {
    label: "staff group",
    role: "staffGroup",
    headers: [
      "staff group",
      "occupation group",
      "occupational group",
      "staff category",
      "professional group",
    ],
  },
  training: flag("non-mandatory training / CPD", [
    "accessed non mandatory training",
    "non mandatory training",
    "accessed cpd",
    "cpd",
    "non mandatory training cpd",
    "accessed training",
    "training",
  ]),
  disciplinary: flag("formal disciplinary", [
    "entered formal disciplinary",
    "formal disciplinary",
    "entered disciplinary",
    "disciplinary investigation",
    "disciplinary",
  ]),
  shortlisted: flag("shortlisted", ["shortlisted", "short listed", "was shortlisted"]),
  appointed: flag("appointed", ["appointed", "was appointed", "appointment"]),
  voting: flag("voting board member", ["voting", "voting member", "voting board member", "board voting"]),
  executive: flag("executive board member", [
    "executive",
    "executive member",
    "executive director",
    "exec",
    "board executive",
  ]),
} as const satisfies Record<string, FieldDeclaration>;

export type ExtractField = keyof typeof FIELDS;

/** Names of the counts, as in expected.json's `counts` in camel case (plus the previous-year ones). */
export type CountName =
  | "headcount"
  | "training"
  | "disciplinary"
  | "prevHeadcount"
  | "prevDisciplinary"
  | "shortlisted"
  | "appointed"
  | "prevShortlisted"
  | "prevAppointed"
  | "board"
  | "boardVoting"
  | "boardExecutive"
  | "prevBoard"
  | "prevBoardVoting"
  | "prevBoardExecutive";

export interface CountDeclaration {
  readonly name: CountName;
  /** How make-plan and the pane name it ("Entered formal disciplinary"). */
  readonly label: string;
  /** Rows counted: every person, or only those whose flag field is true. */
  readonly flag?: ExtractField;
  /**
   * A second flag that must also be true (appointed counts only from shortlisting). A row with `flag` true
   * and `requires` false is not counted and is reported with `requiresReason`.
   */
  readonly requires?: ExtractField;
  readonly requiresReason?: string;
  /** The data sheet's input keys it fills (`measure.white` … or `prev.measure.white` …); none for the whole board. */
  readonly input?: { readonly measure: CountMeasure; readonly previous: boolean };
}

interface FieldUse {
  readonly field: ExtractField;
  readonly required: boolean;
}

interface KindDeclaration {
  /** The file's flag on make-plan's command line, without the dashes: `--staff-previous FILE`. */
  readonly flag: string;
  /** The extract in sentences: "The previous year's staff extract has no column for …". */
  readonly label: string;
  /** The extract in the pane and in headings: "Staff (previous year)". */
  readonly title: string;
  /** What the file is, for --help. */
  readonly description: string;
  readonly fields: readonly FieldUse[];
  readonly counts: readonly CountDeclaration[];
  /** Whether the indicator 1 band tables (overall and by staff group) are counted from it. */
  readonly bandTables: boolean;
}

const required = (field: ExtractField): FieldUse => ({ field, required: true });
const optional = (field: ExtractField): FieldUse => ({ field, required: false });

const APPOINTED_REASON =
  "appointed but not shortlisted; not counted as appointed (indicator 2 counts appointments from shortlisting)";

const APPLICATIONS = {
  flag: "applications",
  label: "applications",
  title: "Applications",
  description: "Recruitment extract, one row per application: ethnicity, shortlisted, appointed.",
  fields: [required("ethnicity"), required("shortlisted"), required("appointed")],
  counts: [
    {
      name: "shortlisted",
      label: "Shortlisted",
      flag: "shortlisted",
      input: { measure: "shortlisted", previous: false },
    },
    {
      name: "appointed",
      label: "Appointed",
      flag: "appointed",
      requires: "shortlisted",
      requiresReason: APPOINTED_REASON,
      input: { measure: "appointed", previous: false },
    },
  ],
  bandTables: false,
} as const satisfies KindDeclaration;

const BOARD = {
  flag: "board",
  label: "board",
  title: "Board",
  description: "Board membership: ethnicity, voting, executive.",
  fields: [required("ethnicity"), required("voting"), required("executive")],
  counts: [
    { name: "board", label: "Board members" },
    {
      name: "boardVoting",
      label: "Voting board members",
      flag: "voting",
      input: { measure: "board.voting", previous: false },
    },
    {
      name: "boardExecutive",
      label: "Executive board members",
      flag: "executive",
      input: { measure: "board.executive", previous: false },
    },
  ],
  bandTables: false,
} as const satisfies KindDeclaration;

/**
 * Last year's file of a kind: the same fields and counts, filling the previous-year input keys, under the
 * names given (`prevShortlisted` …) in order.
 */
function lastYear(current: KindDeclaration, names: readonly CountName[]): KindDeclaration {
  const lower = current.label.charAt(0).toLowerCase() + current.label.slice(1);
  return {
    ...current,
    flag: `${current.flag}-previous`,
    label: `previous year's ${lower}`,
    title: `${current.title} (previous year)`,
    description: `Last year's ${current.description.charAt(0).toLowerCase()}${current.description.slice(1)}`,
    counts: current.counts.map((c, i) => ({
      ...c,
      name: names[i],
      label: `Last year's ${c.label.charAt(0).toLowerCase()}${c.label.slice(1)}`,
      ...(c.input ? { input: { ...c.input, previous: true } } : {}),
    })),
    bandTables: false,
  };
}

/** In the order make-plan, the pane and the summaries list them. */
export const EXTRACT_KINDS = {
  staff: {
    flag: "staff",
    label: "staff",
    title: "Staff (this year)",
    description:
      "This year's ESR staff extract: ethnicity, pay band, staff group (optional), non-mandatory training, formal disciplinary.",
    fields: [
      required("ethnicity"),
      required("band"),
      optional("staffGroup"),
      required("training"),
      required("disciplinary"),
    ],
    counts: [
      { name: "headcount", label: "Staff headcount", input: { measure: "headcount", previous: false } },
      {
        name: "training",
        label: "Accessed non-mandatory training",
        flag: "training",
        input: { measure: "training", previous: false },
      },
      {
        name: "disciplinary",
        label: "Entered formal disciplinary",
        flag: "disciplinary",
        input: { measure: "disciplinary", previous: false },
      },
    ],
    bandTables: true,
  },
  "staff-previous": {
    flag: "staff-previous",
    label: "previous year's staff",
    title: "Staff (previous year)",
    description: "Last year's staff extract: ethnicity, formal disciplinary.",
    fields: [required("ethnicity"), required("disciplinary")],
    counts: [
      {
        name: "prevHeadcount",
        label: "Last year's headcount",
        input: { measure: "headcount", previous: true },
      },
      {
        name: "prevDisciplinary",
        label: "Last year's formal disciplinary",
        flag: "disciplinary",
        input: { measure: "disciplinary", previous: true },
      },
    ],
    bandTables: false,
  },
  applications: APPLICATIONS,
  "applications-previous": lastYear(APPLICATIONS, ["prevShortlisted", "prevAppointed"]),
  board: BOARD,
  "board-previous": lastYear(BOARD, ["prevBoard", "prevBoardVoting", "prevBoardExecutive"]),
} as const satisfies Record<string, KindDeclaration>;

export type ExtractKind = keyof typeof EXTRACT_KINDS;

/** Every kind, in declaration order. */
export const KINDS = Object.keys(EXTRACT_KINDS) as ExtractKind[];

export const kindOf = (kind: ExtractKind): KindDeclaration => EXTRACT_KINDS[kind];

/** The fields an extract carries, in declaration order. */
export const fieldsOf = (kind: ExtractKind): ExtractField[] =>
  EXTRACT_KINDS[kind].fields.map((f: FieldUse) => f.field);

export const isRequired = (kind: ExtractKind, field: ExtractField): boolean =>
  EXTRACT_KINDS[kind].fields.some((f: FieldUse) => f.field === field && f.required);

/** Every count of every kind, in declaration order, with the kind it comes from. */
export const ALL_COUNTS: readonly (CountDeclaration & { readonly kind: ExtractKind })[] = KINDS.flatMap(
  (kind) => EXTRACT_KINDS[kind].counts.map((c: CountDeclaration) => ({ ...c, kind })),
);

/** "staff-group" or "staffGroup" → the field, if the kind has it. */
export function fieldByName(kind: ExtractKind, name: string): ExtractField | undefined {
  const camel = name.trim().replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  return fieldsOf(kind).find((f) => f === camel);
}

/** "staffGroup" → "staff-group", as the CLI spells fields. */
export const fieldFlagName = (field: ExtractField): string =>
  field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
