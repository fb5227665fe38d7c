/**
 * make-plan's command line: `--name value` or `--name=value` tokens, checked with zod. Every failure is one
 * sentence naming the option, so the command can print it on one line.
 */
import { z } from "zod";
import { LAYOUTS, STANDARDS, periodSchema } from "../plan/options";
import type { ColumnOverrides } from "../wres/column-match";
import { KINDS, fieldByName, fieldFlagName, fieldsOf, kindOf, type ExtractKind } from "../wres/extract-kinds";

type ArgsResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** The options that take a value, besides one per extract kind (its file). */
const PLAN_FLAGS = ["out", "from", "standard", "layout", "org", "period", "actions", "formulas"] as const;
const FILE_FLAGS = KINDS.map((k) => kindOf(k).flag);
const VALUE_FLAGS: readonly string[] = [...PLAN_FLAGS, ...FILE_FLAGS];
const MAP_FLAGS: readonly string[] = KINDS.map((k) => `map-${kindOf(k).flag}`);
const SWITCHES = ["help", "overwrite"] as const;

type Switch = (typeof SWITCHES)[number];

interface RawArgs {
  readonly values: Readonly<Record<string, string>>;
  readonly maps: Readonly<Record<string, string[]>>;
  readonly switches: ReadonlySet<Switch>;
}

const isOneOf = <T extends string>(list: readonly T[], s: string): s is T =>
  (list as readonly string[]).includes(s);

/** Splits argv into flags. Any value is accepted after a flag (even "-1" or "=1+1"); zod judges it later. */
export function tokenise(argv: readonly string[]): ArgsResult<RawArgs> {
  const values: Record<string, string> = {};
  const maps: Record<string, string[]> = {};
  const switches = new Set<Switch>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === "-h") {
      switches.add("help");
      continue;
    }
    if (!token.startsWith("--"))
      return { ok: false, message: `Unexpected argument "${token}". Options start with --; see --help.` };
    const eq = token.indexOf("=");
    const name = eq < 0 ? token.slice(2) : token.slice(2, eq);
    const inline = eq < 0 ? undefined : token.slice(eq + 1);
    if (isOneOf(SWITCHES, name)) {
      if (inline !== undefined) return { ok: false, message: `--${name} takes no value.` };
      switches.add(name);
      continue;
    }
    if (!isOneOf(VALUE_FLAGS, name) && !isOneOf(MAP_FLAGS, name)) {
      return { ok: false, message: `Unknown option --${name}. See --help for the options.` };
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length) return { ok: false, message: `--${name} needs a value.` };
      value = argv[++i];
    }
    if (isOneOf(MAP_FLAGS, name)) (maps[name] ??= []).push(value);
    else {
      if (values[name] !== undefined) return { ok: false, message: `--${name} is given twice.` };
      values[name] = value;
    }
  }
  return { ok: true, value: { values, maps, switches } };
}

const countSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, "Use a whole number of 0 or more.")
  .transform(Number)
  .pipe(z.number().max(50, "Use 50 or fewer."));

/** Plan options; extract files are checked apart (`files`), one per kind. */
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
});

export type MakePlanArgs = z.infer<typeof optionsSchema> & {
  /** Extract files by kind. */
  readonly files: Readonly<Partial<Record<ExtractKind, string>>>;
  readonly columns: Readonly<Partial<Record<ExtractKind, ColumnOverrides>>>;
  /** Replace an existing --out file. */
  readonly overwrite: boolean;
};

/** `field=Header text` or `field=#3` (the third column). */
function parseMapping(kind: ExtractKind, flag: string, text: string): ArgsResult<[string, string | number]> {
  const eq = text.indexOf("=");
  const field = eq < 1 ? undefined : fieldByName(kind, text.slice(0, eq));
  if (field === undefined) {
    return {
      ok: false,
      message: `--${flag} takes field="Column header", with field one of ${fieldsOf(kind).map(fieldFlagName).join(", ")} (got "${text}").`,
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
  if (raw.value.switches.has("help")) return { ok: true, value: "help" };
  const values = raw.value.values;
  const parsed = optionsSchema.safeParse(
    Object.fromEntries(PLAN_FLAGS.flatMap((f) => (values[f] === undefined ? [] : [[f, values[f]]]))),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = String(issue.path[0] ?? "");
    const got = values[flag];
    return { ok: false, message: `--${flag}: ${issue.message}${got !== undefined ? ` (got "${got}")` : ""}` };
  }
  const files: Partial<Record<ExtractKind, string>> = {};
  const columns: Partial<Record<ExtractKind, Record<string, string | number>>> = {};
  for (const kind of KINDS) {
    const flag = kindOf(kind).flag;
    const file = values[flag];
    if (file !== undefined) {
      if (file.trim() === "") return { ok: false, message: `--${flag}: give the extract's file name.` };
      files[kind] = file;
    }
    const mapFlag = `map-${flag}`;
    for (const text of raw.value.maps[mapFlag] ?? []) {
      const m = parseMapping(kind, mapFlag, text);
      if (!m.ok) return m;
      (columns[kind] ??= {})[m.value[0]] = m.value[1];
    }
  }
  return {
    ok: true,
    value: { ...parsed.data, files, columns, overwrite: raw.value.switches.has("overwrite") },
  };
}
