import type { TFunction } from 'i18next';
import type { ChecklistItem } from './checklistItems.ts';
import { citeText } from '../law/citeText.ts';
import { law } from '../law/law.ts';

/** The checklist as plain text, for copying and sharing: every item keeps its reasons and rules. */
export function checklistText(t: TFunction, tt: TFunction, result: string, items: ChecklistItem[], ticks: Record<string, true>): string {
  const lines = [tt(`nodes.${result}.title`), tt(`nodes.${result}.intro`), t('checklist.disclaimer'), ''];
  let group = '';
  for (const item of items) {
    if (item.group !== group) {
      group = item.group;
      lines.push(t('checklist.groupHeading', { group: tt(`groups.${group}`) }));
    }
    lines.push(`${ticks[item.id] ? '☑' : '☐'} ${tt(`checklist.${item.id}.title`)}`, `  ${tt(`checklist.${item.id}.why`)}`);
    for (const id of item.cites ?? []) {
      const unconfirmed = law.rules[law.citations[id].rule].inForce === 'unconfirmed';
      lines.push(`  · ${citeText(t, tt, id)}${unconfirmed ? ` ${t('inForceUnconfirmed')}` : ''}`);
    }
    for (const id of item.channels ?? []) lines.push(`  · ${tt(`channels.${id}.name`)}`);
    lines.push('');
  }
  return lines.join('\n').trim() + '\n';
}
