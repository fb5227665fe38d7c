/**
 * Entry of functions.js. Importing registered.ts is enough: at build time the custom-functions metadata loader
 * appends `CustomFunctions.associate("NAME", fn)` to it, and the same file is the metadata plugin's `input` in
 * webpack.config.js (FUNCTION_FILES).
 */
import "./registered";
