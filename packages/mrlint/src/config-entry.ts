/**
 * `@mrlint/node/config`: config files and file discovery without the parsers.
 * A process that only plans a run (the CLI's main thread while worker threads
 * lint) loads this entry and never pays for loading the Markdown parser.
 */
import path from "node:path";
import type { Locale } from "@mrlint/core";
import { ConfigLoader } from "./config/config-loader.js";
import type { FileConfig } from "./config/types.js";

export { ConfigLoader } from "./config/config-loader.js";
export type { ConfigLoaderOptions } from "./config/config-loader.js";
export { configForFile, ignoredByConfig, overrideMatches } from "./config/apply-overrides.js";
export { CONFIG_FILE_NAMES, PRESETS, RECOMMENDED_PRESET } from "./config/names.js";
export { validateConfigObject, formatKeyPath } from "./config/validate-config.js";
export { nearest, editDistance } from "./config/nearest.js";
export type { FileConfig, LanguageSetting, ResolvedConfig, ResolvedIgnores, ResolvedOverride } from "./config/types.js";
export { findFiles, SKIPPED_DIRECTORIES } from "./discovery/find-files.js";
export type { DiscoveryError, DiscoveryFs, FindFilesOptions, FoundFiles } from "./discovery/find-files.js";
export { formatForPath, isLintablePath, LINTABLE_EXTENSIONS } from "./read/format.js";
export { DEFAULT_MAX_FILE_BYTES } from "./read/read-input.js";
export { displayPath } from "./display-path.js";

/** The settings that apply to a file (nearest config file + matching overrides). Throws MrlintInputError on a bad config. */
export function loadConfigFor(filePath: string, options: { cwd?: string; locale?: Locale; configFile?: string } = {}): FileConfig {
  const cwd = options.cwd ?? process.cwd();
  const loader = new ConfigLoader({ cwd, locale: options.locale });
  return loader.configFor(path.resolve(cwd, filePath), options.configFile);
}
