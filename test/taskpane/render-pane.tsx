/** Renders the whole pane with fakes, the way index.tsx does with the real services. */
import { webLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PaneRoot } from "../../src/taskpane/pane-root";
import { fakeServices, type FakeServices } from "./fake-services";

// Fluent renders are heavy in jsdom; on a busy machine the default 1 s for findBy/waitFor is too tight.
configure({ asyncUtilTimeout: 5000 });

export function renderPane(services: FakeServices = fakeServices()) {
  const user = userEvent.setup();
  const view = render(<PaneRoot services={services} theme={webLightTheme} />);
  return { ...view, user, services };
}
