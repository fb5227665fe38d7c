/**
 * Entry of functions.js. Importing each source file is enough: at build time the custom-functions metadata
 * loader appends `CustomFunctions.associate("NAME", fn)` to each of them, and the same files are the
 * `input` of the metadata plugin in webpack.config.js (keep the two lists equal).
 */
import "./relative-likelihood";
import "./representation";
import "./trend";
import "./model-employer";
import "./classification";
import "./record-level";
