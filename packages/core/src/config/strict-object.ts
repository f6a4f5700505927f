/** A strict zod object whose "unknown key" error lists the allowed keys and the nearest one. */
import { z } from "zod";
import { didYouMean } from "./nearest.js";

export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return undefined;
      const keys = issue.keys.map((k) => `"${k}"${didYouMean(k, allowed)}`).join(", ");
      return `unknown key ${keys}; allowed keys: ${allowed.join(", ")}`;
    },
  });
}
