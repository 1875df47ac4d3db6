import { isWorkday } from 'chinese-days';
import { holidaysCover, yearOf } from './courtDeadline.ts';
import { addDays, type IsoDate } from './isoDate.ts';

/**
 * When a reply to a complaint is due, from the day it was filed, under a period given as data
 * (the channels' periods and their citations are in case/complaints.ts).
 *
 * The day filed is not counted: day 1 is the next day. legal-cn Q2 quotes 第18条 "自收到消费投诉之日起
 * 15日内" and 第43条 ("以内" includes the number itself, so day 15 is inside the period) but not whether
 * the day of receipt is day 1; 第31、33条 say "收到…后，7个工作日内", after receipt. Not counting it
 * gives the later of the two readings, so the app never calls a reply late that could still be on
 * time — and an institution receives a complaint on the day it is filed at the earliest.
 *
 * Calendar days are not moved off a weekend or holiday: 第43条 makes every "日" but the 7 working
 * days a natural day, and legal-cn reads no rule that extends the last one (unlike 民诉法第85条).
 * Working days are the days the State Council's notice has people work: weekdays that are not
 * holidays, and the Saturdays or Sundays worked in lieu (调休), from the same pinned `chinese-days`
 * data as the court deadlines.
 */

export type ReplyPeriod =
  /** Calendar days: the period, then each longer period it may be extended to. */
  | { kind: 'calendarDays'; days: readonly number[] }
  | { kind: 'workingDays'; days: number }
  /** No period legal-cn confirms: no date is given. */
  | { kind: 'unknown' };

export type ReplyDue =
  /** The due date first, then the dates of any extensions. */
  | { kind: 'dates'; dates: IsoDate[] }
  /** Working days run into a year the holiday data lacks: no date rather than a wrong one (legal-cn K4). */
  | { kind: 'uncoveredYear'; year: number }
  | { kind: 'unknown' };

/** The day `days` working days after `filed`, or the first year the holiday data does not cover. */
function workingDaysAfter(filed: IsoDate, days: number): { date: IsoDate } | { uncoveredYear: number } {
  let day = filed;
  for (let counted = 0; counted < days;) {
    day = addDays(day, 1);
    if (!holidaysCover(yearOf(day))) return { uncoveredYear: yearOf(day) };
    if (isWorkday(day)) counted++;
  }
  return { date: day };
}

export function replyDue(filed: IsoDate, period: ReplyPeriod): ReplyDue {
  if (period.kind === 'unknown') return period;
  if (period.kind === 'calendarDays') return { kind: 'dates', dates: period.days.map((days) => addDays(filed, days)) };
  const due = workingDaysAfter(filed, period.days);
  return 'date' in due ? { kind: 'dates', dates: [due.date] } : { kind: 'uncoveredYear', year: due.uncoveredYear };
}
