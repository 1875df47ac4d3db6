import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../locales/en/money.json' with { type: 'json' };
import zhCN from '../../locales/zh-CN/money.json' with { type: 'json' };
import type { AmountError, CountError, PercentError } from '../../src/lib/amount.ts';
import { SCHEDULES } from '../../src/case/money/costCheck.ts';
import type { FieldName, ProblemCode } from '../../src/case/money/formReading.ts';
import { COURT_ANSWERS } from '../../src/case/money/planStore.ts';
import { FEE_KINDS, FEE_TIMES, type FlowKind } from '../../src/case/money/rate.ts';
import { flatten } from '../support/flatten.ts';

/** Written as records so the compiler checks that every code is listed. */
const amountErrors: Record<AmountError | 'zero', true> = {
  empty: true,
  notANumber: true,
  badGrouping: true,
  negative: true,
  tooManyDecimals: true,
  tooLarge: true,
  zero: true,
};
const countErrors: Record<CountError, true> = { empty: true, notANumber: true, badGrouping: true, negative: true, notWhole: true, zero: true, tooLarge: true };
const percentErrors: Record<PercentError, true> = {
  empty: true,
  notANumber: true,
  badGrouping: true,
  negative: true,
  tooManyDecimals: true,
  zero: true,
  tooLarge: true,
};
const otherProblems: Record<Exclude<ProblemCode, `${'amount' | 'count' | 'percent'}.${string}`>, true> = {
  'date.empty': true,
  'date.bad': true,
  'choice.empty': true,
  'text.tooLong': true,
  receivedMoreThanContract: true,
  firstDueNotAfterLoan: true,
  paymentNotAfterLoan: true,
  noPayments: true,
  implausibleLpr: true,
  noDebts: true,
};
const fieldNames: Record<FieldName, true> = {
  lender: true,
  contract: true,
  received: true,
  date: true,
  schedule: true,
  count: true,
  amount: true,
  firstDue: true,
  paymentDate: true,
  paymentAmount: true,
  feeKind: true,
  feeAmount: true,
  feeWhen: true,
  lpr: true,
  income: true,
  essentials: true,
  debtLender: true,
  debtType: true,
  debtOutstanding: true,
  debtMonthlyDue: true,
  debtDaysOverdue: true,
  debtCourt: true,
};
const flowLabels: Record<Exclude<FlowKind, 'fee'>, true> = { principal: true, deduction: true, repayment: true };

/** Every key the money screens build from ids (the rest they look up literally). */
const built = [
  ...Object.keys(amountErrors).map((e) => `errors.amount.${e}`),
  ...Object.keys(countErrors).map((e) => `errors.count.${e}`),
  ...Object.keys(percentErrors).map((e) => `errors.percent.${e}`),
  ...Object.keys(otherProblems).map((e) => `errors.${e}`),
  ...Object.keys(fieldNames).map((n) => `names.${n}`),
  ...FEE_KINDS.map((k) => `feeKinds.${k}`),
  ...FEE_TIMES.map((w) => `cost.feeTimes.${w}`),
  ...SCHEDULES.map((s) => `cost.schedules.${s}`),
  ...Object.keys(flowLabels).map((f) => `cost.flows.${f}`),
  ...['received', 'repaid', 'fees', 'cost'].map((total) => `cost.totals.${total}`),
  ...COURT_ANSWERS.map((c) => `plan.courts.${c}`),
  ...['income', 'essentials', 'affordable', 'totalDue'].map((total) => `plan.totals.${total}`),
  'rateAbove',
  'rateBelow',
  ...['cost', 'plan'].flatMap((tool) => ['title', 'lead', 'submit', 'resultHeading', 'stale'].map((key) => `${tool}.${key}`)),
  ...['paymentOrder', 'lawsuit', 'courtUnknown', 'enforcement', 'creditCard', 'creditCardLarge', 'licensed', 'private', 'other'].map(
    (r) => `plan.reasons.${r}`,
  ),
];

/** Keys the money screens look up literally, e.g. t('cost.title'); plural keys without their suffix. */
function keysInScreens(): string[] {
  const dir = join(import.meta.dirname, '../../src/money');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return [...new Set(sources.flatMap((source) => [...source.matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1])))].sort();
}

describe('the money tools copy', () => {
  const keys = (copy: unknown) => new Set(flatten(copy).map(([key]) => key.replace(/_(one|other)$/, '')));

  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ])('%s has every key the screens build and look up', (_, copy) => {
    const have = keys(copy);
    const screens = keysInScreens();
    expect(screens.length).toBeGreaterThan(60);
    expect([...built, ...screens].filter((key) => !have.has(key))).toEqual([]);
  });

  it('keeps interpolations the same in both languages, in whatever order the sentence needs', () => {
    const placeholders = (copy: unknown) => flatten(copy).map(([key, text]) => [key, (String(text).match(/\{\{\w+\}\}/g) ?? []).sort()]);
    expect(placeholders(en)).toEqual(placeholders(zhCN));
  });

  it('names rules only through the citation list, which shows each rule with its kind', () => {
    for (const [key, text] of flatten(zhCN)) expect(text, key).not.toMatch(/《|第\s*\d+\s*条/);
  });

  it('never says the charges above a cap need not be repaid, or that jail is certain or impossible', () => {
    for (const [key, text] of [...flatten(zhCN), ...flatten(en)]) {
      expect(text, key).not.toMatch(
        /不用还|不必还|无需偿还|don't have to (re)?pay|need not (re)?pay|会坐牢|不会被判|(will|won't|cannot|can't) go to (jail|prison)/i,
      );
    }
  });

  it('explains the credit card conditions with what raises the risk', () => {
    for (const part of ['两次有效催收', '30 日', '三个月', '5 万元', '非法占有目的', '单纯没按时还', '逃匿、换号', '转移财产', '风险明显提高'])
      expect(zhCN.plan.reasons.creditCard).toContain(part);
    for (const part of [
      'two valid collection attempts',
      '30 days',
      'three months',
      '50,000',
      'intent',
      'Simply paying late',
      'hiding, changing your phone number',
      'moving assets',
      'raises the risk',
    ]) {
      expect(en.plan.reasons.creditCard).toContain(part);
    }
  });
});
