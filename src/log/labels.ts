import type { TFunction } from 'i18next';
import { EVENTS, KINDS, type Kind, type LogEvent } from '../case/log/entry.ts';
import { FLAG_IDS, type FlagId } from '../case/log/flags.ts';

/** The fields an entry shows under its time, in this order. */
export const SHOWN_FIELDS = ['organisation', 'lender', 'phone', 'name', 'events', 'visitors', 'note'] as const;
export type ShownField = (typeof SHOWN_FIELDS)[number];

/** The words every entry repeats: its kind, its events, its flags and the names of its fields. */
export type EntryLabels = {
  kinds: Record<Kind, string>;
  events: Record<LogEvent, string>;
  flags: Record<FlagId, string>;
  fields: Record<ShownField, string>;
  /** The heading over an entry's flags ("App 提示"). */
  flagsHeading: string;
  /** Joins several events or flags ("、" in Chinese). */
  separator: string;
};

const table = <K extends string>(keys: readonly K[], name: (key: K) => string) => Object.fromEntries(keys.map((key) => [key, name(key)])) as Record<K, string>;

/**
 * Translated once per screen, not once per entry: an i18next t() call walks namespaces,
 * fallbacks and interpolation, and a 5,000-entry timeline made some 40,000 of them, more than
 * half the time it took to open.
 */
export function entryLabels(t: TFunction<'log'>): EntryLabels {
  return {
    kinds: table(KINDS, (kind) => t(`kinds.${kind}`)),
    events: table(EVENTS, (event) => t(`events.${event}`)),
    flags: table(FLAG_IDS, (flag) => t(`flags.${flag}.title`)),
    fields: table(SHOWN_FIELDS, (field) => t(`fields.${field}`)),
    flagsHeading: t('csv.headings.flags'),
    separator: t('csv.separator'),
  };
}
