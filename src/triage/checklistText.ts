import type { TFunction } from 'i18next';
import type { ChecklistItem } from '../flow/checklist.ts';
import type { Law } from '../flow/schema.ts';

/** The checklist as plain text, for copying and sharing: every item keeps its reasons and rules. */
export function checklistText(t: TFunction, tt: TFunction, law: Law, result: string, items: ChecklistItem[], ticks: Record<string, true>): string {
  const lines = [tt(`nodes.${result}.title`), tt(`nodes.${result}.intro`), t('checklist.disclaimer'), ''];
  let group = '';
  for (const item of items) {
    if (item.group !== group) {
      group = item.group;
      lines.push(t('checklist.groupHeading', { group: tt(`groups.${group}`) }));
    }
    lines.push(`${ticks[item.id] ? '☑' : '☐'} ${tt(`checklist.${item.id}.title`)}`, `  ${tt(`checklist.${item.id}.why`)}`);
    for (const id of item.cites ?? []) {
      const cite = law.citations[id];
      const ref = t('citeRef', { rule: tt(`rules.${cite.rule}`), article: tt(`citations.${id}.article`) });
      lines.push(`  · ${ref}${t('checklist.kindSuffix', { kind: t(`kind.${law.rules[cite.rule].kind}`) })}`);
    }
    for (const id of item.channels ?? []) lines.push(`  · ${tt(`channels.${id}.name`)}`);
    lines.push('');
  }
  return lines.join('\n').trim() + '\n';
}
