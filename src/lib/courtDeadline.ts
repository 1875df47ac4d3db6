import { getHolidaysInRange, isWorkday } from 'chinese-days';
import { addDays, weekdayOf, type IsoDate } from './isoDate.ts';

/**
 * The last day of a court period counted in days (legal-cn G): the day of service does not count,
 * the next day is day 1 (民诉法解释第125条); days are calendar days, weekends and holidays inside
 * the period included (G4); a last day that is a 法定休假日 moves to the next working day
 * (民诉法第85条). Weekends count as 法定休假日 only on secondary sources (G3, S), and a 调休
 * working weekend day is not extended (U), so the caller shows both dates and tells the user to
 * act by the earlier one. Pure apart from the holiday data, which is compiled into the package.
 */

export type Deadline = {
  /** The period's last day, not extended. */
  lastDay: IsoDate;
  /** The next working day, when the last day is a weekend day or holiday and the data covers it. */
  extended?: IsoDate;
  /** The last day is a Saturday or Sunday worked in lieu of a holiday (调休): not extended, and unsettled (G3, U). */
  workingWeekend: boolean;
  /** A year the holiday data does not cover, so no extension was worked out. */
  uncoveredYear?: number;
};

export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/**
 * Whether the holiday data has the year at all: outside its years the package quietly treats every
 * weekday as a working day (legal-cn K2), so a year with no holidays listed is a year not covered.
 */
export const holidaysCover = (year: number) => getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;

/** The first year in the holiday data (legal-cn K2). */
const FIRST_YEAR = 2004;

/**
 * The last year the holiday data covers, looked for from `year` (this year) up or down, so the
 * screen can say how far it reaches: the data goes stale each November (README, content that dates).
 */
export function lastCoveredYear(year: number): number | undefined {
  let last = year;
  if (holidaysCover(last)) {
    while (holidaysCover(last + 1)) last++;
    return last;
  }
  while (last > FIRST_YEAR && !holidaysCover(last)) last--;
  return holidaysCover(last) ? last : undefined;
}

/** The last day of a period of `days` days served on `served`. */
export function courtDeadline(served: IsoDate, days: number): Deadline {
  const lastDay = addDays(served, days);
  if (!holidaysCover(yearOf(lastDay))) return { lastDay, workingWeekend: false, uncoveredYear: yearOf(lastDay) };
  const weekend = weekdayOf(lastDay) === 0 || weekdayOf(lastDay) === 6;
  let day = lastDay;
  while (!isWorkday(day)) {
    day = addDays(day, 1);
    // A rest day running into a year the data lacks: the next working day is not known.
    if (!holidaysCover(yearOf(day))) return { lastDay, workingWeekend: false, uncoveredYear: yearOf(day) };
  }
  return { lastDay, extended: day === lastDay ? undefined : day, workingWeekend: weekend && day === lastDay };
}
