import { useTranslation } from 'react-i18next';
import type { Texts } from './drafts.ts';

/** The translation functions a draft is written with, in the language shown. */
export function useDraftTexts(): Texts {
  const { t, i18n } = useTranslation('letters');
  const { t: ui } = useTranslation();
  const { t: tt } = useTranslation('triage');
  const { t: log } = useTranslation('log');
  return { t, ui, tt, log, language: i18n.language };
}
