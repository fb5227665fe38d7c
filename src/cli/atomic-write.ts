/**
 * Writes a file so that readers see either nothing or the whole file: a temporary name, then one step into
 * place. Without `replace`, that step is a hard link, which fails if the target exists (even one created
 * since the caller checked), so an existing file is never replaced.
 */
import { randomBytes } from "node:crypto";
import { link, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export class TargetExistsError extends Error {}

export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  { replace = false }: { readonly replace?: boolean } = {},
): Promise<void> {
  // Same folder, so the rename never crosses file systems.
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    if (replace) await rename(temp, target);
    else {
      try {
        await link(temp, target);
      } catch (error) {
        if ((error as { code?: string }).code === "EEXIST")
          throw new TargetExistsError(`"${target}" already exists; add --overwrite to replace it.`);
        throw error;
      }
    }
  } finally {
    await rm(temp, { force: true });
  }
}
