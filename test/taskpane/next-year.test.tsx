/** @jest-environment jsdom */
/**
 * "Start next year's plan" in the pane: offered inside Excel only when the workbook holds a plan, and outside
 * Excel from an uploaded workbook; each calls its one service and shows what happened.
 */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { fakeServices, IN_EXCEL, NEXT_YEAR_CREATED, OUTSIDE_EXCEL } from "./fake-services";
import { renderPane } from "./render-pane";

const WRES_PLAN = {
  standard: "WRES" as const,
  period: "2025-26",
  sheet: "WRES plan 2025-26",
  table: "WRES_plan_2025_26",
};

describe("next year's plan inside Excel", () => {
  it("is not offered when the workbook holds no plan", async () => {
    const services = fakeServices(IN_EXCEL);
    renderPane(services);
    await waitFor(() => expect(services.findPlans).toHaveBeenCalledTimes(1));
    await screen.findByRole("button", { name: "Create plan" });
    expect(screen.queryByRole("button", { name: /Start next year's plan/ })).not.toBeInTheDocument();
  });

  it("starts next year's plan from the plan found, and lists the new sheets to go to", async () => {
    const services = fakeServices(IN_EXCEL);
    services.findPlans.mockResolvedValue([WRES_PLAN]);
    const { user } = renderPane(services);
    expect(
      await screen.findByText(/This workbook holds the WRES plan for 2025-26 \(“WRES plan 2025-26”\)/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Start next year's plan (2026-27)" }));
    expect(services.startNextYear).toHaveBeenCalledWith("WRES");
    expect(await screen.findByText("Next year's plan started.")).toBeInTheDocument();
    expect(
      screen.getByText(
        /7 actions carried over from 2025-26, each noted “Carried over from 2025-26”\. 2 delivered actions kept as the record\./,
      ),
    ).toBeInTheDocument();
    for (const sheet of NEXT_YEAR_CREATED.sheets)
      expect(screen.getByText(`Go to ${sheet.name}`)).toBeInTheDocument();
    await user.click(screen.getByText("Go to WRES history to 2025-26"));
    expect(services.activateSheet).toHaveBeenCalledWith("WRES history to 2025-26");
  });

  it("looks again once next year's plan is written, so the offer names the plan the workbook now ends with", async () => {
    const services = fakeServices(IN_EXCEL);
    services.findPlans
      .mockResolvedValueOnce([WRES_PLAN])
      .mockResolvedValue([
        { ...WRES_PLAN, period: "2026-27", sheet: "WRES plan 2026-27", table: "WRES_plan_2026_27" },
      ]);
    const { user } = renderPane(services);
    await screen.findByText(/This workbook holds the WRES plan for 2025-26/);
    await user.click(screen.getByRole("button", { name: "Start next year's plan (2026-27)" }));
    expect(await screen.findByText(/This workbook holds the WRES plan for 2026-27/)).toBeInTheDocument();
    expect(services.findPlans).toHaveBeenCalledTimes(2);
    expect(screen.getByText("Start next year's plan (2027-28)")).toBeInTheDocument();
  });

  it("shows why not, in the service's words", async () => {
    const services = fakeServices(IN_EXCEL);
    services.findPlans.mockResolvedValue([WRES_PLAN]);
    services.startNextYear.mockRejectedValue(
      new Error("The plan table WRES_plan_2025_26 has no “Status” column."),
    );
    const { user } = renderPane(services);
    // A text query first: role queries over the whole pane are slow enough to starve the render in jsdom.
    await screen.findByText(/This workbook holds the WRES plan/);
    await user.click(screen.getByRole("button", { name: "Start next year's plan (2026-27)" }));
    expect(await screen.findByText("Next year's plan was not started.")).toBeInTheDocument();
    expect(screen.getByText(/has no “Status” column/)).toBeInTheDocument();
  });
});

describe("next year's plan outside Excel", () => {
  it("builds it from the workbook the user picks, and says where it was saved", async () => {
    const services = fakeServices(OUTSIDE_EXCEL);
    const { user } = renderPane(services);
    await screen.findByText(/Pick last year's saved plan workbook/);
    const button = screen.getByRole("button", { name: "Download next year's plan (.xlsx)" });
    // Nothing to build from until a file is picked.
    expect(button).toBeDisabled();
    const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const file = new File([bytes], "WRES action plan 2025-26.xlsx", {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    await user.upload(screen.getByLabelText("Last year's workbook (.xlsx)"), file);
    await user.click(button);
    await waitFor(() => expect(services.downloadNextYear).toHaveBeenCalledTimes(1));
    expect([...services.downloadNextYear.mock.calls[0][0]]).toEqual([...bytes]);
    expect(await screen.findByText("Next year's plan ready.")).toBeInTheDocument();
    expect(screen.getByText(/Saved as WRES action plan 2026-27\.xlsx\./)).toBeInTheDocument();
    expect(services.findPlans).not.toHaveBeenCalled();
  });

  it("shows the reader's message when the file holds no plan", async () => {
    const services = fakeServices(OUTSIDE_EXCEL);
    services.downloadNextYear.mockRejectedValue(new Error("This workbook holds no action plan."));
    const { user } = renderPane(services);
    await screen.findByText(/Pick last year's saved plan workbook/);
    await user.upload(screen.getByLabelText("Last year's workbook (.xlsx)"), new File(["x"], "staff.xlsx"));
    await user.click(screen.getByRole("button", { name: "Download next year's plan (.xlsx)" }));
    expect(await screen.findByText("Next year's plan could not be built.")).toBeInTheDocument();
    expect(screen.getByText(/This workbook holds no action plan\./)).toBeInTheDocument();
  });
});
