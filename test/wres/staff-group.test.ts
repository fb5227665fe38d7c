import * as fs from "node:fs";
import * as path from "node:path";
import { staffGroupOf } from "../../src/wres/staff-group";

const STAFF = path.resolve(__dirname, "../../../shared/data/sample-trust/staff.csv");

describe("staffGroupOf", () => {
  // wres.md indicator 1: separately for non-clinical, clinical, and medical & dental staff.
  it.each([
    // the sample trust's own values
    ["Non-clinical", "nonClinical"],
    ["Clinical", "clinical"], // must not be caught by "non-clinical"
    ["Medical and Dental", "medical"],
    // ESR staff groups
    ["Administrative and Clerical", "nonClinical"],
    ["Estates and Ancillary", "nonClinical"],
    ["Nursing and Midwifery Registered", "clinical"],
    ["Additional Clinical Services", "clinical"],
    ["Allied Health Professionals", "clinical"],
    ["Add Prof Scientific and Technic", "clinical"],
    ["Healthcare Scientists", "clinical"],
    ["Medical & Dental", "medical"], // ampersand
    ["MEDICAL AND DENTAL", "medical"],
    ["  non clinical ", "nonClinical"],
    // not recognised: reported by the extract reader, never guessed
    ["Volunteers", undefined],
    ["", undefined],
  ])("%p → %p", (value, group) => {
    expect(staffGroupOf(value)).toBe(group);
  });

  it("recognises every staff group in the sample staff extract", () => {
    const values = new Set(
      fs
        .readFileSync(STAFF, "utf8")
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((l) => l.split(",")[3]),
    );
    expect([...values].sort()).toEqual(["Clinical", "Medical and Dental", "Non-clinical"]);
    for (const v of values) expect(staffGroupOf(v)).toBeDefined();
  });
});
