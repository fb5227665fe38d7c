/**
 * The data sheet's numbers, evaluated by HyperFormula from the sample trust's counts and checked against
 * the independently computed answers in `shared/data/sample-trust/expected.json`; its words and layout.
 */
import { contains, parseCell, parseRange } from "../../src/plan/a1";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { FIGURES } from "../../src/plan/figures";
import { namesFor } from "../../src/plan/formula-kit";

const LAMBDA_NAMES = namesFor("lambda");
import { DEFAULT_PLAN_OPTIONS, type FormulaStyle, type PlanOptions } from "../../src/plan/options";
import type { IndicatorInputs } from "../../src/wres/indicator-inputs";
import { allInputKeys } from "../support/input-keys";
import { LOW_NUMBERS_THRESHOLD } from "../../src/wres/low-numbers";
import { readSpecFunctions } from "../support/functions-spec";
import { cellAt, evaluate, inlineLambdas, textOf, type Value } from "../support/hyperformula";
import { sampleInputs, sampleTrust } from "../support/sample-trust";

const expected = sampleTrust;

function options(formulaStyle: FormulaStyle): PlanOptions {
  return { ...DEFAULT_PLAN_OPTIONS, organisation: "Sample Trust", formulaStyle };
}

/** Evaluates the data sheet for `inputs` and reads figures by output key. */
function figures(formulaStyle: "native" | "lambda", inputs: IndicatorInputs): (key: string) => Value {
  const workbook = buildWorkbook(options(formulaStyle), inputs);
  const data = workbook.sheets.find((s) => s.id === "data");
  if (!data) throw new Error("no data sheet");
  const evaluated = evaluate(workbook);
  return (key) => {
    const address = data.outputs[key];
    if (!address) throw new Error(`no output ${key}`);
    return evaluated.value("data", address);
  };
}

// Each output key against expected.json's independently computed figure; board gaps are shown in points (×100).
const SAMPLE_CASES: readonly [string, string, number][] = [
  ["ind1.current", "1_overall_bme_share", 1], // unknown ethnicity stays in the denominator
  ["ind2.current", "2_appointment_rl", 1], // White over BME, as wres.md defines indicator 2
  ["ind3.current", "3_disciplinary_rl_current_year", 1],
  ["ind3.two_year", "3_disciplinary_rl_two_year", 1], // both years' entries and headcounts pooled, not averaged
  ["ind4.current", "4_training_rl", 1],
  ["ind9.voting.current", "9_board_gap_voting", 100], // board total includes the member of unknown ethnicity
  ["ind9.executive.current", "9_board_gap_executive", 100],
];

describe.each(["native", "lambda"] as const)("data sheet numbers, %s formulas", (style) => {
  const read = figures(style, sampleInputs());
  it.each(SAMPLE_CASES)("%s equals expected.json %s (×%i)", (key, name, scale) => {
    const v = read(key);
    expect(typeof v).toBe("number");
    expect(Math.abs((v as number) - scale * expected.indicators[name])).toBeLessThan(1e-12 * scale);
  });

  it("compares with the latest national figure at or before 2025 (wres.md)", () => {
    // 2024 is the latest report with indicator 1; 2023 the latest with indicators 2–4.
    expect(read("ind1.national")).toBe(0.286);
    expect(read("ind2.national")).toBe(1.59);
    expect(read("ind3.national")).toBe(1.03);
    expect(read("ind4.national")).toBe(1.12);
    expect(
      Math.abs((read("ind2.difference") as number) - (expected.indicators["2_appointment_rl"] - 1.59)),
    ).toBeLessThan(1e-12);
    // Indicator 1's difference is in percentage points: 40.15% − 28.6% = +11.55 pp.
    expect(read("ind1.difference") as number).toBeCloseTo(100 * (0.4015 - 0.286), 10);
  });

  it("gives the status of each relative likelihood", () => {
    expect(read("ind2.status")).toBe("Above range"); // 1.445 > 1.25
    expect(read("ind3.status")).toBe("Above range");
    expect(read("ind4.status")).toBe("Within range"); // 1.2008 ≤ 1.25
  });
});

describe("the data sheet's layout", () => {
  const workbook = buildWorkbook(options("native"), sampleInputs());
  const data = workbook.sheets.find((s) => s.id === "data")!;
  const cells = workbook.cells.data!;

  it("has one row per figure of figures.ts, each naming what it is", () => {
    for (const f of FIGURES) {
      const current = cells.figures[f.key].current;
      expect(textOf(cellAt(data, `A${current.row}`))).toBe(f.meaning);
    }
    expect(Object.keys(cells.figures)).toEqual(FIGURES.map((f) => f.key));
  });

  it("asks for Staff Survey results as percentages and formats their cells as percentages", () => {
    expect(textOf(cellAt(data, "A2"))).toMatch(/Staff Survey results as percentages \(25\.4%\)/);
    expect(textOf(cellAt(data, "A2"))).not.toMatch(/fraction/);
    const at = parseCell(data.inputs["survey.5.white"]);
    const format = data.formats.filter((f) => contains(parseRange(f.range), at)).pop()?.style.numberFormat;
    expect(format).toBe("0.0%");
  });

  it("shows percentage-point differences as points, not per cent", () => {
    const gap = FIGURES.find((f) => f.key === "ind9.voting")!;
    const at = parseCell(data.outputs["ind9.voting.current"]);
    const format = data.formats.filter((f) => contains(parseRange(f.range), at)).pop()?.style.numberFormat;
    expect(format).toBe('+0.0" pp";-0.0" pp";0.0" pp"');
    expect(gap.unit).toBe("points");
  });

  it("takes the low-numbers threshold from the engine (wres.md: below 10)", () => {
    expect(LOW_NUMBERS_THRESHOLD).toBe(10);
    expect(cellAt(data, "B3")).toEqual({ kind: "number", value: LOW_NUMBERS_THRESHOLD });
  });

  it("prints landscape, one page wide, the results starting a page under their repeated header", () => {
    expect(data.print).toMatchObject({ orientation: "landscape", fitToPagesWide: 1 });
    const header = cells.figures.ind1.current.row - 2;
    expect(textOf(cellAt(data, `A${header}`))).toBe("Figure");
    expect(data.print?.repeatRows).toBe(`$${header}:$${header}`);
    expect(data.print?.breaksBefore).toEqual([header]);
  });
});

/** A hand-worked year pair: counts chosen so the ratios are exact. */
function handWorked(overrides: Record<string, number>): IndicatorInputs {
  return {
    "headcount.white": 100,
    "headcount.bme": 100,
    "prev.headcount.white": 100,
    "prev.headcount.bme": 100,
    ...overrides,
  };
}

// [why, inputs, key, expected value]
const WORDING_CASES: readonly [string, IndicatorInputs, string, Value][] = [
  // 5 of 6 against 4 of 6 is exactly 1.25 (functions.md): on the bound is inside.
  [
    "upper bound is inside",
    handWorked({ "shortlisted.white": 6, "appointed.white": 5, "shortlisted.bme": 6, "appointed.bme": 4 }),
    "ind2.status",
    "Within range",
  ],
  // 4 of 6 against 5 of 6 is exactly 0.80.
  [
    "lower bound is inside",
    handWorked({ "shortlisted.white": 6, "appointed.white": 4, "shortlisted.bme": 6, "appointed.bme": 5 }),
    "ind2.status",
    "Within range",
  ],
  // 79 of 100 against 100 of 100 is 0.79.
  [
    "below the range",
    handWorked({
      "shortlisted.white": 100,
      "appointed.white": 79,
      "shortlisted.bme": 100,
      "appointed.bme": 100,
    }),
    "ind2.status",
    "Below range",
  ],
  // 2.00 last year, 1.25 this year: closer to parity.
  [
    "relative likelihood falling towards 1.00 improves",
    handWorked({
      "prev.shortlisted.white": 100,
      "prev.appointed.white": 50,
      "prev.shortlisted.bme": 100,
      "prev.appointed.bme": 25,
      "shortlisted.white": 100,
      "appointed.white": 40,
      "shortlisted.bme": 100,
      "appointed.bme": 32,
    }),
    "ind2.trend",
    "Improvement",
  ],
  // 0.50 last year (|ln| 0.69), 1.50 this year (|ln| 0.41): higher, yet closer to parity on the log scale.
  [
    "parity is judged on the log scale",
    handWorked({
      "prev.shortlisted.white": 100,
      "prev.appointed.white": 25,
      "prev.shortlisted.bme": 100,
      "prev.appointed.bme": 50,
      "shortlisted.white": 100,
      "appointed.white": 30,
      "shortlisted.bme": 100,
      "appointed.bme": 20,
    }),
    "ind2.trend",
    "Improvement",
  ],
  // 1.25 last year, 2.00 this year: further from parity.
  [
    "relative likelihood moving away from 1.00 deteriorates",
    handWorked({
      "prev.training.white": 50,
      "prev.training.bme": 40,
      "training.white": 50,
      "training.bme": 25,
    }),
    "ind4.trend",
    "Deterioration",
  ],
  // Identical figures both years.
  [
    "same figure is no change",
    handWorked({
      "prev.training.white": 50,
      "prev.training.bme": 40,
      "training.white": 50,
      "training.bme": 40,
    }),
    "ind4.trend",
    "No change",
  ],
  // Indicator 5: lower is better.
  [
    "harassment falling improves",
    { "prev.survey.5.bme": 0.3, "survey.5.bme": 0.25 },
    "ind5.trend",
    "Improvement",
  ],
  // Indicator 7: higher is better.
  [
    "equal opportunities falling deteriorates",
    { "prev.survey.7.bme": 0.7, "survey.7.bme": 0.65 },
    "ind7.trend",
    "Deterioration",
  ],
  // Indicator 9: closer to zero is better, whichever side (−10 points to +5 points).
  [
    "board gap closer to zero improves",
    handWorked({
      "prev.board.voting.white": 9,
      "prev.board.voting.bme": 1,
      "board.voting.white": 7,
      "board.voting.bme": 3,
      "prev.headcount.white": 80,
      "prev.headcount.bme": 20,
      "headcount.white": 75,
      "headcount.bme": 25,
    }),
    "ind9.trend",
    "Improvement",
  ],
  // Indicator 1: higher BME share is better.
  ["representation rising improves", handWorked({ "headcount.bme": 120 }), "ind1.trend", "Improvement"],
  // 9 BME appointments: below the threshold of 10.
  [
    "9 outcomes are low numbers",
    handWorked({ "shortlisted.white": 50, "appointed.white": 20, "shortlisted.bme": 50, "appointed.bme": 9 }),
    "ind2.low_numbers",
    "Low numbers – interpret with caution",
  ],
  // 10 is not below 10.
  [
    "10 outcomes are not low numbers",
    handWorked({
      "shortlisted.white": 50,
      "appointed.white": 20,
      "shortlisted.bme": 50,
      "appointed.bme": 10,
    }),
    "ind2.low_numbers",
    "",
  ],
  // Nothing typed: blank, not an error.
  ["blank inputs give a blank figure", {}, "ind2.current", ""],
  ["blank inputs give a blank trend", {}, "ind2.trend", ""],
  // A zero pool: undefined, shown as a dash rather than #DIV/0!.
  [
    "zero shortlisted shows a dash",
    handWorked({ "shortlisted.white": 0, "appointed.white": 0, "shortlisted.bme": 10, "appointed.bme": 5 }),
    "ind2.current",
    "–",
  ],
  // Previous year missing: no trend yet.
  ["no previous year, no trend", handWorked({ "training.white": 50, "training.bme": 40 }), "ind4.trend", ""],
];

describe.each(["native", "lambda"] as const)("trend, status and flags, %s formulas", (style) => {
  it.each(WORDING_CASES)("%s", (_why, inputs, key, value) => {
    expect(figures(style, inputs)(key)).toEqual(value);
  });

  it("computes the survey gap as BME minus White, in percentage points", () => {
    const v = figures(style, { "survey.6.bme": 0.29, "survey.6.white": 0.25 })("ind6.gap.current");
    expect(v).toBeCloseTo(4, 12);
  });
});

describe("named LAMBDA style", () => {
  it("defines the workbook names the cells call, and no cell needs an add-in", () => {
    const workbook = buildWorkbook(options("lambda"), sampleInputs());
    expect(workbook.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["WRES_RL", "WRES_SHARE", "WRES_GAP", "WRES_STATUS", "WRES_TREND"]),
    );
    expect(workbook.names.find((n) => n.name === "WRES_RL")?.formula).toBe(
      "=LAMBDA(group_count,group_total,ref_count,ref_total,(group_count*ref_total)/(ref_count*group_total))",
    );
    const data = workbook.sheets.find((s) => s.id === "data");
    const formulas = data!.blocks
      .flatMap((b) => b.rows.flat())
      .flatMap((c) => (c.kind === "formula" ? [c.formula] : []));
    expect(formulas.some((f) => f.includes("WRES_RL("))).toBe(true);
    expect(formulas.some((f) => f.includes("WRES."))).toBe(false);
  });

  it("uses LAMBDA parameter names Excel accepts: no cell-like names (N1, AB12), no reserved R or C", () => {
    // Excel rejects a name that reads as a reference; "n1" or "c" would make the whole name invalid.
    for (const name of LAMBDA_NAMES) {
      for (const p of lambdaParameters(name.formula)) {
        expect(p).not.toMatch(/^[A-Za-z]{1,3}[0-9]+$/);
        expect(p.toLowerCase()).not.toMatch(/^[rc]$/);
      }
    }
    expect(lambdaParameters("=LAMBDA(a,n1,c,(a*n1)/c)")).toEqual(["a", "n1", "c"]);
  });

  it("inlines a LAMBDA call with its arguments in parentheses", () => {
    // The helper itself must be right for the LAMBDA tests above to mean anything.
    expect(inlineLambdas("=WRES_RL(B8,B7,C8,C7)+1", LAMBDA_NAMES)).toBe("=(((B8)*(C7))/((C8)*(B7)))+1");
    expect(inlineLambdas("=WRES_STATUS(D22)", LAMBDA_NAMES)).toContain(
      'IF((D22)<0.8*(1-0.000000001),"Below range"',
    );
  });
});

/** functions.md's argument names → the data sheet's input keys. */
function argumentKey(name: string): string {
  const m = /^(prev_)?(white|bme|board|workforce)_(\w+)$/.exec(name);
  if (!m) throw new Error(`unexpected argument ${name}`);
  const measure: Record<string, string> = {
    shortlisted: "shortlisted",
    appointed: "appointed",
    headcount: "headcount",
    entering: "disciplinary",
    accessed: "training",
  };
  return `${m[1] ? "prev." : ""}${measure[m[3]]}.${m[2]}`;
}

/** A function's argument names in functions.md's order, read by the tests' one parser of functions.md. */
function specArguments(fn: string): string[] {
  const found = readSpecFunctions().find((f) => f.name === fn);
  if (!found) throw new Error(`${fn} not in functions.md`);
  return found.parameters.map((p) => p.name);
}

describe("add-in function style", () => {
  const workbook = buildWorkbook(options("addin"));
  const data = workbook.sheets.find((s) => s.id === "data")!;
  const formulaAt = (key: string): string => {
    const cell = cellAt(data, data.outputs[key]);
    return cell?.kind === "formula" ? cell.formula : "";
  };

  // Each call's arguments must be the spec's, in the spec's order, pointing at the matching input cells.
  it.each([
    ["ind2.current", "APPOINTMENT_RL", 4],
    ["ind3.current", "DISCIPLINARY_RL", 4],
    ["ind3.two_year", "DISCIPLINARY_RL", 8], // the four previous-year arguments make it the two-year figure
    ["ind4.current", "TRAINING_RL", 4],
  ] as const)("%s calls WRES.%s with the spec's argument order", (key, fn, count) => {
    const args = specArguments(fn)
      .slice(0, count)
      .map((a) => data.inputs[argumentKey(a)]);
    expect(formulaAt(key)).toContain(`WRES.${fn}(${args.join(",")})`);
  });

  it("uses REPRESENTATION, BOARD_GAP, RL_STATUS and TREND as functions.md defines them", () => {
    const i = data.inputs;
    const total = (m: string): string => `${i[`${m}.white`]}+${i[`${m}.bme`]}+${i[`${m}.unknown`]}`;
    expect(specArguments("REPRESENTATION")).toEqual(["bme_count", "total_headcount"]);
    expect(formulaAt("ind1.current")).toContain(
      `WRES.REPRESENTATION(${i["headcount.bme"]},${total("headcount")})`,
    );
    expect(specArguments("BOARD_GAP")).toEqual([
      "board_bme",
      "board_total",
      "workforce_bme",
      "workforce_total",
    ]);
    expect(formulaAt("ind9.voting.current")).toContain(
      `WRES.BOARD_GAP(${i["board.voting.bme"]},${total("board.voting")},${i["headcount.bme"]},${total("headcount")})`,
    );
    expect(formulaAt("ind2.status")).toContain(`WRES.RL_STATUS(${data.outputs["ind2.current"]})`);
    expect(formulaAt("ind2.trend")).toContain(
      `WRES.TREND(${data.outputs["ind2.previous"]},${data.outputs["ind2.current"]},"parity")`,
    );
    expect(formulaAt("ind5.trend")).toContain('"lower")');
    expect(formulaAt("ind9.trend")).toContain('"zero")');
    expect(workbook.names).toEqual([]);
  });

  it("only calls functions that functions.md lists", () => {
    const spec = new Set(readSpecFunctions().map((f) => f.name));
    const formulas = data.blocks
      .flatMap((b) => b.rows.flat())
      .flatMap((c) => (c.kind === "formula" ? [c.formula] : []));
    const called = new Set(formulas.flatMap((f) => [...f.matchAll(/WRES\.([A-Z_]+)\(/g)].map((m) => m[1])));
    expect(called.size).toBeGreaterThan(5);
    for (const fn of called) expect(spec.has(fn)).toBe(true);
  });
});

describe("inputs", () => {
  it("has an unlocked input cell for every key of indicator-inputs.ts, typed in as numbers", () => {
    const inputs = sampleInputs();
    const workbook = buildWorkbook(options("native"), inputs);
    const data = workbook.sheets.find((s) => s.id === "data")!;
    expect(Object.keys(data.inputs).sort()).toEqual(allInputKeys().sort());
    expect(new Set(Object.values(data.inputs)).size).toBe(allInputKeys().length);
    expect(cellAt(data, data.inputs["headcount.white"])).toEqual({ kind: "number", value: 3422 });
    expect(cellAt(data, data.inputs["survey.5.white"])).toEqual({ kind: "blank" });
    for (const address of Object.values(data.inputs)) {
      const unlocked = data.formats.some((f) => f.style.locked === false && inRange(address, f.range));
      expect(unlocked).toBe(true);
    }
  });
});

function inRange(address: string, range: string): boolean {
  return contains(parseRange(range), parseCell(address));
}

/** The parameter names of "=LAMBDA(p1,p2,…,body)": every top-level argument but the last. */
function lambdaParameters(formula: string): string[] {
  const inner = formula.replace(/^=LAMBDA\(/, "").replace(/\)$/, "");
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of inner) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  return parts;
}
