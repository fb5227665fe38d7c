/**
 * make-plan's command line: `--name value` or `--name=value` tokens, checked with zod. Every failure is one
 * sentence naming the option, so the command can print it on one line.
 */
import { z } from "zod";
import { LAYOUTS, STANDARDS, periodSchema } from "../plan/options";
import type { ExtractField, ExtractKind } from "../wres/column-match";
import { EXTRACT_FIELDS } from "../wres/column-match";

export type ArgsResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Extract files by kind, as given on the command line. */
export const FILE_FLAGS: Readonly<Record<ExtractKind, string>> = {
  staff: "staff",
  "staff-previous": "staff-previous",
  applications: "applications",
  board: "board",
};

const VALUE_FLAGS = [
  "out",
  "standard",
  "layout",
  "org",
  "period",
  "actions",
  "formulas",
  "staff",
  "staff-previous",
  "applications",
  "board",
] as const;
const MAP_FLAGS = ["map-staff", "map-staff-previous", "map-applications", "map-board"] as const;
const SWITCHES = ["help"] as const;

type ValueFlag = (typeof VALUE_FLAGS)[number];
type MapFlag = (typeof MAP_FLAGS)[number];

export interface RawArgs {
  readonly values: Partial<Record<ValueFlag, string>>;
  readonly maps: Partial<Record<MapFlag, string[]>>;
  readonly help: boolean;
}

const isOneOf = <T extends string>(list: readonly T[], s: string): s is T =>
  (list as readonly string[]).includes(s);

/** Splits argv into flags. Any value is accepted after a flag (even "-1" or "=1+1"); zod judges it later. */
export function tokenise(argv: readonly string[]): ArgsResult<RawArgs> {
  const values: Partial<Record<ValueFlag, string>> = {};
  const maps: Partial<Record<MapFlag, string[]>> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === "-h") {
      help = true;
      continue;
    }
    if (!token.startsWith("--"))
      return { ok: false, message: `Unexpected argument "${token}". Options start with --; see --help.` };
    const eq = token.indexOf("=");
    const name = eq < 0 ? token.slice(2) : token.slice(2, eq);
    const inline = eq < 0 ? undefined : token.slice(eq + 1);
    if (isOneOf(SWITCHES, name)) {
      if (inline !== undefined) return { ok: false, message: `--${name} takes no value.` };
      help = true;
      continue;
    }
    if (!isOneOf<string>([...VALUE_FLAGS, ...MAP_FLAGS], name)) {
      return { ok: false, message: `Unknown option --${name}. See --help for the options.` };
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length) return { ok: false, message: `--${name} needs a value.` };
      value = argv[++i];
    }
    if (isOneOf(MAP_FLAGS, name)) (maps[name] ??= []).push(value);
    else if (isOneOf(VALUE_FLAGS, name)) {
      if (values[name] !== undefined) return { ok: false, message: `--${name} is given twice.` };
      values[name] = value;
    }
  }
  return { ok: true, value: { values, maps, help } };
}

const countSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, "Use a whole number of 0 or more.")
  .transform(Number)
  .pipe(z.number().max(50, "Use 50 or fewer."));

const optionsSchema = z.object({
  out: z
    .string({ error: "Say where to write the workbook, e.g. --out plan.xlsx." })
    .trim()
    .regex(/\.xlsx$/i, "The file name must end in .xlsx."),
  standard: z.enum(STANDARDS, { error: `Use one of ${STANDARDS.join(", ")}.` }).default("WRES"),
  layout: z.enum(LAYOUTS, { error: `Use one of ${LAYOUTS.join(", ")}.` }).default("metric-led"),
  org: z.string({ error: 'Give your organisation\'s name, e.g. --org "Example NHS Trust".' }),
  period: periodSchema.default("2025-26"),
  actions: countSchema.default(3),
  formulas: z.enum(["native", "lambda"], { error: "Use native or lambda." }).default("native"),
  staff: z.string().optional(),
  "staff-previous": z.string().optional(),
  applications: z.string().optional(),
  board: z.string().optional(),
});

export type MakePlanArgs = z.infer<typeof optionsSchema> & {
  readonly columns: Partial<Record<ExtractKind, Partial<Record<ExtractField, string | number>>>>;
};

/** "staff-group" or "staffGroup" → "staffGroup". */
const camel = (s: string): string => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** `field=Header text` or `field=#3` (the third column). */
function parseMapping(
  kind: ExtractKind,
  flag: string,
  text: string,
): ArgsResult<[ExtractField, string | number]> {
  const eq = text.indexOf("=");
  const fields = EXTRACT_FIELDS[kind];
  const field = camel(text.slice(0, Math.max(eq, 0)).trim());
  if (eq < 1 || !isOneOf(fields, field)) {
    return {
      ok: false,
      message: `--${flag} takes field="Column header", with field one of ${fields.join(", ")} (got "${text}").`,
    };
  }
  const column = text.slice(eq + 1).trim();
  const position = /^#(\d+)$/.exec(column);
  if (position) {
    const n = Number(position[1]);
    if (n < 1) return { ok: false, message: `--${flag}: column numbers start at #1 (got "${text}").` };
    return { ok: true, value: [field, n - 1] };
  }
  if (column === "")
    return { ok: false, message: `--${flag}: give the column header after "=" (got "${text}").` };
  return { ok: true, value: [field, column] };
}

export function parseArgs(argv: readonly string[]): ArgsResult<MakePlanArgs | "help"> {
  const raw = tokenise(argv);
  if (!raw.ok) return raw;
  if (raw.value.help) return { ok: true, value: "help" };
  const parsed = optionsSchema.safeParse(raw.value.values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = String(issue.path[0] ?? "");
    const got = raw.value.values[flag as ValueFlag];
    return { ok: false, message: `--${flag}: ${issue.message}${got !== undefined ? ` (got "${got}")` : ""}` };
  }
  const columns: MakePlanArgs["columns"] = {};
  for (const kind of Object.keys(FILE_FLAGS) as ExtractKind[]) {
    const flag = `map-${FILE_FLAGS[kind]}` as MapFlag;
    for (const text of raw.value.maps[flag] ?? []) {
      const m = parseMapping(kind, flag, text);
      if (!m.ok) return m;
      (columns[kind] ??= {})[m.value[0]] = m.value[1];
    }
  }
  return { ok: true, value: { ...parsed.data, columns } };
}
