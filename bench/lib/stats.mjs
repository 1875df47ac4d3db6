// Small statistics helpers; inputs are arrays of numbers.
const sorted = (values) => [...values].sort((a, b) => a - b);

export function median(values) {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  const s = sorted(values);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}
