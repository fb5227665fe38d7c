/* global performance -- read inside page.evaluate, in the browser */
/**
 * Opens the task pane in a fresh browser context and keeps a log of what happened: every request (anything
 * not on 127.0.0.1 is recorded and blocked, so a test can fail on it without the request ever leaving),
 * console errors and uncaught page errors.
 */
const LOCAL_HOSTS = new Set(["127.0.0.1"]);

/** Navigation → form visible, in ms, for every pane opened in this run (the runner prints a summary). */
export const loadTimes = [];

export async function openPane(browser, baseUrl, { width = 350, height = 900 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    acceptDownloads: true,
    locale: "en-GB",
  });
  const log = { requests: [], foreign: [], consoleErrors: [], pageErrors: [] };
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    log.requests.push(url.href);
    if (url.protocol === "data:" || url.protocol === "blob:" || LOCAL_HOSTS.has(url.hostname))
      return route.continue();
    log.foreign.push(url.href);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") log.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => log.pageErrors.push(String(err?.message ?? err)));
  const started = Date.now();
  await page.goto(`${baseUrl}taskpane.html`, { waitUntil: "commit" });
  const organisation = page.getByRole("textbox", { name: /Organisation/ });
  await organisation.waitFor({ state: "visible", timeout: 20_000 });
  const loadMs = Date.now() - started;
  loadTimes.push(loadMs);
  // The same span inside the page: navigation start to the form being on screen.
  const inPageMs = await page.evaluate(() => performance.now());
  return { context, page, log, loadMs, inPageMs };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The things every test checks before it closes its page. */
export function assertCleanLog(log) {
  assert(log.foreign.length === 0, `requests left 127.0.0.1: ${log.foreign.join(", ")}`);
  assert(log.pageErrors.length === 0, `uncaught page errors: ${log.pageErrors.join(" | ")}`);
  assert(log.consoleErrors.length === 0, `console errors: ${log.consoleErrors.join(" | ")}`);
}
