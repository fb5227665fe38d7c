/** Unit and integration tests. Browser (e2e) tests run separately through scripts/e2e.mjs. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // jsdom tests resolve the "browser" export of uuid (ExcelJS's dependency), an ES module Jest cannot load.
  moduleNameMapper: { "^uuid$": require.resolve("uuid") },
  testTimeout: 30000,
};
