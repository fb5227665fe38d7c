/**
 * Builds the add-in: the task pane (React), the custom functions (one self-contained functions.js plus the
 * functions.json metadata generated from JSDoc), the help page (rendered from the function declarations), the
 * icons and the manifest.
 *
 *   webpack --mode development      dist/, URLs stay https://localhost:3000/, office.js from Microsoft's CDN
 *   webpack --mode production       dist/, every https://localhost:3000/ in manifest.xml and functions.json is
 *                                   rewritten to ADDIN_PUBLIC_URL (default: package.json config.production_url)
 *   WRES_TEST_BUILD=1 webpack ...   dist-test/, office.js served locally from dist-test/office-js/ (no network)
 *
 * Every build also writes dist-cli/make-plan.js, the make-plan command as one Node bundle (`npm run make-plan`
 * runs it), so the command starts without compiling TypeScript. `webpack --config-name cli` builds it alone.
 */
const path = require("path");
const fs = require("fs");
const { sources, Compilation, SourceMapDevToolPlugin } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PRODUCTION_URL = "https://wres-addin.example.org/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

/**
 * The registered custom functions: their JSDoc becomes functions.json, and the file gets its associate() calls.
 * `npm run generate` writes it from the declarations in src/functions/; the build refuses a stale one.
 */
const FUNCTION_FILES = ["./src/functions/registered.ts"];

/** TypeScript modules the build runs itself (the help page, the freshness check), loaded through tsx. */
const buildTime = (file) => require("tsx/cjs/api").require(path.resolve(__dirname, file), __dirname);

/** The files `npm run generate` writes must match the declarations, or functions.json would not. */
async function checkGenerated() {
  const stale = await buildTime("./scripts/generate-functions.ts").staleFiles();
  if (stale.length > 0) {
    throw new Error(`Out of date with the function declarations: ${stale.join(", ")}. Run: npm run generate`);
  }
}

/**
 * The office.js files a page needs when office.js is served locally (test build): the loader itself, the
 * host-to-file table, Excel's host scripts, the English strings and the telemetry shim it requests. Copying
 * the whole package would be 86 MB.
 */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "custom-functions-runtime.js",
  "es6-promise.js",
  "excel-web-16.00.js",
  "excel-web-16.00-core.js",
  "excel-win32-16.01.js",
  "excel-win32-16.01-core.js",
  "excel-mac-16.00.js",
  "excel-mac-16.00-core.js",
  "en-us/office_strings.js",
  "en-gb/office_strings.js",
  "telemetry/oteljs_agave.js",
];

function publicUrl(isProduction) {
  if (!isProduction) return DEV_URL;
  const url =
    process.env.ADDIN_PUBLIC_URL || (pkg.config && pkg.config.production_url) || DEFAULT_PRODUCTION_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_PUBLIC_URL must start with https:// (got "${url}")`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** Rewrites the development URL in the emitted manifest and functions.json (help URLs) to the public one. */
class RewriteUrlsPlugin {
  constructor(from, to, assets) {
    this.from = from;
    this.to = to;
    this.assets = assets;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          if (this.from === this.to) return;
          for (const name of this.assets) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = asset.source.source().toString().split(this.from).join(this.to);
            compilation.updateAsset(name, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

/**
 * ExcelJS ships already minified (dist/exceljs.min.js): re-minifying and source-mapping its 0.9 MB chunk
 * would double the build time for nothing. Marking the chunk minimized makes the minimizer skip it.
 */
class SkipPreMinifiedPlugin {
  constructor(chunkName) {
    this.chunkName = chunkName;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SkipPreMinifiedPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "SkipPreMinifiedPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          for (const chunk of compilation.chunks) {
            if (chunk.name !== this.chunkName) continue;
            for (const file of chunk.files) compilation.updateAsset(file, (s) => s, { minimized: true });
          }
        },
      );
    });
  }
}

/**
 * make-plan for Node: one file with its dependencies. ExcelJS's prebuilt single-file build loads several times
 * faster than its hundreds of CommonJS modules (about 0.1 s against 0.5 s), which is most of the start-up.
 */
function cliConfig(isProduction) {
  return {
    name: "cli",
    mode: isProduction ? "production" : "development",
    devtool: false,
    target: "node20",
    entry: { "make-plan": "./src/cli/make-plan.ts" },
    output: {
      path: path.resolve(__dirname, "dist-cli"),
      filename: "[name].js",
      clean: true,
      // Written on every build even when unchanged, as for the add-in: scripts/cli-build.js judges the bundle
      // fresh by its being newer than the sources, so a source touched but not changed (a rebase) would
      // otherwise rebuild on every run of make-plan, the bench and the tests.
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: [".ts", ".js", ".mjs", ".json"],
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      // Already built and minified: wrapped as it is, not parsed again.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    // Readable stack traces matter more than bytes for a command-line tool.
    optimization: { minimize: false },
    performance: { hints: false },
  };
}

function addinConfig(argv) {
  const isProduction = argv.mode === "production";
  const isTestBuild = process.env.WRES_TEST_BUILD === "1";
  const url = isTestBuild && !process.env.ADDIN_PUBLIC_URL ? DEV_URL : publicUrl(isProduction);
  const officeJs = isTestBuild ? "office-js/office.js" : CDN_OFFICE_JS;

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "manifest.xml", to: "manifest.xml" },
  ];
  if (isTestBuild) {
    for (const file of OFFICE_JS_FILES) {
      if (fs.existsSync(path.join(OFFICE_JS_DIR, file))) {
        copyPatterns.push({ from: path.join(OFFICE_JS_DIR, file), to: `office-js/${file}` });
      }
    }
  }

  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      ...(typeof template === "string" ? { template } : { templateContent: template.content }),
      chunks,
      chunksSortMode: "manual",
      scriptLoading: "blocking",
      inject: "body",
      templateParameters: { officeJs },
    });

  return {
    mode: isProduction ? "production" : "development",
    // Source maps as separate files (never eval-based: add-in pages must not need eval); none for ExcelJS.
    devtool: false,
    target: ["web", "es2017"],
    entry: {
      // Functions first: in the shared runtime the pane's page also registers the functions.
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, isTestBuild ? "dist-test" : "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Entry bundles read globals through globalThis, so functions.js also loads where `self`/`window` do not exist.
      globalObject: "globalThis",
      publicPath: "auto",
      clean: true,
      // Write every file on every build, even when unchanged: the tests and the bench judge a build fresh by
      // dist/functions.json being newer than the sources.
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // No shared runtime chunk and no split of entry code: each entry file stands alone.
      runtimeChunk: false,
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 20,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTION_FILES, output: "functions.json" }),
      page("taskpane", "./src/taskpane/taskpane.html", ["functions", "taskpane"]),
      page("functions", "./src/functions/functions.html", ["functions"]),
      // The help page is rendered from the function declarations at build time.
      page("help", { content: buildTime("./src/help/render-help.ts").renderHelpPage() }, []),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new RewriteUrlsPlugin(DEV_URL, url, ["manifest.xml", "functions.json"]),
      new SkipPreMinifiedPlugin("exceljs"),
      new SourceMapDevToolPlugin({ filename: "[file].map", exclude: /^exceljs\./ }),
    ],
    devServer: {
      port: Number((pkg.config && pkg.config.dev_server_port) || 3000),
      // webpack-dev-server's own self-signed certificate: no sudo, no system CA store.
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      liveReload: true,
      client: { overlay: false },
      static: false,
    },
  };
}

module.exports = async (_env, argv) => {
  await checkGenerated();
  const addin = addinConfig(argv);
  // The test build (dist-test/) is only the add-in; webpack serve serves only the add-in.
  if (process.env.WRES_TEST_BUILD === "1" || process.env.WEBPACK_SERVE) return addin;
  return [addin, cliConfig(argv.mode === "production")];
};

// Tests read these lists: index.ts must import exactly FUNCTION_FILES; OFFICE_JS_FILES must exist in the package.
module.exports.FUNCTION_FILES = FUNCTION_FILES;
module.exports.OFFICE_JS_FILES = OFFICE_JS_FILES;
