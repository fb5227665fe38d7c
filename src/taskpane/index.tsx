/** Entry: wait for office.js, pick the theme Office uses, wire the real services, render the pane. */
import { createRoot } from "react-dom/client";
import { createServices } from "./create-services";
import { PaneRoot } from "./pane-root";
import { pickTheme, type OfficeThemeLike } from "./theme";

interface OfficeLoaderGlobals {
  readonly OSF?: { readonly Logger?: { readonly ulsEndpoint?: { loadProxyFrame?: () => void } | null } };
}

function officeTheme(): OfficeThemeLike | undefined {
  try {
    // Outside Office, or in hosts without themes, this is undefined (or throws in very old hosts).
    return typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Outside Office (the page opened in a browser to download the .xlsx), office.js's fallback loader opens a
 * hidden Microsoft telemetry frame three seconds after load. The pane promises that nothing leaves the
 * machine, so with no Office host that frame is never opened. Inside Office the platform's own logging is
 * left alone.
 */
function keepBrowserPageOffline(): void {
  const endpoint = (globalThis as OfficeLoaderGlobals).OSF?.Logger?.ulsEndpoint;
  if (endpoint && typeof endpoint.loadProxyFrame === "function") endpoint.loadProxyFrame = () => undefined;
}

function start(inOffice: boolean): void {
  if (!inOffice) keepBrowserPageOffline();
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<PaneRoot services={createServices()} theme={pickTheme(officeTheme())} />);
}

// office.js may be missing (blocked script, file opened directly): the pane still renders and offers the .xlsx.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady().then(
    (info) => start(Boolean(info.host)),
    () => start(false),
  );
} else {
  start(false);
}
