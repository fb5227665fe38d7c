/**
 * `npm run unused-exports` (also run by `npm run lint` and test/build/unused-exports.test.ts): lists every
 * symbol that a file in src/ exports and no other file uses. Uses are found by the TypeScript compiler over
 * the whole project (src, test, scripts: tsconfig.json's `include`), following re-exports (`export *` in
 * all-functions.ts) to the declaration they name, plus the JavaScript that loads TypeScript by path at build
 * time (webpack.config.js's `buildTime("./src/…")`). A use in the declaring file itself does not count: then
 * the symbol needs no `export`.
 *
 * Counted as used without an importer: the functions in src/functions/registered.ts (the custom-functions
 * metadata plugin registers them) and the entry points webpack and the CLI bundle start from.
 *
 * An export that only tests use is allowed when a test of that module uses it (test/<dir>/…/<name>*.test.ts
 * for src/<dir>/<name>.ts); otherwise it is reported, as code that ships for nobody.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "..");

/** Files whose exports are used by something other than an import. */
const USED_WITHOUT_IMPORT = new Set(["src/functions/registered.ts"]);

/** JavaScript that names TypeScript modules by path (webpack's build-time helpers, the scripts). */
function javaScriptFiles(root: string): string[] {
  const scripts = existsSync(path.join(root, "scripts"))
    ? readdirSync(path.join(root, "scripts"))
        .filter((f) => /\.(c|m)?js$/.test(f))
        .map((f) => `scripts/${f}`)
    : [];
  return ["webpack.config.js", ...scripts].filter((f) => existsSync(path.join(root, f)));
}

export interface UnusedExport {
  /** Path from the repository root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly name: string;
  /** "nowhere", or the tests that use it when none of them tests its module. */
  readonly usedBy: "nowhere" | readonly string[];
}

/**
 * Whether a test file is a test of the module: under the module's folder in test/ (or a folder below it),
 * named for the module (`test/plan/analysis/dashboard-sheet.test.ts` tests `src/plan/dashboard-sheet.ts`).
 */
function testsModule(testFile: string, moduleFile: string): boolean {
  const mod = moduleFile.replace(/^src\//, "").replace(/\.tsx?$/, "");
  const dir = path.posix.dirname(mod);
  const test = testFile.replace(/^test\//, "");
  if (!/\.test\.tsx?$/.test(test) || !`${path.posix.dirname(test)}/`.startsWith(`${dir}/`)) return false;
  return path.posix.basename(test).startsWith(path.posix.basename(mod));
}

function program(root: string): ts.Program {
  const configFile = path.join(root, "tsconfig.json");
  const config = ts.readConfigFile(configFile, ts.sys.readFile);
  if (config.error)
    throw new Error(`${configFile}: ${ts.flattenDiagnosticMessageText(config.error.messageText, "\n")}`);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
}

/** The declaration a name stands for: through imports and re-exports, as the export symbol. */
function target(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return checker.getExportSymbolOfSymbol(resolved);
}

/** A name in `export { x } from "./y"` or `export * from`: passing a symbol on is not using it. */
function inReExport(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isExportDeclaration(n)) return n.moduleSpecifier !== undefined;
    if (ts.isStatement(n)) return false;
  }
  return false;
}

/** The unused exports of `root`/src (the repository by default; tests pass a small project of their own). */
export function unusedExports(root: string = ROOT): UnusedExport[] {
  const relative = (file: string): string => path.relative(root, file).split(path.sep).join("/");
  const prog = program(root);
  const checker = prog.getTypeChecker();
  const files = prog
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile && !relative(sf.fileName).startsWith(".."))
    .filter((sf) => !sf.fileName.includes("/node_modules/"));

  /** Every symbol, with the files that name it. */
  const users = new Map<ts.Symbol, Set<string>>();
  const mark = (symbol: ts.Symbol, file: string): void => {
    let set = users.get(symbol);
    if (!set) users.set(symbol, (set = new Set()));
    set.add(file);
  };
  const noteUse = (symbol: ts.Symbol | undefined, file: string): void => {
    if (!symbol) return;
    mark(target(checker, symbol), file);
    // The alias named here (`ns.x` names an `export { x } from`) and each one it came through are used too.
    if (symbol.flags & ts.SymbolFlags.Alias) mark(symbol, file);
    for (let s = symbol; s.flags & ts.SymbolFlags.Alias;) {
      const next = checker.getImmediateAliasedSymbol(s);
      if (!next) break;
      mark(next, file);
      s = next;
    }
  };
  for (const sf of files) {
    const file = relative(sf.fileName);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && !inReExport(node)) {
        noteUse(checker.getSymbolAtLocation(node), file);
        if (ts.isShorthandPropertyAssignment(node.parent)) {
          noteUse(checker.getShorthandAssignmentValueSymbol(node.parent), file);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  const javaScript = javaScriptFiles(root).map((f) => ({
    file: f,
    text: readFileSync(path.join(root, f), "utf8"),
  }));

  const found: UnusedExport[] = [];
  for (const sf of files) {
    const file = relative(sf.fileName);
    if (!file.startsWith("src/") || USED_WITHOUT_IMPORT.has(file)) continue;
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) continue;
    const loadedByJs = javaScript.filter((js) => js.text.includes(`./${file}`));
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      // Declared here, or re-exported by name here (`export { x } from`); `export *` is checked where declared.
      const t = target(checker, exported);
      const reExport = exported.declarations?.find(
        (d) => ts.isExportSpecifier(d) && d.getSourceFile() === sf,
      );
      const declaration = reExport ?? t.declarations?.[0];
      if (!declaration || declaration.getSourceFile() !== sf) continue;
      const usedAs = reExport ? exported : t;
      const name = exported.getName();
      if (loadedByJs.some((js) => new RegExp(`\\b${name}\\b`).test(js.text))) continue;
      const others = [...(users.get(usedAs) ?? [])].filter((f) => f !== file);
      if (others.some((f) => !f.startsWith("test/"))) continue;
      if (others.some((f) => testsModule(f, file))) continue;
      const { line } = sf.getLineAndCharacterOfPosition(declaration.getStart());
      found.push({ file, line: line + 1, name, usedBy: others.length === 0 ? "nowhere" : others.sort() });
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function main(): void {
  const unused = unusedExports();
  for (const u of unused) {
    const why = u.usedBy === "nowhere" ? "used by no other file" : `used only by ${u.usedBy.join(", ")}`;
    console.log(`${u.file}:${u.line} ${u.name}: ${why}`);
  }
  if (unused.length > 0) {
    console.error(
      `${unused.length} unused exports: remove them, or drop the export where only the file uses them.`,
    );
    process.exitCode = 1;
  } else {
    console.log("No unused exports in src/.");
  }
}

if (require.main === module) main();
