import type { TFunction } from 'i18next';
import { dayLabel } from './dates.ts';
import type { LogEntry } from '../case/log/entry.ts';
import type { FlagReport } from '../case/log/flags.ts';
import { entryLabels } from './labels.ts';

/** The timeline as plain text, for pasting into a complaint or a message: the same facts as the printed page. */
export function timelineText(t: TFunction<'log'>, language: string, statement: string, entries: readonly LogEntry[], report: FlagReport): string {
  const labels = entryLabels(t);
  // "label：value" is translated once, with markers where the two go, and filled in for every
  // line by hand: thousands of entries would otherwise be tens of thousands of t() calls.
  const template = t('timeline.line', { label: '\u0001', value: '\u0002' });
  const lines = [t('timeline.title'), statement];
  const line = (label: string, value: string | number) => lines.push(`  ${template.replace('\u0001', () => label).replace('\u0002', () => String(value))}`);
  let day = '';
  for (const entry of entries) {
    if (entry.at.slice(0, 10) !== day) {
      day = entry.at.slice(0, 10);
      lines.push('', dayLabel(day, language, { alwaysYear: true }));
    }
    lines.push(`${entry.at.slice(11)} ${labels.kinds[entry.kind]}`);
    for (const field of ['organisation', 'lender', 'phone', 'name'] as const) if (entry[field]) line(labels.fields[field], entry[field]);
    if (entry.events.length) line(labels.fields.events, entry.events.map((e) => labels.events[e]).join(labels.separator));
    if (entry.visitors !== undefined) line(labels.fields.visitors, entry.visitors);
    if (entry.note) line(labels.fields.note, entry.note);
    const flags = report.entries.get(entry.id) ?? [];
    if (flags.length) line(labels.flagsHeading, flags.map((f) => labels.flags[f]).join(labels.separator));
  }
  return lines.join('\n') + '\n';
}
