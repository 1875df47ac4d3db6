import { numberFormat } from './intl.ts';
import { halfWidth } from './halfWidth.ts';

/**
 * Reading money and counts the way people type them in mainland China, and showing money back.
 * Amounts are whole fen (1 yuan = 100 fen) so sums never drift.
 */

export type AmountError = 'empty' | 'notANumber' | 'badGrouping' | 'negative' | 'tooManyDecimals' | 'tooLarge';
export type AmountResult = { ok: true; fen: number } | { ok: false; error: AmountError };

export type CountError = 'empty' | 'notANumber' | 'badGrouping' | 'negative' | 'notWhole' | 'zero' | 'tooLarge';
export type CountResult = { ok: true; count: number } | { ok: false; error: CountError };

/**
 * 100亿元. No personal debt comes near it, and it keeps every sum of up to 9,000 amounts an
 * exact integer in a JavaScript number (below 2^53), so totals never need rounding.
 */
export const MAX_FEN = 1e12;

/** 50 years of monthly payments: longer than any consumer or housing loan. */
export const MAX_COUNT = 600;

// Longer than anything a person types for one amount; keeps every pattern below cheap.
const MAX_INPUT_LENGTH = 64;

type Decimal = { whole: string; fraction: string; negative: boolean };
type DecimalResult = { ok: true; value: Decimal } | { ok: false; error: 'notANumber' | 'badGrouping' };

// Full-width forms (１２３．，－ＲＭＢ) are what a Chinese keyboard types in full-width mode, and
// in Chinese mode the key for a decimal point types 。, which has no other meaning inside a number.
function toHalfWidth(text: string): string {
  return halfWidth(text)
    .replace(/\uFFE5/g, '¥')
    .replace(/\u3002/g, '.');
}

/**
 * A plain decimal with an optional leading minus: `8500`, `2,000.50`, `8 500`, `.5`.
 * Commas and spaces may only group thousands: `1,5` could be 1.5 or 15, so it is refused, never guessed.
 */
function readDecimal(text: string): DecimalResult {
  const signed = /^(-?)\s*(.*)$/s.exec(text)!;
  const [whole, fraction, ...rest] = signed[2].split('.');
  if (rest.length > 0 || !/^\d*$/.test(fraction ?? '')) return { ok: false, error: 'notANumber' };
  if (!/^(?:\d+(?:(?:\s*,\s*|\s+)\d+)*)?$/.test(whole)) return { ok: false, error: 'notANumber' };
  if (whole === '' && !fraction) return { ok: false, error: 'notANumber' };
  const groups = whole.split(/\s*,\s*|\s+/);
  if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3))) {
    return { ok: false, error: 'badGrouping' };
  }
  return { ok: true, value: { whole: groups.join(''), fraction: fraction ?? '', negative: signed[1] === '-' } };
}

/** An exact integer from digits, or Infinity when it has more digits than a safe integer holds. */
function digitsToNumber(digits: string): number {
  const significant = digits.replace(/^0+/, '');
  return significant.length > 15 ? Infinity : Number(significant || '0');
}

/**
 * `8500`, `¥2,000元`, `RMB 8 500`, `人民币10000元`, `１２３`, `3万`, `1.2万`, `5千`, `3万5千`, `-5` (→ negative).
 * At most 2 decimals on yuan (more would be fractions of a fen; `2.000` may be a European 2,000);
 * with 万 or 千 the decimals may reach down to the fen (`1.2345万` = 12,345 元).
 * `3万5` is refused: said aloud it means 35,000, typed it could mean 30,005.
 * Zero is a valid amount; callers that need more than zero say so (see parsePositiveAmount).
 */
export function parseAmount(text: string): AmountResult {
  const input = toHalfWidth(text).trim();
  if (input === '') return { ok: false, error: 'empty' };
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, error: 'notANumber' };
  const parts = /^(-?)\s*(?:¥|RMB|人民币)?\s*(.*?)\s*(?:(万)\s*(?:(\d)\s*千)?|(千))?\s*(?:元|块)?$/i.exec(input);
  if (!parts) return { ok: false, error: 'notANumber' };
  const [, signBeforeCurrency, number, wan, thousands, qian] = parts;
  const decimal = readDecimal(number);
  if (!decimal.ok) return decimal;
  const { whole, fraction, negative } = decimal.value;
  if (signBeforeCurrency === '-' && negative) return { ok: false, error: 'notANumber' };
  if (signBeforeCurrency === '-' || negative) return { ok: false, error: 'negative' };
  if (thousands !== undefined && fraction !== '') return { ok: false, error: 'notANumber' };

  const fenDigits = 2 + (wan ? 4 : qian ? 3 : 0);
  if (fraction.length > fenDigits) return { ok: false, error: 'tooManyDecimals' };
  const fen = digitsToNumber(whole + fraction.padEnd(fenDigits, '0')) + Number(thousands ?? 0) * 1000 * 100;
  if (fen > MAX_FEN) return { ok: false, error: 'tooLarge' };
  return { ok: true, fen };
}

/** parseAmount, refusing zero: for money that must exist, such as what reached the account. */
export function parsePositiveAmount(text: string): AmountResult | { ok: false; error: 'zero' } {
  const result = parseAmount(text);
  return result.ok && result.fen === 0 ? { ok: false, error: 'zero' } : result;
}

/**
 * A number of payments or days: `12`, `１２`, `12期`, `12个月`, `12 次`, `120天`, `120 日`.
 * `max` is the largest sensible count: MAX_COUNT payments unless the caller counts something else.
 */
export function parseCount(text: string, max = MAX_COUNT): CountResult {
  const input = toHalfWidth(text).trim();
  if (input === '') return { ok: false, error: 'empty' };
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, error: 'notANumber' };
  const parts = /^(.*?)\s*(?:期|个月|次|天|日)?$/.exec(input)!;
  const decimal = readDecimal(parts[1]);
  if (!decimal.ok) return decimal;
  const { whole, fraction, negative } = decimal.value;
  if (negative) return { ok: false, error: 'negative' };
  if (/[1-9]/.test(fraction)) return { ok: false, error: 'notWhole' };
  const count = digitsToNumber(whole);
  if (count === 0) return { ok: false, error: 'zero' };
  if (count > max) return { ok: false, error: 'tooLarge' };
  return { ok: true, count };
}

export type PercentError = 'empty' | 'notANumber' | 'badGrouping' | 'negative' | 'tooManyDecimals' | 'zero' | 'tooLarge';
export type PercentResult = { ok: true; rate: number } | { ok: false; error: PercentError };

/**
 * A rate typed in percent, as a fraction: `3` → 0.03, `3.45%`, `３．４５％`, `3.45 %`.
 * More than 100% or more than 4 decimals is a typo for any rate the app asks for (the LPR is quoted
 * to 2 decimals); zero is refused, because a rate the app asks for is never zero.
 */
export function parsePercent(text: string): PercentResult {
  const input = toHalfWidth(text).trim();
  if (input === '') return { ok: false, error: 'empty' };
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, error: 'notANumber' };
  const decimal = readDecimal(/^(.*?)\s*%?$/s.exec(input)![1]);
  if (!decimal.ok) return decimal;
  const { whole, fraction, negative } = decimal.value;
  if (negative) return { ok: false, error: 'negative' };
  if (fraction.length > 4) return { ok: false, error: 'tooManyDecimals' };
  // In ten-thousandths of a percent: whole digits, so the fraction is exact before the one division.
  const units = digitsToNumber(whole + fraction.padEnd(4, '0'));
  if (units === 0) return { ok: false, error: 'zero' };
  if (units > 100 * 10_000) return { ok: false, error: 'tooLarge' };
  return { ok: true, rate: units / 1_000_000 };
}

/**
 * `¥8,500.00` in every locale: the narrow symbol, because the app is only about yuan
 * and `CN¥` (what en and zh-TW show by default) reads as a different currency to many users.
 */
export function formatYuan(fen: number, locale: string): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    signDisplay: 'negative',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(fen / 100);
}

/** A rate as people write it, two decimals: 0.69 → `69.00%`, the precision lenders and caps are quoted in. */
export function formatPercent(rate: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(rate);
}
