import type { LogEntry } from '../case/log/entry.ts';

/** How many earlier values a quick entry offers for one field: enough for the usual callers, few enough to see at once. */
const OFFERED_MAX = 3;

/**
 * The values of a field a quick entry offers to fill in with one tap: the one in the newest entry
 * that has it (likely the same caller again), then the most frequent others (ties: the more
 * recent first). `entries` are in time order, as the log keeps them; values are compared as typed,
 * trimmed, since they go back into the entry as they are.
 */
export function offeredValues(entries: readonly LogEntry[], field: 'organisation' | 'phone', max = OFFERED_MAX): string[] {
  const counts = new Map<string, { count: number; last: number }>();
  entries.forEach((entry, index) => {
    const value = entry[field].trim();
    if (value) counts.set(value, { count: (counts.get(value)?.count ?? 0) + 1, last: index });
  });
  const byRecency = [...counts].sort((a, b) => b[1].last - a[1].last);
  const newest = byRecency[0]?.[0];
  const byFrequency = byRecency.sort((a, b) => b[1].count - a[1].count).map(([value]) => value);
  return [...(newest === undefined ? [] : [newest]), ...byFrequency.filter((value) => value !== newest)].slice(0, max);
}
