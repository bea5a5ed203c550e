// Small statistics shared by the benchmark's sections.

// min / median (the mean of the middle two for an even count) / max of the finite values, or
// null when there are none.
export function summary(values) {
  const v = values.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { min: v[0], median, max: v.at(-1), count: v.length };
}
