/** The text `make-plan --help` prints; the extract options come from the one declaration of extract kinds. */
import { KINDS, fieldFlagName, fieldsOf, kindOf } from "../wres/extract-kinds";

const WIDTH = 25;
const LINE = 112;

/** Words of `text` in lines of at most LINE - WIDTH characters. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > LINE - WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** "  --name    text", the text on its own line when the name does not leave room for it. */
function option(name: string, text: string): string {
  const indent = " ".repeat(WIDTH + 1);
  const [first, ...rest] = wrap(text);
  const head =
    name.length < WIDTH - 2 ? `  ${name.padEnd(WIDTH - 1)}${first}` : `  ${name}\n${indent}${first}`;
  return [head, ...rest.map((l) => `${indent}${l}`)].join("\n");
}

const extractOptions = KINDS.map((k) => option(`--${kindOf(k).flag} FILE`, kindOf(k).description)).join("\n");
const mapOptions = KINDS.map((k) =>
  option(`--map-${kindOf(k).flag} FIELD="Header"`, `fields: ${fieldsOf(k).map(fieldFlagName).join(", ")}`),
).join("\n");

export const HELP = `Make a WRES or WDES action-plan workbook (.xlsx) without Excel, optionally filled from record-level extracts.

Usage:
  npm run make-plan -- --out FILE.xlsx --org "Organisation name" [options]

Options:
${option("--out FILE.xlsx", "Where to write the workbook (required). Written in one step: no partial file on failure.")}
${option("--overwrite", "Replace --out if it exists (otherwise an existing file is never replaced).")}
${option("--org TEXT", "Your organisation's name (required). Always written as text, even if it starts with =.")}
${option("--standard WRES|WDES", "The standard (default WRES).")}
${option("--layout NAME", "metric-led (default), objective-led or theme-led.")}
${option("--period YYYY-YY", "The reporting year, 2000-01 to 2099-00 (default 2025-26).")}
${option("--actions N", "Blank action rows per indicator, 0 to 50 (default 3).")}
${option("--formulas native|lambda", "native: plain formulas for any Excel, LibreOffice or Google Sheets (default);")}
${option("", "lambda: named LAMBDA functions such as WRES_RL (Excel 365 / 2024).")}
${extractOptions}
${option("--help, -h", "Show this help.")}

Extracts are CSV files as Excel saves them ("CSV UTF-8", "CSV" in Windows-1252, "Unicode text" with tabs,
or semicolon-separated); the encoding and separator are detected. Columns are found by their headers, ignoring
case and punctuation ("Ethnic Origin", "Ethnicity", "Pay Band", "Entered Formal Disciplinary", "Shortlisted" …).
Yes/no columns accept Y, Yes, True, 1, N, No, False, 0. When a header is not recognised, or two columns share
it, name the column yourself (repeat the option for several fields):
${mapOptions}
  Use FIELD=#N for the Nth column, e.g. --map-staff ethnicity=#2.

Next year's plan from last year's workbook (last year's file is only read):
  npm run make-plan -- --from LAST-YEAR.xlsx --out NEXT-YEAR.xlsx [--staff FILE …] [--standard WRES|WDES]
                       [--actions N] [--org TEXT]
  Carries every action not marked delivered (noted "Carried over from <last year>"), lists the delivered ones
  on a sheet of their own, fills the previous-year inputs from last year's data sheet and adds last year's
  figures to the History sheet. Layout, period, status key and formula style follow last year's plan.

Example:
  npm run make-plan -- --out "WRES action plan 2025-26.xlsx" --org "Example NHS Trust" \\
    --staff staff.csv --staff-previous staff-previous-year.csv --applications applications.csv --board board.csv

Every row with data in a column read is counted, once: a blank ethnicity as Unknown, a blank pay band under
Other, a blank yes/no as no. Each doubt is summarised on screen and listed line by line on the
workbook's Data quality sheet. Charts are not included in the .xlsx file; the figures behind them are.
`;
