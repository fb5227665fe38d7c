#!/usr/bin/env node
/**
 * `npm run make-plan -- …`: runs the built command (dist-cli/make-plan.js), building it first when it is
 * missing or older than the sources. The bundle reads process.argv, so it runs in this process.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { BUNDLE, ensureCliBuild } = require("./cli-build.js");

ensureCliBuild({ log: (line) => process.stderr.write(`${line}\n`) });
require(BUNDLE);
