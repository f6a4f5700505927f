/** Commands and custom requests the server answers; the VS Code extension and other clients call these. */
export const COMMANDS = {
  showCoverage: "mrlint.showCoverage",
  reviewDocx: "mrlint.reviewDocx",
  relintWorkspace: "mrlint.relintWorkspace",
} as const;

export const COVERAGE_REQUEST = "mrlint/coverage";

export interface CoverageParams {
  uri: string;
}

/** A command's first argument as a URI string: a plain string, `{ uri }`, or `{ textDocument: { uri } }`. */
export function uriArgument(args: readonly unknown[] | undefined): string | undefined {
  const first = args?.[0];
  if (typeof first === "string") return first;
  if (typeof first === "object" && first !== null) {
    const record = first as { uri?: unknown; textDocument?: { uri?: unknown } };
    if (typeof record.uri === "string") return record.uri;
    if (typeof record.textDocument?.uri === "string") return record.textDocument.uri;
  }
  return undefined;
}
