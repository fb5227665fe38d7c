/** @jest-environment jsdom */
/**
 * The browser download: validated options in, one .xlsx file offered through an <a download> link, the
 * object URL released afterwards, and no network.
 */
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from "../../src/plan/options";
import { downloadWorkbook, XLSX_MIME, type DownloadEnvironment } from "../../src/xlsx/download";
import { planFileName } from "../../src/xlsx/file-name";
import { readWorkbook } from "./read-back";
import { readBlob } from "../support/read-blob";

function fakeEnvironment() {
  const blobs: Blob[] = [];
  const revoked: string[] = [];
  const clicks: { href: string; download: string; attached: boolean }[] = [];
  const env: DownloadEnvironment = {
    document,
    createObjectURL: (blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    },
    revokeObjectURL: (url) => revoked.push(url),
  };
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download, attached: document.body.contains(this) });
  });
  return { env, blobs, revoked, clicks };
}

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe("downloadWorkbook", () => {
  it("offers the plan as one .xlsx download and then releases the object URL", async () => {
    jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] });
    const { env, blobs, revoked, clicks } = fakeEnvironment();
    const result = await downloadWorkbook(
      { ...DEFAULT_PLAN_OPTIONS, organisation: "Example NHS Trust" },
      { "headcount.white": 3422 },
      env,
    );
    expect(result).toEqual({ fileName: "WRES action plan 2025-26.xlsx" });
    expect(clicks).toEqual([
      { href: "blob:test/1", download: "WRES action plan 2025-26.xlsx", attached: true },
    ]);
    expect(document.querySelectorAll("a")).toHaveLength(0);
    expect(blobs[0].type).toBe(XLSX_MIME);
    const wb = await readWorkbook(await readBlob(blobs[0]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["WRES plan 2025-26", "WRES data 2025-26"]);
    expect(revoked).toEqual([]);
    jest.runAllTimers();
    expect(revoked).toEqual(["blob:test/1"]);
  });

  it.each([
    // An empty organisation is the schema's own message, not a crash inside the writer.
    [{ organisation: " " }, "Enter your organisation's name."],
    [{ organisation: "Trust", period: "2025-27" }, "The second year must follow the first, as in 2025-26."],
  ])(
    "rejects invalid options %p with the schema's message and downloads nothing",
    async (overrides, message) => {
      const { env, clicks } = fakeEnvironment();
      await expect(
        downloadWorkbook({ ...DEFAULT_PLAN_OPTIONS, ...overrides } as PlanOptions, undefined, env),
      ).rejects.toThrow(message);
      expect(clicks).toEqual([]);
    },
  );
});

describe("planFileName", () => {
  it.each([
    [{ standard: "WRES", period: "2025-26" }, "WRES action plan 2025-26.xlsx"],
    [{ standard: "WDES", period: "2024-25" }, "WDES action plan 2024-25.xlsx"],
    // Characters no file system accepts are replaced, never passed to the browser.
    [{ standard: "WRES", period: 'a/b\\c:d*e?f"g<h>i|j' }, "WRES action plan a-b-c-d-e-f-g-h-i-j.xlsx"],
  ] as const)("%p → %s", (options, name) => {
    expect(planFileName(options as Pick<PlanOptions, "standard" | "period">)).toBe(name);
  });
});
