/** Types for scripts/cli-build.js (CommonJS, shared by Jest and the .mjs scripts). */
export declare const ROOT: string;
export declare const BUNDLE: string;
export declare function ensureCliBuild(options?: { timeoutMs?: number; log?: (line: string) => void }): {
  built: boolean;
};
export declare function isCliFresh(): boolean;
