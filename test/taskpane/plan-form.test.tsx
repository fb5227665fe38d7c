/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_STATUSES, NOT_STARTED } from "../../src/plan/options";
import { INITIAL_FORM_VALUES, fieldOrder, firstInvalidField } from "../../src/taskpane/plan-form";
import { CREATED, deferred, fakeServices, IN_EXCEL, OUTSIDE_EXCEL } from "./fake-services";
import { renderPane } from "./render-pane";

async function ready(host = IN_EXCEL) {
  const services = fakeServices(host);
  const view = renderPane(services);
  const name =
    host.inExcel && host.missingRequirementSets.length === 0 ? "Create plan" : "Download workbook (.xlsx)";
  const button = await screen.findByRole("button", { name });
  await waitFor(() => expect(button).toBeEnabled());
  return { ...view, button };
}

const organisation = () => screen.getByRole("textbox", { name: /Organisation/ });
const period = () => screen.getByRole("textbox", { name: /Period/ });

describe("plan form validation", () => {
  it.each([
    // The second year must follow the first: 2025-27 skips a year.
    ["2025-27", "The second year must follow the first, as in 2025-26."],
    // Not a period at all.
    ["abc", "Write the period like 2025-26."],
    // A calendar year alone is the commonest slip.
    ["2025", "Write the period like 2025-26."],
  ])("shows a message under Period for %s and does not call the service", async (bad, message) => {
    const { user, services, button } = await ready();
    await user.type(organisation(), "Northshire NHS Trust");
    await user.clear(period());
    await user.type(period(), bad);
    await user.click(button);
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(period()).toHaveAttribute("aria-invalid", "true");
    // Focus moves to the field to fix, so keyboard and screen-reader users land on it.
    expect(period()).toHaveFocus();
    expect(services.createPlan).not.toHaveBeenCalled();
    expect(services.downloadWorkbook).not.toHaveBeenCalled();
  });

  it("asks for the organisation when it is blank", async () => {
    const { user, services, button } = await ready();
    await user.click(button);
    expect(await screen.findByText("Enter your organisation's name.")).toBeInTheDocument();
    expect(services.createPlan).not.toHaveBeenCalled();
  });

  it("clears the message once the field is fixed", async () => {
    const { user, button } = await ready();
    await user.type(organisation(), "Northshire NHS Trust");
    await user.clear(period());
    await user.type(period(), "abc");
    await user.click(button);
    expect(await screen.findByText("Write the period like 2025-26.")).toBeInTheDocument();
    await user.clear(period());
    await user.type(period(), "2024-25");
    expect(screen.queryByText("Write the period like 2025-26.")).not.toBeInTheDocument();
  });

  it("rejects a cleared action-row count rather than treating it as 0", async () => {
    const { user, services, button } = await ready();
    await user.type(organisation(), "Northshire NHS Trust");
    await user.clear(screen.getByRole("spinbutton", { name: /Blank action rows per indicator/ }));
    await user.click(button);
    expect(await screen.findByText("Enter a whole number from 0 to 50.")).toBeInTheDocument();
    expect(services.createPlan).not.toHaveBeenCalled();
  });

  it("rejects two statuses with the same label", async () => {
    const { user, services, button } = await ready();
    await user.type(organisation(), "Northshire NHS Trust");
    const second = screen.getByRole("textbox", { name: /Status 2/ });
    await user.clear(second);
    await user.type(second, DEFAULT_STATUSES[0].label);
    await user.click(button);
    expect(await screen.findByText("Status labels must differ.")).toBeInTheDocument();
    expect(services.createPlan).not.toHaveBeenCalled();
  });
});

describe("creating a plan inside Excel", () => {
  it("calls createPlan once per click with the validated options", async () => {
    const { user, services, button } = await ready();
    await user.type(organisation(), "  Northshire NHS Trust ");
    await user.click(screen.getByRole("radio", { name: "WDES" }));
    await user.click(screen.getByRole("radio", { name: "Theme-led" }));
    await user.clear(period());
    await user.type(period(), "2024-25");
    const rows = screen.getByRole("spinbutton", { name: /Blank action rows per indicator/ });
    await user.clear(rows);
    await user.type(rows, "5");
    const first = screen.getByRole("textbox", { name: /Status 1/ });
    await user.clear(first);
    await user.type(first, "Off track");
    await user.click(screen.getByRole("switch", { name: /Not started/ }));
    await user.click(screen.getByRole("radio", { name: "Named LAMBDA" }));
    await user.click(button);
    await screen.findByText("Plan created.");
    expect(services.createPlan).toHaveBeenCalledTimes(1);
    // The schema trims the organisation; statuses keep the default colours, "Not started" goes last.
    expect(services.createPlan).toHaveBeenCalledWith({
      standard: "WDES",
      layout: "theme-led",
      organisation: "Northshire NHS Trust",
      period: "2024-25",
      actionsPerIndicator: 5,
      statuses: [
        { label: "Off track", colour: DEFAULT_STATUSES[0].colour },
        ...DEFAULT_STATUSES.slice(1),
        NOT_STARTED,
      ],
      includeDataSheet: true,
      formulaStyle: "lambda",
    });
    await user.click(button);
    await waitFor(() => expect(services.createPlan).toHaveBeenCalledTimes(2));
    expect(services.downloadWorkbook).not.toHaveBeenCalled();
  }, 120_000); // types into six fields: over 30 s in jsdom when the machine is busy

  it("shows a spinner and a busy, disabled button while writing, and writes once for a double click", async () => {
    const { user, services, button } = await ready();
    const pending = deferred<typeof CREATED>();
    services.createPlan.mockImplementation(() => pending.promise);
    await user.type(organisation(), "Northshire NHS Trust");
    await user.dblClick(button);
    expect(await screen.findByText("Writing the plan into your workbook…")).toBeInTheDocument();
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(services.createPlan).toHaveBeenCalledTimes(1);
    pending.resolve(CREATED);
    await screen.findByText("Plan created.");
    expect(screen.queryByText("Writing the plan into your workbook…")).not.toBeInTheDocument();
    expect(button).toBeEnabled();
  });

  it("lists the sheets created and activates one when clicked", async () => {
    const { user, services, button } = await ready();
    await user.type(organisation(), "Northshire NHS Trust");
    await user.click(button);
    const success = (await screen.findByText("Plan created.")).closest(
      "[role=group], .fui-MessageBar",
    ) as HTMLElement;
    for (const sheet of CREATED.sheets)
      expect(within(success).getByRole("button", { name: `Go to ${sheet.name}` })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Go to WRES Data (2)" }));
    expect(services.activateSheet).toHaveBeenCalledTimes(1);
    expect(services.activateSheet).toHaveBeenCalledWith("WRES Data (2)");
  });

  it("says so when a created sheet cannot be opened", async () => {
    const { user, services, button } = await ready();
    services.activateSheet.mockRejectedValueOnce(new Error("Could not open the sheet “WRES Action Plan”."));
    await user.type(organisation(), "Northshire NHS Trust");
    await user.click(button);
    await user.click(await screen.findByRole("button", { name: "Go to WRES Action Plan" }));
    expect(await screen.findByText("Could not open the sheet.")).toBeInTheDocument();
    expect(screen.getByText(/Could not open the sheet “WRES Action Plan”\./)).toBeInTheDocument();
  });

  it("says which features this Excel could not take", async () => {
    const { user, services, button } = await ready();
    services.createPlan.mockResolvedValueOnce({
      ...CREATED,
      skippedFeatures: ["Named LAMBDA formulas (this Excel has no LAMBDA function)"],
    });
    await user.type(organisation(), "Northshire NHS Trust");
    await user.click(button);
    expect(
      await screen.findByText(
        "Left out, as this Excel cannot take them: Named LAMBDA formulas (this Excel has no LAMBDA function).",
      ),
    ).toBeInTheDocument();
  });

  it("shows the service's message when writing fails", async () => {
    const { user, services, button } = await ready();
    services.createPlan.mockRejectedValueOnce(new Error("The workbook is protected."));
    await user.type(organisation(), "Northshire NHS Trust");
    await user.click(button);
    expect(await screen.findByText("The plan could not be created.")).toBeInTheDocument();
    expect(screen.getByText(/The workbook is protected\./)).toBeInTheDocument();
    expect(screen.queryByText("Plan created.")).not.toBeInTheDocument();
    expect(button).toBeEnabled();
  });
});

describe("outside Excel", () => {
  it("offers the .xlsx download instead and calls downloadWorkbook", async () => {
    const { user, services, button } = await ready(OUTSIDE_EXCEL);
    expect(screen.queryByRole("button", { name: "Create plan" })).not.toBeInTheDocument();
    expect(button).toHaveAccessibleDescription(/not running inside Excel/);
    await user.type(organisation(), "Northshire NHS Trust");
    await user.click(button);
    expect(await screen.findByText(/Saved as WRES action plan 2025-26\.xlsx/)).toBeInTheDocument();
    expect(services.downloadWorkbook).toHaveBeenCalledTimes(1);
    expect(services.downloadWorkbook.mock.calls[0][0].organisation).toBe("Northshire NHS Trust");
    expect(services.createPlan).not.toHaveBeenCalled();
  });

  it("names the missing requirement sets on an older Excel", async () => {
    const { button } = await ready({
      inExcel: true,
      missingRequirementSets: ["ExcelApi 1.8", "ExcelApi 1.9"],
    });
    expect(button).toHaveAccessibleName("Download workbook (.xlsx)");
    expect(screen.getByText(/lacks ExcelApi 1\.8, ExcelApi 1\.9/)).toBeInTheDocument();
  });
});

describe("the field to fix first", () => {
  // The order follows the labels the form shows, however many: a key with five statuses has statuses.4.
  it("lists one field per status label shown, in screen order", () => {
    const five = { ...INITIAL_FORM_VALUES, statusLabels: ["A", "B", "C", "D", "E"] };
    expect(fieldOrder(five)).toEqual([
      "organisation",
      "period",
      "actionsPerIndicator",
      "statuses.0",
      "statuses.1",
      "statuses.2",
      "statuses.3",
      "statuses.4",
      "statuses",
    ]);
    expect(firstInvalidField(five, { "statuses.4": "x", statuses: "y" })).toBe("statuses.4");
    expect(firstInvalidField(five, { period: "x", organisation: "y" })).toBe("organisation");
    expect(firstInvalidField(five, {})).toBeUndefined();
  });

  it("moves focus to an emptied fourth status label", async () => {
    const { user, services, button } = await ready();
    await user.type(organisation(), "Northshire NHS Trust");
    await user.clear(screen.getByRole("textbox", { name: /Status 4/ }));
    await user.click(button);
    await waitFor(() => expect(screen.getByRole("textbox", { name: /Status 4/ })).toHaveFocus());
    expect(services.createPlan).not.toHaveBeenCalled();
  }, 60_000);
});
