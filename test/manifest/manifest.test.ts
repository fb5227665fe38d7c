/**
 * Offline structural validation of manifest.xml: what `office-addin-manifest validate` would reject, and the
 * shared-runtime wiring Excel needs (one runtime shared by the pane and the functions), checked without network.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import {
  at,
  attrs,
  children,
  localName,
  readXml,
  rootElement,
  tagOf,
  text,
  walk,
  type XmlNode,
} from "./manifest-xml";

const ROOT = path.resolve(__dirname, "../..");
const manifest = rootElement(readXml(path.join(ROOT, "manifest.xml")), "OfficeApp");
const DEV_URL = "https://localhost:3000/";

// Child order of OfficeApp for a task pane add-in (Office add-in manifest schema 1.1, OfficeApp sequence).
const SCHEMA_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

const versionOverrides = at(manifest, "VersionOverrides") as XmlNode;
const resources = at(versionOverrides, "Resources") as XmlNode;
const host = at(versionOverrides, "Hosts", "Host") as XmlNode;

/** Resource ids by kind: Images, Urls, ShortStrings, LongStrings. */
function resourceTable(kind: string): Map<string, string> {
  const group = at(resources, kind);
  return new Map((group ? children(group) : []).map((n) => [attrs(n).id, attrs(n).DefaultValue]));
}
const resourceKinds = ["Images", "Urls", "ShortStrings", "LongStrings"] as const;
const tables = Object.fromEntries(resourceKinds.map((k) => [k, resourceTable(k)])) as Record<
  (typeof resourceKinds)[number],
  Map<string, string>
>;

/** Which resource kind an element with a resid must point to, from the element and its parent. */
function expectedKind(name: string, parent: string): (typeof resourceKinds)[number] {
  if (name === "Image") return "Images";
  if (["Runtime", "SourceLocation", "LearnMoreUrl", "FunctionFile"].includes(name)) return "Urls";
  if (name === "Description" && (parent === "Supertip" || parent === "GetStarted")) return "LongStrings";
  if (["Namespace", "Title", "Label"].includes(name)) return "ShortStrings";
  throw new Error(`No rule for resid on <${name}> under <${parent}>`);
}

const allResidUses = walk(versionOverrides)
  .filter(({ node }) => attrs(node).resid !== undefined)
  .map(({ node, ancestors }) => ({
    name: localName(tagOf(node)),
    parent: ancestors[ancestors.length - 1],
    ancestors,
    resid: attrs(node).resid,
  }));

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a") throw new Error(`${file} is not a PNG`);
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  return path.join(ROOT, url.slice(DEV_URL.length));
}

describe("manifest.xml: base manifest", () => {
  it("is a task pane add-in with the 1.1 schema namespace", () => {
    expect(attrs(manifest)["xsi:type"]).toBe("TaskPaneApp");
    expect(attrs(manifest).xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  });

  // Office rejects a manifest whose OfficeApp children are out of the schema's sequence.
  it("lists OfficeApp children in the schema's order, each at most once", () => {
    const names = children(manifest).map((c) => tagOf(c));
    expect(names.every((n) => SCHEMA_ORDER.includes(n))).toBe(true);
    const positions = names.map((n) => SCHEMA_ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "Hosts",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ])("has the required <%s>", (name) => {
    expect(at(manifest, name)).toBeDefined();
  });

  it("has a GUID id", () => {
    expect(text(at(manifest, "Id") as XmlNode)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
  });

  it("has a four-part version", () => {
    expect(text(at(manifest, "Version") as XmlNode)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  // British English users, NHS organisations.
  it("defaults to en-GB", () => {
    expect(text(at(manifest, "DefaultLocale") as XmlNode)).toBe("en-GB");
  });

  // The pane writes sheets into the workbook, so it needs write access.
  it("asks for ReadWriteDocument", () => {
    expect(text(at(manifest, "Permissions") as XmlNode)).toBe("ReadWriteDocument");
  });

  it("targets Excel workbooks only", () => {
    const hosts = children(at(manifest, "Hosts") as XmlNode).map((h) => attrs(h).Name);
    expect(hosts).toEqual(["Workbook"]);
  });

  // Without SharedRuntime 1.1 Excel would run functions and pane in separate runtimes; the code's own
  // requirement check (src/excel/requirements.ts) relies on every loading host having it.
  it("requires SharedRuntime 1.1 in the base manifest", () => {
    const base = children(at(manifest, "Requirements", "Sets") as XmlNode).map(attrs);
    expect(base).toEqual([{ Name: "SharedRuntime", MinVersion: "1.1" }]);
  });

  // "Do not repeat Requirement elements from the base manifest inside a VersionOverrides. Doing so has no
  // effect and is potentially misleading" (https://learn.microsoft.com/javascript/api/manifest/requirements).
  it("does not repeat the base requirements inside VersionOverrides", () => {
    expect(at(versionOverrides, "Requirements")).toBeUndefined();
  });

  it("opens taskpane.html by default", () => {
    expect(attrs(at(manifest, "DefaultSettings", "SourceLocation") as XmlNode).DefaultValue).toBe(
      `${DEV_URL}taskpane.html`,
    );
  });
});

describe("manifest.xml: VersionOverrides", () => {
  it("uses VersionOverrides 1.0 for task pane add-ins", () => {
    expect(attrs(versionOverrides)["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(attrs(versionOverrides).xmlns).toBe(
      "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
    );
    expect(attrs(host)["xsi:type"]).toBe("Workbook");
  });

  it("has unique resource ids", () => {
    const ids = resourceKinds.flatMap((k) => [...tables[k].keys()]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // A resid pointing at a missing or wrong-kind resource makes Office drop the whole VersionOverrides.
  it.each(allResidUses.map((u) => [`${u.ancestors.slice(-2).join(" ▸ ")} ▸ ${u.name} → ${u.resid}`, u]))(
    "resolves %s",
    (_label, use) => {
      const kind = expectedKind(use.name, use.parent);
      expect(tables[kind].has(use.resid)).toBe(true);
    },
  );

  it("resource ids are at most 32 characters", () => {
    for (const kind of resourceKinds)
      for (const id of tables[kind].keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("short strings fit in 125 characters and long strings in 250", () => {
    for (const value of tables.ShortStrings.values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of tables.LongStrings.values()) expect(value.length).toBeLessThanOrEqual(250);
  });

  // Shared runtime: the runtime, the functions page, the pane button and the function file are one page.
  it("has exactly one long-lived runtime, shared by the functions page, the pane and the function file", () => {
    const runtimes = children(at(host, "Runtimes") as XmlNode);
    expect(runtimes).toHaveLength(1);
    const runtime = attrs(runtimes[0]);
    expect(runtime.lifetime).toBe("long");
    const page = attrs(
      at(host, "AllFormFactors", "ExtensionPoint", "Page", "SourceLocation") as XmlNode,
    ).resid;
    const functionFile = attrs(at(host, "DesktopFormFactor", "FunctionFile") as XmlNode).resid;
    const paneActions = walk(host)
      .filter(({ node }) => localName(tagOf(node)) === "Action" && attrs(node)["xsi:type"] === "ShowTaskpane")
      .map(({ node }) => attrs(at(node, "SourceLocation") as XmlNode).resid);
    expect(paneActions.length).toBeGreaterThan(0);
    for (const resid of [page, functionFile, ...paneActions]) expect(resid).toBe(runtime.resid);
    expect(tables.Urls.get(runtime.resid)).toBe(`${DEV_URL}taskpane.html`);
  });

  it("declares the custom functions with script, metadata and the WRES namespace", () => {
    const point = at(host, "AllFormFactors", "ExtensionPoint") as XmlNode;
    expect(attrs(point)["xsi:type"]).toBe("CustomFunctions");
    const script = attrs(at(point, "Script", "SourceLocation") as XmlNode).resid;
    const metadata = attrs(at(point, "Metadata", "SourceLocation") as XmlNode).resid;
    const namespace = attrs(at(point, "Namespace") as XmlNode).resid;
    expect(script).toBe("Functions.Script.Url");
    expect(metadata).toBe("Functions.Metadata.Url");
    expect(namespace).toBe("Functions.Namespace");
    expect(tables.Urls.get(script)).toBe(`${DEV_URL}functions.js`);
    expect(tables.Urls.get(metadata)).toBe(`${DEV_URL}functions.json`);
    // Users type =WRES.NAME(...); the namespace is part of every saved formula.
    expect(tables.ShortStrings.get(namespace)).toBe("WRES");
  });

  it("puts a WRES group with an Action plan button on the Home tab", () => {
    const tab = at(host, "DesktopFormFactor", "ExtensionPoint", "OfficeTab") as XmlNode;
    expect(attrs(tab).id).toBe("TabHome");
    const group = at(tab, "Group") as XmlNode;
    expect(tables.ShortStrings.get(attrs(at(group, "Label") as XmlNode).resid)).toBe("WRES");
    const button = at(group, "Control") as XmlNode;
    expect(attrs(button)["xsi:type"]).toBe("Button");
    expect(tables.ShortStrings.get(attrs(at(button, "Label") as XmlNode).resid)).toBe("Action plan");
    expect(attrs(at(button, "Action") as XmlNode)["xsi:type"]).toBe("ShowTaskpane");
  });
});

describe("manifest.xml: URLs and icons", () => {
  const urls = walk(manifest)
    .flatMap(({ node }) => [
      ...Object.values(attrs(node)),
      ...(tagOf(node) === "AppDomain" ? [text(node)] : []),
    ])
    .filter(
      (v) =>
        /^[a-z][a-z0-9+.-]*:\/\//i.test(v) &&
        !v.startsWith("http://schemas.microsoft.com/") &&
        !v.startsWith("http://www.w3.org/"),
    );

  it("has URLs to check", () => {
    expect(urls.length).toBeGreaterThan(5);
  });

  // Office loads nothing over plain http.
  it.each(urls.map((u) => [u]))("uses https for %s", (url) => {
    expect(url.startsWith("https://")).toBe(true);
  });

  // Every URL the add-in serves is on the dev server until the production build rewrites it.
  it("serves everything from https://localhost:3000/", () => {
    for (const url of urls) expect(url.startsWith("https://localhost:3000")).toBe(true);
  });

  const images = [...tables.Images.entries()].map(([id, url]) => {
    const size = Number(/(\d+)x\1$/.exec(id)?.[1]);
    return [id, url, size] as const;
  });

  it("declares 16, 32 and 80 px ribbon icons", () => {
    expect(images.map(([, , size]) => size).sort((a, b) => a - b)).toEqual([16, 32, 80]);
  });

  it.each([
    ...images.map(([id, url, size]) => [id, url, size] as const),
    ["IconUrl", attrs(at(manifest, "IconUrl") as XmlNode).DefaultValue, 32] as const,
    [
      "HighResolutionIconUrl",
      attrs(at(manifest, "HighResolutionIconUrl") as XmlNode).DefaultValue,
      64,
    ] as const,
  ])("%s (%s) is a PNG of %i px square", (_id, url, size) => {
    const file = assetFile(url);
    expect(existsSync(file)).toBe(true);
    expect(pngSize(file)).toEqual({ width: size, height: size });
  });

  // The ribbon button's bt:Image sizes must match the pictures they point at.
  it("ribbon Image sizes match the resources they use", () => {
    const uses = walk(host).filter(({ node }) => localName(tagOf(node)) === "Image" && attrs(node).size);
    expect(uses.length).toBeGreaterThan(0);
    for (const { node } of uses) {
      const url = tables.Images.get(attrs(node).resid) as string;
      expect(pngSize(assetFile(url)).width).toBe(Number(attrs(node).size));
    }
  });

  it("ships the 64 px icon and the pane logo", () => {
    expect(pngSize(path.join(ROOT, "assets/icon-64.png"))).toEqual({ width: 64, height: 64 });
    expect(existsSync(path.join(ROOT, "assets/logo-filled.png"))).toBe(true);
  });
});
