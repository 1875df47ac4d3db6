import type { TFunction } from 'i18next';
import type { LogEntry } from './entry.ts';

/** One line for an entry: how they made contact, who they said they were, what happened. */
export function entrySummary(t: TFunction<'log'>, entry: LogEntry): string {
  const who = entry.organisation || entry.name || entry.phone;
  const events = entry.events.map((e) => t(`events.${e}`)).join(t('csv.separator'));
  return [t(`kinds.${entry.kind}`), who, events].filter(Boolean).join(' · ');
}
