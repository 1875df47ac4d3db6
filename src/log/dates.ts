import { dateFormat } from '../lib/intl.ts';

/** Calendar days as the log writes them, `YYYY-MM-DD` in the phone's local time. */

const pad = (n: number) => String(n).padStart(2, '0');

/** A local day as a Date at local midnight (never parsed as UTC, which would shift the day). */
export const toDate = (day: string) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const toDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The `count` days ending with `last`, oldest first. */
export function lastDays(last: string, count: number): string[] {
  const end = toDate(last);
  return Array.from({ length: count }, (_, i) => toDay(new Date(end.getFullYear(), end.getMonth(), end.getDate() - (count - 1 - i))));
}

/**
 * "11月24日 周二" / "Tue, Nov 24", with the year when it is not this year's, or always (for
 * evidence, which is read long after it was written).
 */
export function dayLabel(day: string, language: string, { alwaysYear = false } = {}): string {
  const date = toDate(day);
  const withYear = alwaysYear || date.getFullYear() !== new Date().getFullYear();
  return dateFormat(language, { weekday: 'short', month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) }).format(date);
}
