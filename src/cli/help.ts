/** The text `make-plan --help` prints. */
export const HELP = `Make a WRES or WDES action-plan workbook (.xlsx) without Excel, optionally filled from record-level extracts.

Usage:
  npm run make-plan -- --out FILE.xlsx --org "Organisation name" [options]

Options:
  --out FILE.xlsx          Where to write the workbook (required). Written in one step: no partial file on failure.
  --org TEXT               Your organisation's name (required). Always written as text, even if it starts with =.
  --standard WRES|WDES     The standard (default WRES).
  --layout NAME            metric-led (default), objective-led or theme-led.
  --period YYYY-YY         The reporting year, e.g. 2025-26 (default 2025-26).
  --actions N              Blank action rows per indicator, 0 to 50 (default 3).
  --formulas native|lambda native: plain formulas for any Excel, LibreOffice or Google Sheets (default);
                           lambda: named LAMBDA functions such as WRES_RL (Excel 365 / 2024).
  --staff FILE             This year's ESR staff extract (CSV): ethnicity, pay band, staff group (optional),
                           non-mandatory training, formal disciplinary.
  --staff-previous FILE    Last year's staff extract (CSV): ethnicity, formal disciplinary.
  --applications FILE      Recruitment extract (CSV), one row per application: ethnicity, shortlisted, appointed.
  --board FILE             Board membership (CSV): ethnicity, voting, executive.
  --help, -h               Show this help.

Columns are found by their headers, ignoring case and punctuation ("Ethnic Origin", "Ethnicity", "Ethnic Group",
"Pay Band", "Entered Formal Disciplinary", "Shortlisted" …). Yes/no columns accept Y, Yes, True, 1, N, No, False, 0.
When a header is not recognised, name the column yourself (repeat the option for several fields):
  --map-staff FIELD="Header"            fields: ethnicity, band, staff-group, training, disciplinary
  --map-staff-previous FIELD="Header"   fields: ethnicity, disciplinary
  --map-applications FIELD="Header"     fields: ethnicity, shortlisted, appointed
  --map-board FIELD="Header"            fields: ethnicity, voting, executive
  Use FIELD=#N for the Nth column, e.g. --map-staff ethnicity=#2.

Example:
  npm run make-plan -- --out "WRES action plan 2025-26.xlsx" --org "Example NHS Trust" \\
    --staff staff.csv --staff-previous staff-previous-year.csv --applications applications.csv --board board.csv

Rows that cannot be read cleanly (an empty ethnicity, a yes/no value that is neither) are still counted, as
Unknown or as "no", and listed after the summary. Charts are not included in the .xlsx file; the figures
behind them are.
`;
