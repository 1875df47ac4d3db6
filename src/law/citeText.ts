import type { TFunction } from 'i18next';
import { law, type CitationId } from './law.ts';

/**
 * A citation as plain text, with its kind so a standard never reads as a law:
 * "《中华人民共和国民法典》第546条（法律）". `t` reads the UI namespace, `tt` the triage one.
 */
export function citeText(t: TFunction, tt: TFunction, id: CitationId): string {
  const cite = law.citations[id];
  const ref = t('citeRef', { rule: tt(`rules.${cite.rule}`), article: tt(`citations.${id}.article`) });
  return ref + t('checklist.kindSuffix', { kind: t(`kind.${law.rules[cite.rule].kind}`) });
}
