import {
  MAX_COUNT,
  parseAmount,
  parseCount,
  parsePercent,
  parsePositiveAmount,
  type AmountError,
  type CountError,
  type PercentError,
} from '../../lib/amount.ts';
import { isDate } from './rate.ts';

/**
 * Reading the money tools' forms: every field as typed becomes a value or a problem that says
 * which field, what is wrong, and how to name the field in a message (`n`: which row of a list).
 */
export type FieldName =
  | 'lender'
  | 'contract'
  | 'received'
  | 'date'
  | 'schedule'
  | 'count'
  | 'amount'
  | 'firstDue'
  | 'paymentDate'
  | 'paymentAmount'
  | 'feeKind'
  | 'feeAmount'
  | 'feeWhen'
  | 'lpr'
  | 'income'
  | 'essentials'
  | 'debtLender'
  | 'debtType'
  | 'debtOutstanding'
  | 'debtMonthlyDue'
  | 'debtDaysOverdue'
  | 'debtCourt';

export type ProblemCode =
  | `amount.${AmountError | 'zero'}`
  | `count.${CountError}`
  | `percent.${PercentError}`
  | 'date.empty'
  | 'date.bad'
  | 'choice.empty'
  | 'text.tooLong'
  | 'receivedMoreThanContract'
  | 'firstDueNotAfterLoan'
  | 'paymentNotAfterLoan'
  | 'noPayments'
  | 'implausibleLpr'
  | 'noDebts';

/** `field` is the field's id within its form; `max` is the limit a count or a text went over. */
export type Problem = { field: string; name: FieldName; n?: number; code: ProblemCode; max?: number };
export type Where = Pick<Problem, 'field' | 'name' | 'n'>;
export type Read<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Collects problems while a form is read. Each reader returns the value, or undefined after
 * noting the problem, so one pass over a form reports every field that needs fixing.
 */
export function formReader() {
  const problems: Problem[] = [];
  const fail = (where: Where, code: ProblemCode, max?: number): undefined => {
    problems.push({ ...where, code, ...(max === undefined ? {} : { max }) });
    return undefined;
  };
  return {
    problems,
    fail,
    /** Money in fen; zero allowed only where it means something (no income, no costs). */
    amount(text: string, where: Where, { zero = false } = {}) {
      const result = zero ? parseAmount(text) : parsePositiveAmount(text);
      return result.ok ? result.fen : fail(where, `amount.${result.error}`);
    },
    /** A whole number up to `max`; zero allowed only where it means something (not overdue yet). */
    count(text: string, where: Where, { max = MAX_COUNT, zero = false } = {}) {
      const result = parseCount(text, max);
      if (result.ok) return result.count;
      return zero && result.error === 'zero' ? 0 : fail(where, `count.${result.error}`, max);
    },
    percent(text: string, where: Where) {
      const result = parsePercent(text);
      return result.ok ? result.rate : fail(where, `percent.${result.error}`);
    },
    /** An ISO date, as a date input gives it (a browser without one gets a text box). */
    date(text: string, where: Where) {
      const date = text.trim();
      if (date === '') return fail(where, 'date.empty');
      return isDate(date) ? date : fail(where, 'date.bad');
    },
    choice<T>(value: T | undefined, where: Where) {
      return value ?? fail(where, 'choice.empty');
    },
  };
}

/** The id for a new row of a list: one more than the largest, so ids stay short and unique. */
export function nextRowId(rows: readonly { id: string }[]): string {
  return String(rows.reduce((max, row) => Math.max(max, Number(row.id) || 0), 0) + 1);
}

/** Row ids become part of element ids, so stored ones must be plain numbers. */
export const isRowId = (value: unknown): value is string => typeof value === 'string' && /^\d{1,6}$/.test(value);
