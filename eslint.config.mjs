// Lint rules hold the layering: pure domain ← functions/plan ← excel/xlsx ← taskpane.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import importPlugin from "eslint-plugin-import";
import officeAddins from "eslint-plugin-office-addins";

const restrictedOfficeGlobals = ["Excel", "Office", "CustomFunctions", "OfficeExtension"].map((name) => ({
  name,
  message: "office.js is used only in src/excel/, src/functions/ and entry files.",
}));

export default tseslint.config(
  { ignores: ["dist/**", "dist-*/**", "node_modules/**", "coverage/**", "test-results/**", "assets/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: {
      "react-hooks": reactHooks,
      "jsx-a11y": jsxA11y,
      import: importPlugin,
      "office-addins": officeAddins,
    },
    settings: { "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".mjs"] } } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      ...jsxA11y.configs.recommended.rules,
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "import/no-cycle": "error",
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/wres",
              from: [
                "./src/functions",
                "./src/plan",
                "./src/excel",
                "./src/xlsx",
                "./src/taskpane",
                "./src/cli",
              ],
            },
            {
              target: "./src/functions",
              from: ["./src/plan", "./src/excel", "./src/xlsx", "./src/taskpane", "./src/cli"],
            },
            {
              target: "./src/plan",
              from: ["./src/functions", "./src/excel", "./src/xlsx", "./src/taskpane", "./src/cli"],
            },
            { target: "./src/excel", from: ["./src/xlsx", "./src/taskpane", "./src/cli"] },
            { target: "./src/xlsx", from: ["./src/excel", "./src/taskpane", "./src/cli"] },
          ],
        },
      ],
      "no-console": ["error", { allow: ["warn", "error"] }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    files: ["src/wres/**", "src/plan/**", "src/xlsx/**", "src/taskpane/**", "src/cli/**"],
    ignores: ["src/taskpane/index.tsx", "src/taskpane/services.ts"],
    rules: { "no-restricted-globals": ["error", ...restrictedOfficeGlobals] },
  },
  {
    files: [
      "scripts/**",
      "test/**",
      "src/cli/**",
      "*.config.{js,mjs}",
      "webpack.config.js",
      "jest.config.js",
    ],
    rules: { "no-console": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
  },
);
