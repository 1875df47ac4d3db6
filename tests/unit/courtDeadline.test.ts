import { getHolidaysInRange, isWorkday } from 'chinese-days';
import fc from 'fast-check';
import { courtDeadline, holidaysCover, lastCoveredYear } from '../../src/lib/courtDeadline.ts';
import { addDays, daysBetween, isIsoDate, weekdayOf, yearBefore } from '../../src/lib/isoDate.ts';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(['2026-03-01', '2024-02-29'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-3-1', '', 20260301, undefined].some(isIsoDate)).toBe(false);
  });

  it('counts across months, years and leap days', () => {
    expect(addDays('2024-02-20', 15)).toBe('2024-03-06');
    expect(addDays('2025-02-20', 15)).toBe('2025-03-07');
    expect(addDays('2026-12-20', 15)).toBe('2027-01-04');
    expect(daysBetween('2026-03-01', '2026-03-16')).toBe(15);
    expect(yearBefore('2024-02-29')).toBe('2023-03-01');
    expect(weekdayOf('2026-03-16')).toBe(1);
  });
});

/**
 * Worked by hand from legal-cn G and H: service day not counted, calendar days, a last day that is
 * a weekend day or public holiday extended to the next working day, a 调休 working Saturday not.
 */
const TABLE: { why: string; served: string; days: number; lastDay: string; extended?: string; workingWeekend?: true; uncoveredYear?: number }[] = [
  { why: 'legal-cn H: served 1 March, day 1 is 2 March, day 15 is 16 March (a Monday)', served: '2026-03-01', days: 15, lastDay: '2026-03-16' },
  { why: 'served on a Friday, last day a Saturday: Monday', served: '2026-05-22', days: 15, lastDay: '2026-06-06', extended: '2026-06-08' },
  { why: 'a ruling (10 days), last day a Sunday: Monday', served: '2026-03-12', days: 10, lastDay: '2026-03-22', extended: '2026-03-23' },
  {
    why: 'last day inside the National Day holiday: the first working day after it',
    served: '2026-09-17',
    days: 15,
    lastDay: '2026-10-02',
    extended: '2026-10-08',
  },
  { why: 'last day on the 调休 working Saturday 28 February 2026: not extended', served: '2026-02-13', days: 15, lastDay: '2026-02-28', workingWeekend: true },
  { why: 'holidays inside the period are counted, not skipped', served: '2026-02-10', days: 15, lastDay: '2026-02-25' },
  { why: 'December service, last day in 2027, which the data does not cover', served: '2026-12-20', days: 15, lastDay: '2027-01-04', uncoveredYear: 2027 },
  { why: 'a leap year: 15 days from 20 February 2024', served: '2024-02-20', days: 15, lastDay: '2024-03-06' },
  { why: 'a leap year, last day on the Saturday 2 March 2024', served: '2024-02-16', days: 15, lastDay: '2024-03-02', extended: '2024-03-04' },
];

describe('courtDeadline', () => {
  it.each(TABLE)('$why', ({ served, days, lastDay, extended, workingWeekend = false, uncoveredYear }) => {
    expect(courtDeadline(served, days)).toEqual({ lastDay, extended, workingWeekend, uncoveredYear });
  });

  it('a rest day at the end of the last covered year does not run into the uncovered one unnoticed', () => {
    // 2026-12-31 is a Thursday: a working day, so nothing to extend.
    expect(courtDeadline('2026-12-16', 15)).toEqual({ lastDay: '2026-12-31', extended: undefined, workingWeekend: false, uncoveredYear: undefined });
  });
});

const coveredDate = fc
  .date({ min: new Date('2004-01-01T00:00:00Z'), max: new Date('2026-12-10T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('courtDeadline properties (covered years)', () => {
  it('the extended date is never before the last day, at most 10 days after it, and a working day', () => {
    fc.assert(
      fc.property(coveredDate, fc.constantFrom(10, 15), (served, days) => {
        const deadline = courtDeadline(served, days);
        if (deadline.uncoveredYear) return;
        const actual = deadline.extended ?? deadline.lastDay;
        expect(daysBetween(deadline.lastDay, actual)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(deadline.lastDay, actual)).toBeLessThanOrEqual(10);
        expect(isWorkday(actual)).toBe(true);
        // Extended exactly when the last day is a rest day.
        expect(deadline.extended !== undefined).toBe(!isWorkday(deadline.lastDay));
      }),
      { numRuns: 500 },
    );
  });

  it('the last day is always the period in calendar days after service', () => {
    fc.assert(fc.property(coveredDate, fc.integer({ min: 1, max: 30 }), (served, days) => daysBetween(served, courtDeadline(served, days).lastDay) === days));
  });
});

/**
 * The package's data against 《国务院办公厅关于2026年部分节假日安排的通知》 (2025-11-04, legal-cn K1/K2),
 * so an upgrade with wrong data fails here, not in a user's deadline.
 */
describe('the holiday data (chinese-days)', () => {
  it.each([
    ['2026-02-14', true, 'Saturday worked before the Spring Festival'],
    ['2026-02-15', false, 'Spring Festival holiday'],
    ['2026-02-28', true, 'Saturday worked after the Spring Festival'],
    ['2026-09-20', true, 'Sunday worked before National Day'],
    ['2026-10-07', false, 'the last day of the National Day holiday (1 to 7 October)'],
    ['2026-10-08', true, 'the first working day after National Day'],
    ['2026-10-10', true, 'Saturday worked after National Day'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(isWorkday(date)).toBe(working);
  });

  it('covers 2004 to 2026 and not 2027 (update this test with the package each November)', () => {
    expect(holidaysCover(2004)).toBe(true);
    expect(holidaysCover(2026)).toBe(true);
    expect(holidaysCover(2027)).toBe(false);
    expect(getHolidaysInRange('2026-01-01', '2026-12-31', false)).toHaveLength(33);
  });

  it('names the last year it covers, looked for from a covered year or from one after it', () => {
    expect(lastCoveredYear(2020)).toBe(2026);
    expect(lastCoveredYear(2028)).toBe(2026);
  });

  // Fails on 1 January of a year the installed package does not cover: upgrade it (README, "Content that dates").
  it('covers the current year', () => {
    expect(holidaysCover(new Date().getFullYear())).toBe(true);
  });
});
