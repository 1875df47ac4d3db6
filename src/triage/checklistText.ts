import type { TFunction } from 'i18next';
import type { ChecklistItem } from './checklistItems.ts';
import { citeText } from '../law/citeText.ts';
import { law, type ChannelId, type CitationId } from '../law/law.ts';
import type { IsoDate } from '../lib/isoDate.ts';
import { DEADLINE_ITEMS, isDeadlineItem, periodDays, type ServiceDates } from '../case/serviceDates.ts';
import { dayWithWeekday } from '../lib/intl.ts';
import { lastDayOf, leftText } from './lastDay.ts';

/** The saved dates of service, with the day and language they are read in, for the deadlines at the top. */
export type CourtDates = { dates: ServiceDates; today: IsoDate; language: string };

/** The text's marks for a date kept on one line on screen (`<n>…</n>`), which plain text does without. */
const plain = (text: string) => text.replace(/<\/?n>/g, '');

function citeLines(t: TFunction, tt: TFunction, cites: readonly CitationId[] = [], channels: readonly ChannelId[] = []): string[] {
  return [
    ...cites.map((id) => {
      const unconfirmed = law.rules[law.citations[id].rule].inForce === 'unconfirmed';
      return `  · ${citeText(t, tt, id)}${unconfirmed ? ` ${t('inForceUnconfirmed')}` : ''}`;
    }),
    ...channels.map((id) => `  · ${tt(`channels.${id}.name`)}`),
  ];
}

/** What the court deadline panel says of one paper, as lines: nothing for a paper with no date of service. */
function deadlineLines(t: TFunction, tt: TFunction, item: ChecklistItem, { dates, today, language }: CourtDates): string[] {
  if (!isDeadlineItem(item.id)) return [];
  const paper = DEADLINE_ITEMS[item.id];
  const days = periodDays(paper, dates.judgmentKind);
  const title = tt(`checklist.${item.id}.title`);
  if (days === undefined) return [title, `  ${t('deadline.smallClaims')}`, ''];
  const served = dates.served[paper];
  if (!served) return [];
  const { deadline, actBy, left, dataThrough, cites, channels } = lastDayOf(paper, served, days, today);
  const day = (date: IsoDate) => dayWithWeekday(language, date);
  return [
    title,
    `  ${t('deadline.servedOn', { date: day(served) })}`,
    `  ${plain(t('deadline.lastDay', { date: day(actBy) }))} ${leftText(t, left)}`,
    ...(deadline.extended ? [`  ${plain(t('deadline.extended', { date: day(deadline.extended), first: day(actBy) }))}`] : []),
    ...(deadline.workingWeekend ? [`  ${t('deadline.workingWeekend')}`] : []),
    ...(deadline.uncoveredYear ? [`  ${t('deadline.uncovered', { year: deadline.uncoveredYear })}`] : []),
    ...(dataThrough ? [`  ${t('deadline.dataThrough', { year: dataThrough })}`] : []),
    ...(left < 0 ? [`  ${t('deadline.passedWhat')}`] : []),
    ...citeLines(t, tt, cites, channels),
    '',
  ];
}

/**
 * The checklist as plain text, for copying and sharing: first the last day of each court paper
 * with a date of service, as the panel at the top shows it, then every item with its reasons and rules.
 */
export function checklistText(t: TFunction, tt: TFunction, result: string, items: ChecklistItem[], ticks: Record<string, true>, court: CourtDates): string {
  const lines = [tt(`nodes.${result}.title`), tt(`nodes.${result}.intro`), t('checklist.disclaimer'), ''];
  const deadlines = items.flatMap((item) => deadlineLines(t, tt, item, court));
  if (deadlines.length > 0) lines.push(t('checklist.groupHeading', { group: t('checklist.todayHeading') }), ...deadlines);
  let group = '';
  for (const item of items) {
    if (item.group !== group) {
      group = item.group;
      lines.push(t('checklist.groupHeading', { group: tt(`groups.${group}`) }));
    }
    lines.push(`${ticks[item.id] ? '☑' : '☐'} ${tt(`checklist.${item.id}.title`)}`, `  ${tt(`checklist.${item.id}.why`)}`);
    lines.push(...citeLines(t, tt, item.cites, item.channels));
    lines.push('');
  }
  return lines.join('\n').trim() + '\n';
}
