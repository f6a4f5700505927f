// Number formatting and the one Markdown table the bench prints.

export function ms(value) {
  if (value == null || Number.isNaN(value)) return "n/a";
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  return `${value.toFixed(1)} ms`;
}

export function mb(value) {
  return value == null ? "n/a" : `${value.toFixed(0)} MB`;
}

export function rate(value, digits = 2) {
  return value == null ? "n/a" : value.toFixed(digits);
}

export function wordsPerSecond(value) {
  if (value == null) return "n/a";
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  return `${(value / 1e3).toFixed(0)} k`;
}

export function ratio(value) {
  return value == null ? "n/a" : `${value.toFixed(1)}×`;
}

export function markdownTable(headers, rows) {
  const cells = rows.map((row) => headers.map((h) => String(row[h.key] ?? "")));
  const widths = headers.map((h, i) => Math.max(h.title.length, ...cells.map((r) => r[i].length)));
  const line = (values) => `| ${values.map((v, i) => (headers[i].align === "right" ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (headers[i].align === "right" ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|")}|`;
  return [line(headers.map((h) => h.title)), rule, ...cells.map(line)].join("\n");
}
