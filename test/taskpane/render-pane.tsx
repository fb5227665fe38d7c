/** Renders the whole pane with fakes, the way index.tsx does with the real services. */
import { webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PaneRoot } from "../../src/taskpane/pane-root";
import { fakeServices, type FakeServices } from "./fake-services";

export function renderPane(services: FakeServices = fakeServices()) {
  const user = userEvent.setup();
  const view = render(<PaneRoot services={services} theme={webLightTheme} />);
  return { ...view, user, services };
}
