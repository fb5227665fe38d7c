/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AnalysePanel } from "../../src/taskpane/components/AnalysePanel";
import type { AnalyseResult, DataSources, ProgressCallback } from "../../src/taskpane/analyse-types";
import { ServicesProvider } from "../../src/taskpane/services-context";
import { EMPTY_RESULT } from "./fake-analysis";
import { deferred, fakeServices, type FakeServices } from "./fake-services";

// Fluent renders are heavy in jsdom; on a busy machine the default 1 s for findBy/waitFor is too tight.
configure({ asyncUtilTimeout: 5000 });

// Headers of the sample trust's extracts (shared/data/sample-trust/*.csv), and ESR variants of them.
const STAFF_HEADERS = [
  "Assignment Number",
  "Ethnic Origin",
  "Pay Band",
  "Staff Group",
  "Accessed Non-Mandatory Training",
  "Entered Formal Disciplinary",
];
const BOARD_RENAMED = ["Name", "Ethnicity", "Voting Member", "Exec"];

const SOURCES: DataSources = {
  tables: [
    { name: "Staff", sheet: "Staff data", headers: STAFF_HEADERS, rowCount: 6000 },
    { name: "Board", sheet: "Board data", headers: BOARD_RENAMED, rowCount: 14 },
  ],
  selection: { sheet: "Sheet1", address: "A1:C4", headers: ["A", "B", "C"], rowCount: 3 },
  // "WRES data notes" is not a data sheet the add-in made, though it starts like one.
  sheets: ["WRES plan 2025-26", "WRES data notes", "WRES data 2025-26", "Staff data", "Board data", "Pasted"],
  usedRanges: [],
};

// Counts of expected.json for the sample trust's staff extract.
const RESULT: AnalyseResult = {
  ...EMPTY_RESULT,
  counts: { headcount: { white: 3422, bme: 2409, unknown: 169 } },
  rows: { staff: 6000 },
  inputsWritten: 9,
  quality: {
    extracts: [
      {
        kind: "staff",
        rowsRead: 6000,
        rowsCounted: 6000,
        blankRows: 0,
        blankLines: [],
        rowsWithProblems: 1,
        issues: [{ code: "unrecognised_flag", field: "training", rows: 1, lines: [7] }],
        values: [{ field: "training", value: "Maybe", rows: 1, countedAs: "no" }],
        valuesNotListed: { distinct: 0, rows: 0 },
      },
    ],
  },
  rowsWithProblems: 1,
  sheetsWritten: ["Indicator 1 by band", "Model Employer goals", "Data quality"],
  qualitySheet: "Data quality",
};

function renderPanel(services: FakeServices = fakeServices()) {
  services.listDataSources.mockImplementation((sheets) =>
    Promise.resolve(
      sheets.includes("Pasted")
        ? {
            ...SOURCES,
            usedRanges: [
              {
                sheet: "Pasted",
                address: "A1:C30",
                headers: ["Who", "Ethnic Group", "Was shortlisted"],
                rowCount: 29,
              },
            ],
          }
        : SOURCES,
    ),
  );
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme} lang="en-GB">
      <ServicesProvider services={services}>
        <AnalysePanel />
      </ServicesProvider>
    </FluentProvider>,
  );
  return { user, services };
}

const select = (name: RegExp | string) => screen.getByRole("combobox", { name });
const selectedText = (el: HTMLElement) => (el as HTMLSelectElement).selectedOptions[0]?.textContent;

describe("AnalysePanel", () => {
  it("lists the workbook's tables, the selection and sheets, and preselects the data sheet", async () => {
    renderPanel();
    const staff = await screen.findByRole("combobox", { name: "Staff (this year)" });
    await waitFor(() => expect(within(staff).getAllByRole("option")).toHaveLength(1 + 2 + 1 + 6));
    expect(
      within(staff).getByRole("option", { name: "Table Staff (Staff data, 6,000 rows)" }),
    ).toBeInTheDocument();
    expect(
      within(staff).getByRole("option", { name: "Selection Sheet1!A1:C4 (3 rows)" }),
    ).toBeInTheDocument();
    await waitFor(() => expect(selectedText(select("Data sheet to fill"))).toBe("WRES data 2025-26"));
  });

  it("shows the automatic column match for the sample trust's headers and for renamed ones", async () => {
    const { user } = renderPanel();
    await waitFor(() =>
      expect(within(select("Staff (this year)")).getAllByRole("option").length).toBeGreaterThan(1),
    );
    await user.selectOptions(select("Staff (this year)"), "table:Staff");
    const staffColumns = await screen.findByRole("group", { name: "Staff (this year): columns" });
    // One drop-down per field, each showing the matched header.
    expect(selectedText(within(staffColumns).getByRole("combobox", { name: "Ethnicity" }))).toBe(
      "Ethnic Origin",
    );
    expect(selectedText(within(staffColumns).getByRole("combobox", { name: "Pay band" }))).toBe("Pay Band");
    expect(selectedText(within(staffColumns).getByRole("combobox", { name: /Staff group/ }))).toBe(
      "Staff Group",
    );
    expect(selectedText(within(staffColumns).getByRole("combobox", { name: /training/ }))).toBe(
      "Accessed Non-Mandatory Training",
    );
    await user.selectOptions(select("Board"), "table:Board");
    const board = await screen.findByRole("group", { name: "Board: columns" });
    expect(selectedText(within(board).getByRole("combobox", { name: "Ethnicity" }))).toBe("Ethnicity");
    expect(selectedText(within(board).getByRole("combobox", { name: "Voting board member" }))).toBe(
      "Voting Member",
    );
    expect(selectedText(within(board).getByRole("combobox", { name: "Executive board member" }))).toBe(
      "Exec",
    );
  });

  it("reads a sheet's headers when it is picked, and asks for a column that did not match", async () => {
    const { user, services } = renderPanel();
    await waitFor(() =>
      expect(within(select("Applications")).getAllByRole("option").length).toBeGreaterThan(1),
    );
    await user.selectOptions(select("Applications"), "sheet:Pasted");
    await waitFor(() => expect(services.listDataSources).toHaveBeenLastCalledWith(["Pasted"]));
    const group = await screen.findByRole("group", { name: "Applications: columns" });
    expect(selectedText(within(group).getByRole("combobox", { name: "Shortlisted" }))).toBe(
      "Was shortlisted",
    );
    // "Appointed" has no column in this sheet: the pane says so, and Analyse does not call the service.
    expect(within(group).getByText("No column matched; choose one.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Analyse" }));
    expect(await screen.findByText(/Applications: choose the column for appointed\./)).toBeInTheDocument();
    expect(services.analyseData).not.toHaveBeenCalled();
  });

  it("calls the service once per click, shows progress, then the summary", async () => {
    const services = fakeServices();
    const pending = deferred<AnalyseResult>();
    let report: ProgressCallback = () => undefined;
    services.analyseData.mockImplementation((_request, onProgress) => {
      report = onProgress;
      return pending.promise;
    });
    const { user } = renderPanel(services);
    await waitFor(() =>
      expect(within(select("Staff (this year)")).getAllByRole("option").length).toBeGreaterThan(1),
    );
    await user.selectOptions(select("Staff (this year)"), "table:Staff");
    await screen.findByRole("group", { name: "Staff (this year): columns" });
    await waitFor(() => expect(selectedText(select("Data sheet to fill"))).toBe("WRES data 2025-26"));
    const analyse = screen.getByRole("button", { name: "Analyse" });
    await user.click(analyse);
    await user.click(analyse); // a second click while counting does not start another analysis
    expect(services.analyseData).toHaveBeenCalledTimes(1);
    expect(services.analyseData.mock.calls[0][0]).toEqual({
      sources: { staff: { kind: "table", table: "Staff" } },
      columns: { staff: { ethnicity: 1, band: 2, staffGroup: 3, training: 4, disciplinary: 5 } },
      dataSheet: "WRES data 2025-26",
    });
    act(() => report(3000, 6000));
    expect(await screen.findByText("3,000 of 6,000 rows")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    pending.resolve(RESULT);
    expect(await screen.findByText("Data analysed.")).toBeInTheDocument();
    const headcount = screen.getByRole("row", { name: /headcount/i });
    expect(within(headcount).getByText("3,422")).toBeInTheDocument();
    expect(within(headcount).getByText("2,409")).toBeInTheDocument();
    expect(screen.getByText(/1 row with a problem, still counted/)).toBeInTheDocument();
    expect(
      screen.getByText(/1 row: non-mandatory training \/ CPD not one of .* \(line 7\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('non-mandatory training / CPD "Maybe": 1 row, counted as no.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Sheets written: Indicator 1 by band, Model Employer goals, Data quality."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    // A row had a problem, so the pane must not call the data clean, and offers the full list.
    expect(screen.queryByText("Every row was read cleanly.")).not.toBeInTheDocument();
    expect(
      screen.getByText(/Every line with a problem is listed on the sheet “Data quality”/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Go to Data quality" }));
    expect(services.activateSheet).toHaveBeenCalledWith("Data quality");
  });

  it("says every row was read cleanly only when no row had a problem", async () => {
    const services = fakeServices();
    const clean: AnalyseResult = {
      ...RESULT,
      quality: {
        extracts: [
          {
            ...RESULT.quality.extracts[0],
            rowsWithProblems: 0,
            issues: [],
            values: [],
            // Wholly blank rows are skipped, not problems.
            blankRows: 2,
            blankLines: [6001, 6002],
          },
        ],
      },
      rowsWithProblems: 0,
    };
    services.analyseData.mockResolvedValue(clean);
    const { user } = renderPanel(services);
    await waitFor(() =>
      expect(within(select("Staff (this year)")).getAllByRole("option").length).toBeGreaterThan(1),
    );
    await user.selectOptions(select("Staff (this year)"), "table:Staff");
    await user.click(screen.getByRole("button", { name: "Analyse" }));
    expect(await screen.findByText("Every row was read cleanly.")).toBeInTheDocument();
    expect(screen.getByText(/2 rows wholly blank at the end, skipped/)).toBeInTheDocument();
  });

  it("lists what this Excel did not take, in the words the plan form uses", async () => {
    const services = fakeServices();
    const fit =
      "Fit to one page wide on “Data quality” (Excel sets it only while Page Layout is showing; before printing, choose Page Layout, Scale to Fit, Width: 1 page)";
    services.analyseData.mockResolvedValue({ ...RESULT, skippedFeatures: [fit] });
    const { user } = renderPanel(services);
    await waitFor(() =>
      expect(within(select("Staff (this year)")).getAllByRole("option").length).toBeGreaterThan(1),
    );
    await user.selectOptions(select("Staff (this year)"), "table:Staff");
    await user.click(screen.getByRole("button", { name: "Analyse" }));
    expect(
      await screen.findByText(`Left out, as this Excel cannot take them: ${fit}.`, undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
  });

  it("offers every extract the one declaration of kinds lists, previous years included", async () => {
    renderPanel();
    for (const name of [
      "Staff (this year)",
      "Staff (previous year)",
      "Applications",
      "Applications (previous year)",
      "Board",
      "Board (previous year)",
    ])
      expect(await screen.findByRole("combobox", { name })).toBeInTheDocument();
  });

  it("names both columns when two headers fit one field", async () => {
    const services = fakeServices();
    const { user } = renderPanel(services);
    services.listDataSources.mockResolvedValue({
      ...SOURCES,
      tables: [
        {
          name: "Twice",
          sheet: "Staff data",
          headers: [...STAFF_HEADERS, "Ethnic Origin"],
          rowCount: 10,
        },
      ],
    });
    await user.click(screen.getByRole("button", { name: "Update the list of tables and the selection" }));
    await waitFor(() =>
      expect(within(select("Staff (this year)")).getAllByRole("option").length).toBeGreaterThan(1),
    );
    await user.selectOptions(select("Staff (this year)"), "table:Twice");
    expect(
      await screen.findByText("Columns 2 “Ethnic Origin” and 7 “Ethnic Origin” both fit; choose one."),
    ).toBeInTheDocument();
  });

  it("offers Refresh after an analysis remembered in the workbook, and shows its error clearly", async () => {
    const services = fakeServices();
    services.lastAnalysis.mockResolvedValue({
      sources: { staff: { kind: "table", table: "Staff" } },
      dataSheet: "WRES data 2025-26",
    });
    services.refreshAnalysis.mockRejectedValue(
      new Error("Could not read table Staff. The table was not found."),
    );
    const { user } = renderPanel(services);
    const refresh = screen.getByRole("button", { name: "Refresh" });
    await waitFor(() => expect(refresh).toBeEnabled());
    await waitFor(() =>
      expect(selectedText(select("Staff (this year)"))).toBe("Table Staff (Staff data, 6,000 rows)"),
    );
    await user.click(refresh);
    expect(services.refreshAnalysis).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("Could not analyse the data.")).toBeInTheDocument();
    expect(screen.getByText(/The table was not found\./)).toBeInTheDocument();
  });

  it("keeps Refresh off until something has been analysed", async () => {
    renderPanel();
    await screen.findByRole("combobox", { name: "Staff (this year)" });
    expect(screen.getByRole("button", { name: "Refresh" })).toBeDisabled();
  });
});
