/** Document settings held in memory, for tests of what "Analyse data" remembers in the workbook. */
import type { SettingsStore } from "../../src/excel/analysis-memory";

export function memoryStore(initial: Record<string, unknown> = {}): SettingsStore & {
  readonly saved: number;
} {
  const values = new Map(Object.entries(initial));
  let saved = 0;
  return {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => void values.set(name, value),
    saveAsync: (callback) => {
      saved++;
      callback({ status: "succeeded" });
    },
    get saved() {
      return saved;
    },
  };
}
