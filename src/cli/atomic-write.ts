/** Writes a file so that readers see either nothing or the whole file: a temporary name, then one rename. */
import { randomBytes } from "node:crypto";
import { rm, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  // Same folder, so the rename never crosses file systems.
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
