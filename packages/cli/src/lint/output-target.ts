/**
 * Where the report goes: a file, stdout, or nowhere (--fix-dry-run prints
 * diffs instead). Text is collected into blocks of about 64 KB, so a large
 * report costs few system calls and never exists as one giant string. A
 * failed write is remembered and reported once at the end, after the run.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";

export interface OutputTarget {
  write(text: string): void;
  /** Writes what is left; returns the first write error, if there was one. */
  close(): Error | undefined;
}

const BLOCK = 64 * 1024;

function blocks(flush: (text: string) => void, hold: boolean): OutputTarget & { error?: Error } {
  let parts: string[] = [];
  let size = 0;
  const target = {
    error: undefined as Error | undefined,
    write(text: string) {
      if (text.length === 0) return;
      parts.push(text);
      size += text.length;
      if (!hold && size >= BLOCK) target.drain();
    },
    drain() {
      if (parts.length === 0) return;
      const text = parts.join("");
      parts = [];
      size = 0;
      if (target.error) return;
      try {
        flush(text);
      } catch (error) {
        target.error = error as Error;
      }
    },
    close() {
      target.drain();
      return target.error;
    },
  };
  return target;
}

/**
 * A file, opened when the first block is ready (or at the end). `hold`
 * keeps everything until the end: needed when the file is also one of the
 * inputs, which must not be overwritten before it is read.
 */
export function fileTarget(file: string, hold = false): OutputTarget {
  let fd: number | undefined;
  const target = blocks((text) => {
    if (fd === undefined) {
      mkdirSync(path.dirname(file), { recursive: true });
      fd = openSync(file, "w");
    }
    writeSync(fd, text);
  }, hold);
  return {
    write: (text) => target.write(text),
    close() {
      const error = target.close() ?? (fd === undefined ? openEmpty(file) : undefined);
      if (fd !== undefined) {
        try {
          closeSync(fd);
        } catch (closeError) {
          return error ?? (closeError as Error);
        }
      }
      return error;
    },
  };
}

/** An empty report still replaces the file, as writeFileSync(file, "") did. */
function openEmpty(file: string): Error | undefined {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    closeSync(openSync(file, "w"));
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** stdout; `hold` keeps the report back until the end (a progress bar is drawn on the same terminal meanwhile). */
export function streamTarget(stream: { write(text: string): unknown }, hold = false): OutputTarget {
  return blocks((text) => {
    stream.write(text);
  }, hold);
}

export const NO_OUTPUT: OutputTarget = { write() {}, close: () => undefined };
