import { byTime, EVENTS, type Kind, type LogEntry, type LogEvent } from '../case/log/entry.ts';
import type { FlagId, FlagReport } from '../case/log/flags.ts';

export const CSV_COLUMNS = ['date', 'time', 'kind', 'organisation', 'lender', 'phone', 'name', 'events', 'visitors', 'flags', 'note'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Everything the export says in words, translated by the caller. */
export type CsvLabels = {
  /** The first line: the user wrote this record (and, if the caller adds it, when it was exported). */
  statement: string;
  headings: Record<CsvColumn, string>;
  kinds: Record<Kind, string>;
  events: Record<LogEvent, string>;
  flags: Record<FlagId, string>;
  /** Joins several events or flags in one cell ("、" in Chinese). */
  separator: string;
};

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"),
 * so a note like "=HYPERLINK(…)" could act when the file is opened. A leading apostrophe makes
 * it plain text; it shows, which is the accepted price.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, RFC 4180: quoted when it holds a quote, a comma or a line break; quotes doubled. */
function field(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The log as CSV text, oldest first. Starts with a byte-order mark, without which Excel and
 * WPS read UTF-8 as the local code page and garble Chinese; lines end in CRLF as RFC 4180 and
 * Excel expect. The caller saves it as `text/csv;charset=utf-8`.
 */
export function toCsv(entries: readonly LogEntry[], flags: FlagReport, labels: CsvLabels): string {
  const list = (ids: readonly string[], names: Record<string, string>) => ids.map((id) => names[id]).join(labels.separator);
  const rows = [
    [labels.statement],
    CSV_COLUMNS.map((column) => labels.headings[column]),
    ...[...entries].sort(byTime).map((entry) => [
      entry.at.slice(0, 10),
      entry.at.slice(11),
      labels.kinds[entry.kind],
      entry.organisation,
      entry.lender,
      entry.phone,
      entry.name,
      list(
        EVENTS.filter((event) => entry.events.includes(event)),
        labels.events,
      ),
      entry.visitors === undefined ? '' : String(entry.visitors),
      list(flags.entries.get(entry.id) ?? [], labels.flags),
      entry.note,
    ]),
  ];
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
