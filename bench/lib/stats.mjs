// Order statistics for small samples (nearest-rank percentiles: no interpolation between runs).

export function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

export function percentile(values, p) {
  if (values.length === 0) return null;
  const s = sorted(values);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

export function median(values) {
  if (values.length === 0) return null;
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summarise(values) {
  if (values.length === 0) return null;
  return { n: values.length, median: median(values), p95: percentile(values, 95), min: Math.min(...values), max: Math.max(...values) };
}
