/**
 * An input the tool cannot lint (unreadable, corrupt, encrypted, too large,
 * bad config). Every surface turns it into a file-level error naming the file
 * and the problem; nothing else is thrown for bad input.
 */
export class MrlintInputError extends Error {
  override readonly name = "MrlintInputError";
  constructor(
    /** Stable machine-readable code, e.g. "docx-encrypted", "file-too-large", "config-invalid". */
    readonly code: string,
    message: string,
    /** The file concerned, when known. */
    readonly file?: string,
  ) {
    super(message);
  }
}
