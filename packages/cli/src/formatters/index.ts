import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { FormatName, Formatter } from "./types.js";

export const FORMATTERS: Record<FormatName, Formatter> = { stylish, json, sarif, github, gitlab, junit, markdown };

export { FORMAT_NAMES } from "./types.js";
export type { FormatContext, FormatName, FormatSpec, Formatter, PieceWriter } from "./types.js";
