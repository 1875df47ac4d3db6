import { replyDue } from '../../src/lib/replyDue.ts';

/**
 * Worked out by hand from legal-cn Q2 (15 calendar days, extendable to 30 and then 60; 7 working
 * days for the regulator to pass a complaint on) and K1 (the State Council's 2026 notice: 中秋
 * 25–27 September and 国庆 1–7 October off, Sunday 20 September and Saturday 10 October worked).
 * The day filed is not counted.
 */
const bank = { kind: 'calendarDays', days: [15, 30, 60] } as const;
const regulator = { kind: 'workingDays', days: 7 } as const;

describe('a bank or insurer: 15 calendar days, extendable to 30 and then 60', () => {
  it.each([
    // Filed the Tuesday before 国庆: the holiday inside the period is counted like any day.
    ['2026-09-29', ['2026-10-14', '2026-10-29', '2026-11-28']],
    // A last day on a Saturday stays there: 第43条 counts natural days and moves none.
    ['2026-03-06', ['2026-03-21', '2026-04-05', '2026-05-05']],
    // Across the end of February and of a year; calendar days need no holiday data.
    ['2026-02-10', ['2026-02-25', '2026-03-12', '2026-04-11']],
    ['2026-12-20', ['2027-01-04', '2027-01-19', '2027-02-18']],
  ])('filed %s: due %j', (filed, dates) => {
    expect(replyDue(filed, bank)).toEqual({ kind: 'dates', dates });
  });
});

describe('the regulator: passed on within 7 working days', () => {
  it.each([
    // 30 Sep (1); 1–7 Oct off; 8 Oct (2), 9 Oct (3), Saturday 10 Oct worked in lieu (4), 12 (5), 13 (6), 14 Oct (7).
    ['2026-09-29', '2026-10-14'],
    // Sunday 20 Sep worked in lieu (1), 21–24 Sep (2–5), 中秋 25–27 Sep off, 28 (6), 29 Sep (7).
    ['2026-09-18', '2026-09-29'],
    // An ordinary fortnight: filed Monday 9 Nov, the weekend skipped: 10–13 Nov (1–4), 16–18 Nov (5–7).
    ['2026-11-09', '2026-11-18'],
    // Filed on a holiday: 2 Oct itself is not counted, and the holiday days are not working days. 8, 9, 10, 12, 13, 14, 15 Oct.
    ['2026-10-02', '2026-10-15'],
  ])('filed %s: passed on by %s', (filed, date) => {
    expect(replyDue(filed, regulator)).toEqual({ kind: 'dates', dates: [date] });
  });

  it('gives no date where the working days run into a year the holiday data does not cover', () => {
    // 29, 30, 31 Dec 2026 are days 1–3; 1 January 2027 is not in the data (legal-cn K2).
    expect(replyDue('2026-12-28', regulator)).toEqual({ kind: 'uncoveredYear', year: 2027 });
  });
});

it('gives no date where no period is confirmed', () => {
  expect(replyDue('2026-09-29', { kind: 'unknown' })).toEqual({ kind: 'unknown' });
});
