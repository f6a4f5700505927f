/** ANSI colours for the stylish output; all are identity functions when colour is off. */
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  gray(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
  dim(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function palette(enabled: boolean): Palette {
  if (!enabled) {
    const id = (s: string) => s;
    return { red: id, yellow: id, cyan: id, green: id, gray: id, bold: id, underline: id, dim: id };
  }
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
    gray: wrap(90, 39),
    bold: wrap(1, 22),
    underline: wrap(4, 24),
    dim: wrap(2, 22),
  };
}

/**
 * Colour when writing to a terminal, unless `--no-color` or NO_COLOR;
 * `--color` or FORCE_COLOR (not "0") force it.
 */
export function useColor(flag: boolean | undefined, isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return Boolean(isTTY) && env.TERM !== "dumb";
}
