/** Record-level functions: whole columns of a staff or applications extract to WRES counts. */
import { bandTable } from "../wres/band-table";
import { groupCountsTable } from "../wres/group-counts";
import { optional, range, truth } from "./kinds";
import { defineFunction } from "./run";

const CATEGORY = "Record-level data";

const PERSON_ROWS =
  "Each row is a person: a blank ethnicity counts as Unknown (a blank band as Other), so a staff column with some blank ethnicities counts those staff as Unknown, as NHS England does. Only rows blank in every range after the last row with data are padding (an over-long range such as A2:A10000) and are skipped. The ranges must have the same number of rows.";

const ETHNICITY = range("ethnicity_range", "Column of ethnicity codes or labels, one row per person.");

export const GROUP_COUNTS = defineFunction({
  name: "GROUP_COUNTS",
  category: CATEGORY,
  description:
    "Counts the rows of an ethnicity column that are White, BME and Unknown, optionally only rows whose flag is true (TRUE, a number other than 0, or Y, Yes, True, 1 in any case). Spills 3 rows by 2 columns.",
  parameters: [
    ETHNICITY,
    optional(
      range(
        "flag_range",
        "Column of yes/no flags (such as appointed, or entered formal disciplinary), as many rows as ethnicity_range.",
      ),
    ),
  ],
  result: { type: "unknown[][]", description: "A 3×2 array: White, BME and Unknown with their counts." },
  compute: (ethnicity, flags) => groupCountsTable(ethnicity, flags),
  help: {
    computes: `A table of three rows and two columns, White, BME and Unknown with the number of rows in each group, classified as ETHNIC_GROUP does. With a flag range, only rows whose flag is true count: TRUE, a number other than 0, or the text Y, Yes, True or 1 in any case; everything else is false. ${PERSON_ROWS}`,
    meaning:
      'Goes straight from an ESR or recruitment extract to the counts behind indicators 2 to 4, without helper columns: for example shortlisted applicants by group and, with the "appointed" column as the flag, appointed applicants by group.',
    examples: [
      {
        arguments: [{ cells: "A2:A6", values: [["A"], ["H"], ["Z"], ["C3"], ["N"]] }],
        result: [
          ["White", 2],
          ["BME", 2],
          ["Unknown", 1],
        ],
        shown: "White 2, BME 2, Unknown 1",
        working: "White **2** (A and C3), BME **2** (H and N), Unknown **1** (Z, not stated).",
      },
      {
        arguments: [
          { cells: "A2:A6", values: [["A"], ["H"], ["Z"], ["C3"], ["N"]] },
          { cells: "B2:B6", values: [["Y"], ["Y"], ["N"], [1], [false]] },
        ],
        result: [
          ["White", 2],
          ["BME", 1],
          ["Unknown", 0],
        ],
        shown: "White 2, BME 1, Unknown 0",
        working: "Only the rows flagged Y, Y and 1 count: White 2 (A and C3), BME 1 (H), Unknown 0.",
      },
    ],
    errors: {
      "#VALUE!": "the flag range has a different number of rows (or columns) from the ethnicity range.",
    },
  },
});

export const BAND_TABLE = defineFunction({
  name: "BAND_TABLE",
  category: CATEGORY,
  description:
    "Indicator 1 as a spilled table: one row per pay band present, in reporting order, then Overall, with White, BME, Unknown, total, BME share and the share minus the overall share. Band labels such as 8A or Band 8 - Range A are read as Band 8A.",
  parameters: [
    ETHNICITY,
    range("band_range", "Column of pay bands, as many rows as ethnicity_range."),
    optional(truth("header", "TRUE (the default) adds a header row; FALSE leaves it out.")),
  ],
  result: {
    type: "unknown[][]",
    description: "Band, White, BME, Unknown, total, BME share, BME share minus overall share.",
  },
  compute: (ethnicity, bands, header) => bandTable(ethnicity, bands, header ?? true),
  help: {
    computes: `Indicator 1 as a spilled table: one row per pay band present, in the reporting order (Under Band 1, Band 1 to Band 7, Band 8A to 8D, Band 9, VSM, then Consultants, Non-consultant career grade, Trainee grades, Other), then an Overall row. Columns: band, White, BME, Unknown, total, BME share, and BME share minus the overall BME share. \`header\` (default TRUE) adds a header row. Band labels are tidied: "Band 8a", "8A", "Band 8 - Range A" and "AfC Band 8A" are all Band 8A; "Very Senior Manager" is VSM; a blank band or one it does not recognise goes to Other. ${PERSON_ROWS}`,
    meaning:
      "Indicator 1 (representation by pay band compared with the overall workforce) from a staff extract.",
    examples: [
      {
        arguments: [
          { cells: "A2:A6", values: [["A"], ["H"], ["Z"], ["A"], ["N"]] },
          { cells: "B2:B6", values: [["Band 5"], ["Band 5"], ["Band 5"], ["8A"], ["Band 8a"]] },
        ],
        result: [
          ["Band", "White", "BME", "Unknown", "Total", "BME share", "BME share minus overall"],
          ["Band 5", 1, 1, 1, 3, 1 / 3, 1 / 3 - 0.4],
          ["Band 8A", 1, 1, 0, 2, 0.5, 0.1],
          ["Overall", 2, 2, 1, 5, 0.4, 0],
        ],
        shown: "a header row, then Band 5, Band 8A and Overall",
        working:
          "Five staff: (A, Band 5), (H, Band 5), (Z, Band 5), (A, 8A) and (N, Band 8a). Band 5 is 1 of 3 BME (33.3 %), 6.7 points below the overall 40.0 %; Band 8A is 1 of 2 (50.0 %), 10.0 points above.",
      },
    ],
    errors: {
      "#VALUE!":
        "the two ranges have different numbers of rows (or columns), or `header` is not TRUE or FALSE.",
      "#DIV/0!": "there is nobody to count (every row is blank), so no share can be formed.",
    },
  },
});
