export { parseMarkdown } from "./parse-markdown.js";
export { parseText } from "./parse-text.js";
export type { ParseOptions } from "./options.js";
export { lint, type LintTextOptions } from "./lint.js";
export { checkDocumentMaps, type MapCheckOptions } from "./map-check.js";
