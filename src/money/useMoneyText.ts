import { useTranslation } from 'react-i18next';
import { formatPercent, formatYuan } from './amount.ts';
import type { Problem } from './formReading.ts';

/** Money and rates the way people write them, in the language shown: ¥8,500.00 and 69.00%. */
export function useMoneyFormat() {
  const { i18n } = useTranslation();
  return { yuan: (fen: number) => formatYuan(fen, i18n.language), percent: (rate: number) => formatPercent(rate, i18n.language) };
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
