/**
 * The URI a command was invoked for: a VS Code `Uri` (explorer menu, editor
 * title), a URI string (another extension, a command link), or nothing
 * (command palette), then the active editor's document.
 */
export interface UriLike {
  scheme: string;
  toString(): string;
}

function isUriLike(value: unknown): value is UriLike {
  return typeof value === "object" && value !== null && typeof (value as { scheme?: unknown }).scheme === "string";
}

export function uriFromArgs(args: readonly unknown[], activeDocumentUri?: string): string | undefined {
  const first = args[0];
  if (typeof first === "string" && first.length > 0) return first;
  if (isUriLike(first)) return first.toString();
  return activeDocumentUri;
}

/** Last path segment of a URI, decoded, for titles. */
export function fileNameOf(uri: string): string {
  const path = uri.split(/[?#]/)[0];
  const last = path.slice(path.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
