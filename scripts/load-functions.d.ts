/** Types for scripts/load-functions.js (CommonJS helper shared by the bench and the tests). */
export declare const ROOT: string;
export declare const DIST: string;
export declare const ERROR_CODES: Readonly<Record<string, string>>;
/** The error codes Excel shows no custom message with (#DIV/0!, #NUM!). */
export declare const CODES_WITHOUT_MESSAGE: readonly string[];

export interface StubError extends Error {
  readonly code: string;
  /** Undefined for #DIV/0! and #NUM!, as in Excel. */
  readonly message: string;
}
export interface CustomFunctionsStub {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: string, message?: string) => StubError;
  ErrorCode: Readonly<Record<string, string>>;
}
export type RegisteredFunction = (...args: unknown[]) => unknown;

export declare function makeCustomFunctionsStub(): {
  registered: Map<string, RegisteredFunction>;
  CustomFunctions: CustomFunctionsStub;
};
export declare function loadFunctions(
  file?: string,
  options?: { isolated?: boolean },
): {
  functions: Map<string, RegisteredFunction>;
  CustomFunctions: CustomFunctionsStub;
  context: object;
};
export declare function ensureProductionBuild(options?: { timeoutMs?: number }): { built: boolean };
export declare function isBuildFresh(): boolean;
