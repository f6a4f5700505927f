/** Loads only the one format a run writes (each thread that formats loads it once). */
import type { FormatName, FormatSpec } from "./types.js";

export async function loadFormat(name: FormatName): Promise<FormatSpec> {
  switch (name) {
    case "stylish":
      return (await import("./stylish.js")).stylishFormat as FormatSpec;
    case "json":
      return (await import("./json.js")).jsonFormat as FormatSpec;
    case "sarif":
      return (await import("./sarif.js")).sarifFormat as FormatSpec;
    case "github":
      return (await import("./github.js")).githubFormat as FormatSpec;
    case "gitlab":
      return (await import("./gitlab.js")).gitlabFormat as FormatSpec;
    case "junit":
      return (await import("./junit.js")).junitFormat as FormatSpec;
    case "markdown":
      return (await import("./markdown.js")).markdownFormat as FormatSpec;
  }
}
