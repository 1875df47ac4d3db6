import type { TFunction } from 'i18next';
import { dayLabel } from './dates.ts';
import type { LogEntry } from './entry.ts';
import type { FlagReport } from './flags.ts';

/** The timeline as plain text, for pasting into a complaint or a message: the same facts as the printed page. */
export function timelineText(t: TFunction<'log'>, language: string, statement: string, entries: readonly LogEntry[], report: FlagReport): string {
  const lines = [t('timeline.title'), statement];
  let day = '';
  for (const entry of entries) {
    if (entry.at.slice(0, 10) !== day) {
      day = entry.at.slice(0, 10);
      lines.push('', dayLabel(day, language, { alwaysYear: true }));
    }
    lines.push(`${entry.at.slice(11)} ${t(`kinds.${entry.kind}`)}`);
    const line = (label: string, value: string | number) => lines.push(`  ${t('timeline.line', { label, value })}`);
    const list = (keys: string[]) => keys.map((key) => t(key)).join(t('csv.separator'));
    for (const field of ['organisation', 'lender', 'phone', 'name'] as const) if (entry[field]) line(t(`fields.${field}`), entry[field]);
    if (entry.events.length) line(t('fields.events'), list(entry.events.map((e) => `events.${e}`)));
    if (entry.visitors !== undefined) line(t('fields.visitors'), entry.visitors);
    if (entry.note) line(t('fields.note'), entry.note);
    const flags = report.entries.get(entry.id) ?? [];
    if (flags.length) line(t('csv.headings.flags'), list(flags.map((f) => `flags.${f}.title`)));
  }
  return lines.join('\n') + '\n';
}
