/** Calendar dates as 'YYYY-MM-DD' strings, counted in whole days with no time or zone. */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const utcOf = (date: IsoDate) => {
  const [, year, month, day] = ISO_DATE.exec(date)!;
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
};
const isoOf = (utc: number): IsoDate => new Date(utc).toISOString().slice(0, 10);

/** A real calendar date written 'YYYY-MM-DD' (not 2026-02-30). */
export const isIsoDate = (value: unknown): value is IsoDate => typeof value === 'string' && ISO_DATE.test(value) && isoOf(utcOf(value)) === value;

export const addDays = (date: IsoDate, days: number): IsoDate => isoOf(utcOf(date) + days * DAY_MS);

/** Whole days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((utcOf(to) - utcOf(from)) / DAY_MS);

/** The same day a year earlier (29 February gives 1 March). */
export function yearBefore(date: IsoDate): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  return isoOf(Date.UTC(year - 1, month - 1, day));
}

/** 0 for Sunday to 6 for Saturday. */
export const weekdayOf = (date: IsoDate) => new Date(utcOf(date)).getUTCDay();

/** The device's date today, in its own time zone (a deadline is a day where the user lives). */
export function localDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
