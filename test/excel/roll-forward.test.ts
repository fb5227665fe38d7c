/**
 * "Start next year's plan" in the Excel fake, on every layout × standard: last year's filled plan is written
 * with the ordinary writer, then rolled forward in one Excel.run of three syncs. Every undelivered action is
 * carried with its fields, every delivered one is on the Delivered sheet, the previous-year inputs are last
 * year's current-year inputs, and last year's sheets are exactly as they were. Refusals write nothing.
 */
import "./fake-excel-analysis";
import "./fake-excel-cell-properties";
import { applyWorkbook } from "../../src/excel/apply-workbook";
import { findPlansInExcel, startNextYearInExcel } from "../../src/excel/roll-forward";
import { rectAddress } from "../../src/plan/a1";
import { buildDataSheet } from "../../src/plan/data-sheet";
import { DEFAULT_STATUSES, LAYOUTS, NOT_STARTED, STANDARDS, type Layout } from "../../src/plan/options";
import { sampleTrust } from "../support/sample-trust";
import { expectRolledForward, filledPlan, RENAMED_DELIVERED } from "../plan/support/filled-plan";
import { FakeOffice } from "./fake-excel";
import { cellValue as value, tableRows } from "./fake-table-rows";

const CASES = LAYOUTS.flatMap((layout) => STANDARDS.map((standard) => [layout, standard] as const));
async function lastYearInFake(layout: Layout, standard: "WRES" | "WDES", excelApi = "1.9") {
  const filled = filledPlan(layout, standard);
  const office = new FakeOffice({ excelApi });
  const remove = office.install();
  await applyWorkbook(filled.model);
  return { filled, office, remove };
}

describe.each(CASES)("%s %s plan rolled forward in Excel", (layout, standard) => {
  it("carries, records and fills as issue 12 asks, in three syncs, leaving last year's sheets untouched", async () => {
    const { filled, office, remove } = await lastYearInFake(layout, standard);
    try {
      const state = office.state;
      const before = state.sheets.map((s) => JSON.stringify(state.snapshot(s.name)));
      const runs = state.syncsPerRun.length;

      const result = await startNextYearInExcel({ standard });

      expect(state.syncsPerRun.slice(runs)).toEqual([3]);
      expect(state.discardedAtEnd).toBe(0);
      // Byte for byte: the serialised cells, formats, tables and objects of every sheet there before.
      expect(state.sheets.slice(0, before.length).map((s) => JSON.stringify(state.snapshot(s.name)))).toEqual(
        before,
      );
      expect(result.sheets.map((s) => s.name)).toEqual([
        `${standard} plan 2026-27`,
        ...(standard === "WRES" ? ["WRES data 2026-27"] : []),
        `${standard} delivered 2025-26`,
        ...(standard === "WRES" ? ["WRES history to 2025-26"] : []),
      ]);
      expect(state.activeSheet).toBe(`${standard} plan 2026-27`);
      expect(result).toMatchObject({
        fromPeriod: "2025-26",
        period: "2026-27",
        carried: filled.carried.length,
      });

      expectRolledForward(
        filled,
        layout,
        tableRows(state, `${standard} plan 2026-27`),
        tableRows(state, `${standard} delivered 2025-26`),
      );

      if (standard === "WRES") {
        const layoutOfData = buildDataSheet({ ...filled.options, period: "2026-27" }).sheet;
        for (const [key, typed] of Object.entries(filled.inputs).filter(([k]) => !k.startsWith("prev."))) {
          const cell = value(state, "WRES data 2026-27", layoutOfData.inputs[`prev.${key}`]);
          expect({ key, cell }).toEqual({ key, cell: typed });
        }
        const history = tableRows(state, "WRES history to 2025-26");
        expect(history.find((r) => r.Indicator === 2)?.Figure).toBeCloseTo(
          sampleTrust.indicators["2_appointment_rl"],
          15,
        );
        // One year per indicator so far: a line of one point draws nothing, so the charts come with the
        // second year (roll-forward-years.test.ts), and the sheet says so.
        expect(state.sheet("WRES history to 2025-26").charts).toHaveLength(0);
        expect(value(state, "WRES history to 2025-26", "A2")).toMatch(
          /a chart of each indicator over the years is drawn once the History holds two years of it/,
        );
      }
    } finally {
      remove();
    }
  });
});

describe("finding a plan to start from", () => {
  it("names the latest plan of each standard from the table headers, in one sync", async () => {
    const office = new FakeOffice();
    const remove = office.install();
    try {
      await applyWorkbook(filledPlan("objective-led", "WRES").model);
      await applyWorkbook(filledPlan("theme-led", "WDES").model);
      // A later WRES plan whose sheet was renamed: its table name still gives the year.
      await applyWorkbook(filledPlan("metric-led", "WRES", "2026-27").model);
      office.state.sheet("WRES plan 2026-27").name = "Race equality plan";
      const runs = office.state.syncsPerRun.length;
      const plans = await findPlansInExcel();
      expect(office.state.syncsPerRun.slice(runs)).toEqual([1]);
      expect(plans).toEqual([
        { standard: "WRES", period: "2026-27", sheet: "Race equality plan", table: "WRES_plan_2026_27" },
        { standard: "WDES", period: "2025-26", sheet: "WDES plan 2025-26", table: "WDES_plan_2025_26" },
      ]);
    } finally {
      remove();
    }
  });
});

describe("named LAMBDA formulas", () => {
  it.each([
    // Last year's workbook opened in an Excel with LAMBDA: next year's data sheet keeps the named formulas.
    [true, "lambda"],
    // The same workbook opened in Excel 2021, which has no LAMBDA: plain formulas, and the pane is told.
    [false, "native"],
  ] as const)("with LAMBDA in this Excel (%s), next year's data sheet is %s", async (hasLambda, style) => {
    const office = new FakeOffice();
    const remove = office.install();
    try {
      await applyWorkbook(
        filledPlan("metric-led", "WRES", "2025-26", "Northshire NHS Trust", "lambda").model,
      );
      (office.state as { lambda: boolean }).lambda = hasLambda;
      const result = await startNextYearInExcel({ standard: "WRES" });
      const formulas = [...office.state.sheet("WRES data 2026-27").cells.values()]
        .map((c) => c.formula ?? "")
        .filter((f) => f !== "");
      expect(formulas.some((f) => /\bWRES_RL\(/.test(f))).toBe(style === "lambda");
      expect(result.skippedFeatures.some((f) => f.startsWith("Named LAMBDA formulas"))).toBe(!hasLambda);
      // Last year's sheets show #NAME? on Excel 2021 whatever we do; next year's never do.
      expect(office.state.nameErrors().filter((c) => !c.includes("2025-26"))).toEqual([]);
    } finally {
      remove();
    }
  });
});

describe("the status key's own colours", () => {
  it("are read, so a renamed delivered state in fifth place is still the delivered one", async () => {
    const filled = filledPlan("theme-led", "WDES");
    // A key with "Not started" first: the delivered state (blue) is fifth and renamed "Done".
    const statuses = [NOT_STARTED, ...DEFAULT_STATUSES];
    const model = {
      ...filled.model,
      sheets: filled.model.sheets.map((s) => {
        if (s.id !== "plan") return s;
        const grid = s.blocks[0].rows.map((row) => [...row]);
        const keyRow = grid.findIndex((r) => r[0].kind === "text" && r[0].text === "Status key");
        statuses.forEach((st, i) => {
          grid[keyRow][1 + i] = {
            kind: "text",
            text: st.label === "Delivered" ? RENAMED_DELIVERED : st.label,
          };
        });
        const fills = statuses.map((st, i) => ({
          range: rectAddress({ top: keyRow, left: 1 + i, bottom: keyRow, right: 1 + i }),
          style: { fill: st.colour },
        }));
        return { ...s, blocks: [{ anchor: "A1", rows: grid }], formats: [...s.formats, ...fills] };
      }),
    };
    const office = new FakeOffice();
    const remove = office.install();
    try {
      await applyWorkbook(model);
      const result = await startNextYearInExcel({ standard: "WDES" });
      expect(result.delivered).toBe(filled.delivered.length);
      expect(tableRows(office.state, "WDES delivered 2025-26").map((r) => r.Action)).toEqual(
        filled.delivered.map((d) => d.action),
      );
    } finally {
      remove();
    }
  });
});

describe("refusals write nothing", () => {
  async function refused(prepare: (office: FakeOffice) => Promise<void>, standard?: "WRES" | "WDES") {
    const office = new FakeOffice();
    const remove = office.install();
    try {
      await prepare(office);
      const state = office.state;
      const before = state.sheets.map((s) => JSON.stringify(state.snapshot(s.name)));
      const calls = state.calls.length;
      const error = await startNextYearInExcel(standard ? { standard } : {}).then(
        () => undefined,
        (e: unknown) => e as Error & { code?: string },
      );
      // Only loads were queued: no write reached the workbook.
      expect(
        state.calls.slice(calls).filter((c) => !c.startsWith("load") && !c.includes("getCellProperties")),
      ).toEqual([]);
      expect(state.sheets.map((s) => JSON.stringify(state.snapshot(s.name)))).toEqual(before);
      return error;
    } finally {
      remove();
    }
  }

  it("a workbook without a plan", async () => {
    const error = await refused(async (office) => {
      office.state.seed("Sheet1", "A1", [
        ["Name", "Band"],
        ["A", "5"],
      ]);
    });
    expect(error).toMatchObject({
      code: "no_plan",
      message: expect.stringMatching(/^This workbook holds no action plan/),
    });
  });

  it("a plan whose table was deleted", async () => {
    const error = await refused(async (office) => {
      await applyWorkbook(filledPlan("metric-led", "WRES").model);
      office.state.tables.splice(
        office.state.tables.findIndex((t) => t.name.includes("plan")),
        1,
      );
    });
    expect(error?.message).toMatch(
      /^The sheet “WRES plan 2025-26” has an action plan's headers in row 6, but they are no longer an Excel table/,
    );
  });

  it("a plan from a different standard", async () => {
    const error = await refused(async () => {
      await applyWorkbook(filledPlan("objective-led", "WDES").model);
    }, "WRES");
    expect(error?.message).toBe(
      "This workbook's plan is a WDES plan (sheet “WDES plan 2025-26”), not a WRES plan. Choose WDES to start next year's plan from it.",
    );
  });
});
