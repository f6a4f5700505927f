import { z } from "zod";
import { strictObject } from "./strict-object.js";

export const LEVELS = ["off", "hint", "info", "warning", "error"] as const;
export const levelSetting = z.enum(LEVELS);

/** `"warning"` or `["warning", { …options }]`. */
export const ruleSetting = z.union([
  levelSetting,
  z.tuple([levelSetting]),
  z.tuple([levelSetting, z.record(z.string(), z.unknown())]),
]);

const configBody = {
  rules: z.record(z.string(), ruleSetting).optional(),
  language: z.enum(["sv", "en", "auto"]).optional(),
  locale: z.enum(["sv", "en"]).optional(),
};

export const overrideSchema = strictObject({
  files: z.union([z.string(), z.array(z.string()).min(1)]),
  ...configBody,
});

export const limitsSchema = strictObject({
  /** Largest file linted, in bytes (default 10 MB). */
  maxFileBytes: z.number().int().positive().optional(),
  /** Largest uncompressed size of a .docx, in bytes. */
  maxDocxUncompressedBytes: z.number().int().positive().optional(),
  /** Most entries in a .docx zip. */
  maxDocxEntries: z.number().int().positive().optional(),
  /** Most characters of text linted in one file (Markdown/text after decoding, a .docx's body paragraphs); default 2,000,000. */
  maxTextChars: z.number().int().positive().optional(),
});

export const configSchema = strictObject({
  $schema: z.string().optional(),
  extends: z.union([z.string(), z.array(z.string())]).optional(),
  ...configBody,
  /** Extra rule-pack folders, relative to the config file. */
  packs: z.array(z.string()).optional(),
  overrides: z.array(overrideSchema).optional(),
  ignores: z.array(z.string()).optional(),
  limits: limitsSchema.optional(),
  /** Author name of the Word review comments. */
  reviewAuthor: z.string().min(1).optional(),
});

export type LevelSetting = z.infer<typeof levelSetting>; // Level | "off"
export type RuleSetting = z.infer<typeof ruleSetting>;
export type MrlintConfig = z.infer<typeof configSchema>;
export type OverrideConfig = z.infer<typeof overrideSchema>;
export type Limits = z.infer<typeof limitsSchema>;

/** The part of a config that applies to one file, after extends and overrides were merged. */
export interface EffectiveConfig {
  rules: Record<string, RuleSetting>;
  language: "sv" | "en" | "auto";
  locale?: "sv" | "en";
}
