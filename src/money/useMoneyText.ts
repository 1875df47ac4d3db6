import { useTranslation } from 'react-i18next';
import { formatPercent, formatYuan } from '../lib/amount.ts';
import { dateFormat } from '../lib/intl.ts';
import type { Problem } from '../case/money/formReading.ts';

/**
 * Beyond ±10,000% a year more digits tell nothing (a typo in a date gets there, and so do the worst
 * loans: 2,000 received for 12 × 1,000 is 12,468% compound), and written out a rate can run to a
 * hundred digits or be too large for a number at all (Infinity), so it is shown as beyond this.
 */
const RATE_SHOWN_UP_TO = 100;

/** Money, rates and months the way people write them, in the language shown: ¥8,500.00, 69.00% and 2026年9月. */
export function useMoneyFormat() {
  const { t, i18n } = useTranslation('money');
  const percent = (rate: number) => {
    if (Math.abs(rate) < RATE_SHOWN_UP_TO) return formatPercent(rate, i18n.language);
    return t(rate > 0 ? 'rateAbove' : 'rateBelow', { rate: formatPercent(Math.sign(rate) * RATE_SHOWN_UP_TO, i18n.language) });
  };
  // A month as YYYY-MM; its first day at UTC, so no time zone moves it into the month before.
  const month = (yearMonth: string) =>
    dateFormat(i18n.language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${yearMonth}-01T00:00:00Z`));
  return { yuan: (fen: number) => formatYuan(fen, i18n.language), percent, month };
}

/**
 * A form's problems as messages that name their field, for the error summary (`summary`) and for
 * the field itself (`errorFor`). Element ids are the form's prefix and the problem's field.
 */
export function useProblemMessages(problems: readonly Problem[], prefix: string) {
  const { t } = useTranslation('money');
  const summary = problems.map((problem) => ({
    field: `${prefix}-${problem.field}`,
    message: t(`errors.${problem.code}`, { field: t(`names.${problem.name}`, { n: problem.n }), max: problem.max }),
  }));
  return { summary, errorFor: (field: string) => summary.find((p) => p.field === `${prefix}-${field}`)?.message };
}
