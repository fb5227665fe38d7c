/**
 * make-plan's re-compression of a stored zip with Node's zlib. Zips are made and read back with JSZip (an
 * independent zip library, ExcelJS's own), which checks every entry's CRC-32; the method of each entry is
 * read from the central directory as APPNOTE.TXT 4.3.12 lays it out.
 */
import { randomBytes } from "node:crypto";
import JSZip from "jszip";
import { deflateStoredZip } from "../../src/cli/deflate-zip";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS } from "../../src/plan/options";

const xml = (n: number) => `<?xml version="1.0"?><root>${"<row>Band 5 — Staff</row>".repeat(n)}</root>`;

async function storedZip(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  zip.folder("xl/empty-folder");
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

/** Each entry's compression method, from the central directory (and checked against its local header). */
function methods(zip: Uint8Array): Record<string, number> {
  const b = Buffer.from(zip);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = b.readUInt32LE(end + 16);
  const out: Record<string, number> = {};
  for (let i = 0; i < b.readUInt16LE(end + 10); i++) {
    const nameLength = b.readUInt16LE(at + 28);
    const name = b.toString("utf8", at + 46, at + 46 + nameLength);
    const local = b.readUInt32LE(at + 42);
    // The local header (4.3.7) must say what the central directory says: some readers go by one, some the other.
    expect([b.readUInt16LE(local + 8), b.readUInt32LE(local + 18), b.readUInt32LE(local + 14)]).toEqual([
      b.readUInt16LE(at + 10),
      b.readUInt32LE(at + 20),
      b.readUInt32LE(at + 16),
    ]);
    out[name] = b.readUInt16LE(at + 10);
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return out;
}

async function contents(zip: Uint8Array): Promise<Record<string, string>> {
  const read = await JSZip.loadAsync(zip, { checkCRC32: true });
  const out: Record<string, string> = {};
  for (const [name, file] of Object.entries(read.files))
    out[name] = file.dir ? "(folder)" : Buffer.from(await file.async("uint8array")).toString("base64");
  return out;
}

describe("deflateStoredZip", () => {
  it("deflates every entry deflate shrinks, and the zip holds the same files, byte for byte", async () => {
    const noise = new Uint8Array(randomBytes(5000));
    const stored = await storedZip({
      "[Content_Types].xml": xml(10),
      "xl/worksheets/sheet1.xml": xml(5000),
      "xl/sharedStrings.xml": "",
      "xl/media/noise.bin": noise,
    });
    const deflated = deflateStoredZip(stored);
    expect(await contents(deflated)).toEqual(await contents(stored));
    expect(deflated.length).toBeLessThan(stored.length / 10);
    expect(methods(deflated)).toEqual({
      "[Content_Types].xml": 8,
      "xl/": 0,
      "xl/worksheets/": 0,
      "xl/worksheets/sheet1.xml": 8,
      "xl/sharedStrings.xml": 0, // empty: nothing to shrink
      "xl/media/": 0,
      "xl/media/noise.bin": 0, // random bytes do not shrink, so they stay stored
      "xl/empty-folder/": 0,
    });
  });

  it("is the same workbook as ExcelJS's own compressed file", async () => {
    const model = buildWorkbook({ ...DEFAULT_PLAN_OPTIONS, organisation: "Test NHS Trust" });
    const ours = deflateStoredZip(await writeXlsx(model, { compress: false }));
    const theirs = await writeXlsx(model);
    // Each write makes its own data-bar ids and timestamps; everything else is the same.
    const same = (parts: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(parts).map(([name, data]) => [
          name,
          Buffer.from(data, "base64")
            .toString("utf8")
            .replace(/\{[0-9A-F-]{36}\}/g, "{id}")
            .replace(/\d{4}-\d\d-\d\dT[\d:]{8}Z/g, "(time)"),
        ]),
      );
    expect(same(await contents(ours))).toEqual(same(await contents(theirs)));
    expect(Object.values(methods(ours)).filter((m) => m === 8).length).toBeGreaterThan(5);
  });

  it("leaves alone what it does not expect: an already compressed zip, or bytes that are not a zip", async () => {
    const zip = new JSZip();
    zip.file("a.xml", xml(100));
    const compressed = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(deflateStoredZip(compressed)).toBe(compressed);
    const notZip = new Uint8Array(Buffer.from("Assignment Number,Ethnic Origin\n1,A\n"));
    expect(deflateStoredZip(notZip)).toBe(notZip);
    const cut = (await storedZip({ "a.xml": xml(100) })).subarray(0, 200);
    expect(deflateStoredZip(cut)).toBe(cut);
  });
});
