/**
 * A one-line progress bar on stderr. Only on an interactive terminal and not
 * on CI: never in logs, never when stderr is piped.
 */
export interface Progress {
  tick(): void;
  done(): void;
}

const NONE: Progress = { tick() {}, done() {} };

export function createProgress(
  total: number,
  stream: { write(text: string): unknown; columns?: number },
  enabled: boolean,
): Progress {
  if (!enabled || total < 2) return NONE;
  let count = 0;
  let lastDraw = 0;
  const draw = () => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
    const filled = Math.round((count / total) * width);
    stream.write(`\r[${"=".repeat(filled)}${" ".repeat(width - filled)}] ${count}/${total}`);
  };
  draw();
  return {
    tick() {
      count++;
      const now = Date.now();
      if (now - lastDraw >= 80 || count === total) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      stream.write("\r\u001b[2K");
    },
  };
}
