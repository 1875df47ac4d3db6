import table from './lpr.json' with { type: 'json' };
import type { LenderType } from '../case.ts';
import { isDate } from './rate.ts';

/**
 * The one-year loan prime rate (LPR) in force on a contract date, and the caps built on it.
 * Rates are fractions (0.03 = 3.00%).
 */

/** The last month whose LPR announcement the table vouches for (YYYY-MM). */
export const LAST_CONFIRMED_MONTH = table.lastConfirmedMonth;

export type LprLookup = { ok: true; rate: number; announced: string } | { ok: false; reason: 'beforeTable' | 'notVerified' | 'badDate' };

/**
 * A value applies from its announcement day; a contract earlier in that month has the previous one.
 * beforeTable: before 2019-08-20 the cap was not built on the LPR.
 * notVerified: any date after the last confirmed month. Never assume the rate stayed the same;
 * the next announcement day is not even known, so the cut is the first of the month.
 */
export function lprOn(date: string): LprLookup {
  if (!isDate(date)) return { ok: false, reason: 'badDate' };
  if (date.slice(0, 7) > LAST_CONFIRMED_MONTH) return { ok: false, reason: 'notVerified' };
  const change = table.changes.findLast((c) => c.announced <= date);
  if (!change) return { ok: false, reason: 'beforeTable' };
  return { ok: true, rate: change.percent / 100, announced: change.announced };
}

/** The last change the table holds: the LPR in force through LAST_CONFIRMED_MONTH. */
export function latestConfirmedLpr(): { rate: number; announced: string } {
  const last = table.changes.at(-1)!;
  return { rate: last.percent / 100, announced: last.announced };
}

/**
 * 民间借贷规定第31条 (legal-cn §I): a first-instance case a court accepts after this day, on a contract
 * made before it, has interest up to the day before under the 2015 rules (when a party asks), and
 * from this day under 4 × the LPR.
 */
export const TRANSITION_DAY = '2020-08-20';
/** 2015 民间借贷规定第26条: agreed interest up to this is supported; the agreement above the higher one is void. */
export const RULES_2015 = { supportedUpTo: 0.24, voidAbove: 0.36 };

/** 民间借贷规定第25条: interest above 4 × the one-year LPR at the contract date is not supported. */
export function privateLendingCap(lprRate: number): number {
  return 4 * lprRate;
}

/**
 * fourTimesLpr: a private lender. noLprCap: banks, credit cards, consumer finance and small-loan
 * companies are outside the private-lending rules (民间借贷规定第1条第2款 and the 2021 批复), so
 * there is no LPR cap to compare with. dependsOnLender: a platform or an unknown lender may be either.
 */
export type CapRule = 'fourTimesLpr' | 'noLprCap' | 'dependsOnLender';

export function capRuleFor(lender: LenderType): CapRule {
  if (lender === 'private') return 'fourTimesLpr';
  if (lender === 'platform' || lender === 'dontKnow') return 'dependsOnLender';
  return 'noLprCap';
}

/**
 * Compared at the precision shown, 0.01 percentage points, so a rate displayed as 12.00% is never
 * called above a 12.00% cap because of a rounding in the last digit. Use the nominal annual rate.
 */
export function exceedsCap(rate: number, cap: number): boolean {
  return Math.round(rate * 10_000) > Math.round(cap * 10_000);
}
