/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { fakeServices, IN_EXCEL, OUTSIDE_EXCEL } from "./fake-services";
import { renderPane } from "./render-pane";

async function openFunctions(host = IN_EXCEL) {
  const view = renderPane(fakeServices(host));
  await view.user.click(screen.getByRole("tab", { name: "Functions" }));
  await waitFor(() => expect(view.services.getHostStatus).toHaveBeenCalled());
  return view;
}

const entries = () => screen.getAllByRole("article");

describe("Functions tab", () => {
  it("lists all 16 functions with description, arguments and example", async () => {
    await openFunctions();
    expect(entries()).toHaveLength(16);
    expect(screen.getByText("16 functions")).toBeInTheDocument();
    const entry = screen.getByRole("article", { name: "WRES.APPOINTMENT_RL" });
    expect(entry).toHaveTextContent(/indicator 2/i);
    expect(entry).toHaveTextContent(/white_shortlisted/);
    expect(entry).toHaveTextContent(/=WRES\.APPOINTMENT_RL\(200, 50, 300, 40\) gives 1\.875, shown as 1\.88/);
    expect(screen.getByRole("link", { name: "Help for APPOINTMENT_RL" })).toHaveAttribute(
      "href",
      "help.html#appointment_rl",
    );
  });

  it("shows a range function's example as a sheet writes it too", async () => {
    await openFunctions();
    expect(screen.getByRole("article", { name: "WRES.GROUP_COUNTS" })).toHaveTextContent(
      /In a sheet: =WRES\.GROUP_COUNTS\(A2:A6\), where A2:A6 hold A, H, Z, C3 and N\./,
    );
  });

  it("filters by the search text", async () => {
    const { user } = await openFunctions();
    await user.type(screen.getByRole("searchbox", { name: "Search functions" }), "board");
    expect(entries()).toHaveLength(1);
    expect(screen.getByRole("article", { name: "WRES.BOARD_GAP" })).toBeInTheDocument();
    expect(screen.getByText("1 function")).toBeInTheDocument();
  });

  it("inserts the worked example, a complete call, into the active cell", async () => {
    const { user, services } = await openFunctions();
    const insert = screen.getByRole("button", { name: "Insert WRES.APPOINTMENT_RL" });
    await waitFor(() => expect(insert).toBeEnabled());
    await user.click(insert);
    expect(services.insertFormula).toHaveBeenCalledTimes(1);
    expect(services.insertFormula).toHaveBeenCalledWith("=WRES.APPOINTMENT_RL(200, 50, 300, 40)");
  });

  it("disables Insert outside Excel and says why", async () => {
    const { user, services } = await openFunctions(OUTSIDE_EXCEL);
    const insert = await screen.findByRole("button", { name: "Insert WRES.APPOINTMENT_RL" });
    await waitFor(() => expect(insert).toHaveAccessibleDescription(/Insert works only inside Excel/));
    expect(insert).toBeDisabled();
    await user.click(insert);
    expect(services.insertFormula).not.toHaveBeenCalled();
  });

  it("shows the message when inserting fails", async () => {
    const { user, services } = await openFunctions();
    services.insertFormula.mockRejectedValueOnce(new Error("Select a single cell first."));
    const insert = screen.getByRole("button", { name: "Insert WRES.TREND" });
    await waitFor(() => expect(insert).toBeEnabled());
    await user.click(insert);
    expect(await screen.findByText(/Select a single cell first\./)).toBeInTheDocument();
  });
});
