import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LogEntry } from '../case/log/entry.ts';

/**
 * A long log is shown a page at a time, in whole days, so a day is never cut: the screens stay
 * quick with thousands of entries, and what is printed, copied or downloaded is still all of it.
 */

/** The entries by local day (`YYYY-MM-DD`), both in the order given: time order, from the log. */
export function groupByDay(entries: readonly LogEntry[]): Map<string, LogEntry[]> {
  const byDay = new Map<string, LogEntry[]>();
  for (const entry of entries) {
    const day = entry.at.slice(0, 10);
    const list = byDay.get(day);
    if (list) list.push(entry);
    else byDay.set(day, [entry]);
  }
  return byDay;
}

/** The newest days that together hold about `count` entries, at least one day; `days` and the result newest first. */
export function newestDays(days: readonly string[], byDay: ReadonlyMap<string, readonly LogEntry[]>, count: number): string[] {
  let shown = 0;
  let end = 0;
  while (end < days.length && (end === 0 || shown + byDay.get(days[end])!.length <= count)) shown += byDay.get(days[end++])!.length;
  return days.slice(0, end);
}

/**
 * True while the page is being printed, from the browser's `beforeprint` to its `afterprint`,
 * whether the print began with the page's button or the browser's own menu. The state is set
 * with flushSync: the browser lays out the printout as soon as the event returns, so whatever
 * must be printed has to be in the page by then.
 */
export function usePrinting(): [boolean, (printing: boolean) => void] {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return [printing, setPrinting];
}
