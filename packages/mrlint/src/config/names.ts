import { PRESET_NAMES } from "@mrlint/core";

/** Config file names, in the order they win when one folder has several. */
export const CONFIG_FILE_NAMES: readonly string[] = [
  "mrlint.config.json",
  "mrlint.config.yaml",
  "mrlint.config.yml",
  ".mrlintrc.json",
  ".mrlintrc.yaml",
  ".mrlintrc.yml",
];

/** The built-in preset: every rule at its default level. */
export const RECOMMENDED_PRESET = "mr:recommended";
/** Presets `extends` accepts (core's: mr:recommended, mr:all). */
export const PRESETS: readonly string[] = PRESET_NAMES;
