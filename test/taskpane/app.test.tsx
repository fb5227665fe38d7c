/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { simulateLayout } from "./jsdom-layout";
import { fakeServices, OUTSIDE_EXCEL } from "./fake-services";
import { renderPane } from "./render-pane";

describe("task pane", () => {
  it("renders the title, four tabs and the plan form", async () => {
    renderPane();
    expect(screen.getByRole("heading", { level: 1, name: "WRES action plans" })).toBeInTheDocument();
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    for (const name of ["Action plan", "Data", "Functions", "Help"])
      expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Action plan" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("textbox", { name: /Organisation/ })).toBeInTheDocument();
    // The safety promise must be visible before anything is written.
    expect(
      screen.getByText(/Existing sheets are never changed; new sheets get a number if the name is taken\./),
    ).toBeInTheDocument();
    // Enabled once the host check says Excel can take the plan.
    const button = screen.getByRole("button", { name: "Create plan" });
    await waitFor(() => expect(button).toBeEnabled());
  });

  it("switches to Functions and Help with the tabs", async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole("tab", { name: "Functions" }));
    expect(screen.getByRole("searchbox", { name: "Search functions" })).toBeVisible();
    await user.click(screen.getByRole("tab", { name: "Help" }));
    expect(screen.getByRole("heading", { name: "Reading the indicators" })).toBeVisible();
    expect(screen.queryByRole("searchbox", { name: "Search functions" })).not.toBeInTheDocument();
  });

  it("keeps what was typed when the user looks at another tab", async () => {
    const { user } = renderPane();
    await user.type(screen.getByRole("textbox", { name: /Organisation/ }), "Northshire NHS Trust");
    await user.click(screen.getByRole("tab", { name: "Help" }));
    await user.click(screen.getByRole("tab", { name: "Action plan" }));
    expect(screen.getByRole("textbox", { name: /Organisation/ })).toHaveValue("Northshire NHS Trust");
  });

  describe("with simulated layout", () => {
    let restore: () => void;
    beforeEach(() => {
      restore = simulateLayout();
    });
    afterEach(() => restore());

    it("reaches the tabs and the primary button with the Tab key", async () => {
      const { user } = renderPane();
      const button = await screen.findByRole("button", { name: "Create plan" });
      await waitFor(() => expect(button).toBeEnabled());
      const reached = new Set<Element>();
      // Walk the focus order; 80 presses is well past the number of controls on the form.
      for (let i = 0; i < 80 && !reached.has(button); i++) {
        await user.tab();
        if (document.activeElement) reached.add(document.activeElement);
      }
      expect(reached.has(screen.getByRole("tab", { name: "Action plan" }))).toBe(true);
      expect(reached.has(button)).toBe(true);
      // Enter on a focused tab selects it: the tabs work without a mouse.
      screen.getByRole("tab", { name: "Help" }).focus();
      await user.keyboard("{Enter}");
      expect(screen.getByRole("tab", { name: "Help" })).toHaveAttribute("aria-selected", "true");
    });
  });

  it("Data tab: reads the workbook's sources inside Excel, and points to make-plan outside it", async () => {
    // Inside Excel the panel asks the services what the workbook holds.
    const inside = renderPane();
    await inside.user.click(screen.getByRole("tab", { name: "Data" }));
    await waitFor(() => expect(inside.services.listDataSources).toHaveBeenCalledTimes(1));
    inside.unmount();

    // Outside Excel there is no workbook to read: no service call, and an explanation instead.
    const outside = renderPane(fakeServices(OUTSIDE_EXCEL));
    await outside.user.click(screen.getByRole("tab", { name: "Data" }));
    expect(await screen.findByText(/the make-plan command counts the same extracts/)).toBeInTheDocument();
    expect(outside.services.listDataSources).not.toHaveBeenCalled();
  });
});
