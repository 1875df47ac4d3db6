import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page.tsx';
import { copyText, download } from '../share.ts';
import { toCsv, CSV_COLUMNS } from './csv.ts';
import { dayLabel } from './dates.ts';
import { toLocalDateTime, type LogEntry } from './entry.ts';
import type { FlagId, FlagReport } from './flags.ts';
import { entryLabels, type EntryLabels } from './labels.ts';
import { useLog } from './logState.ts';
import { timelineText } from './timelineText.ts';

/**
 * The log as evidence: every entry, oldest first, dated and stating that the user wrote it.
 * Prints cleanly (the print stylesheet drops the app around it), copies as text, downloads as CSV.
 */
export function TimelinePage() {
  const { t, i18n } = useTranslation('log');
  const log = useLog();
  const [status, setStatus] = useState('');
  const [exported] = useState(() => toLocalDateTime(new Date()).replace('T', ' '));
  if (log.status !== 'ready') return <p role="status">{log.status === 'loading' ? t('page.loading') : t(`unavailable.${log.problem}`)}</p>;
  const { entries, report } = log;
  const statement = t('timeline.statement', { exported });

  const labels = entryLabels(t);
  const csv = () => {
    const headings = Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`csv.headings.${c}`)])) as Record<(typeof CSV_COLUMNS)[number], string>;
    download(`${t('timeline.fileName')}-${exported.slice(0, 10)}.csv`, toCsv(entries, report, { ...labels, statement: t('csv.statement', { exported }), headings }), 'text/csv;charset=utf-8');
  };
  const copy = async () => setStatus(t((await copyText(timelineText(t, i18n.language, statement, entries, report))) ? 'timeline.copied' : 'timeline.copyFailed'));

  return (
    <Page heading={t('timeline.title')} focusKey="log-timeline" before={<Link className="back-link" to="/log">{t('form.back')}</Link>}>
      <p className="statement">{statement}</p>
      {entries.length === 0 ? <p>{t('page.empty')}</p> : <Timeline entries={entries} report={report} labels={labels} language={i18n.language} />}
      <div className="actions no-print">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('timeline.print')}
        </button>
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {t('timeline.copy')}
        </button>
        <button type="button" className="button secondary" onClick={csv}>
          {t('timeline.csv')}
        </button>
        <p role="status" className="status">
          {status}
        </p>
      </div>
    </Page>
  );
}

function Timeline({ entries, report, labels, language }: { entries: LogEntry[]; report: FlagReport; labels: EntryLabels; language: string }) {
  let day = '';
  return (
    <ol className="timeline">
      {entries.map((entry) => {
        const newDay = entry.at.slice(0, 10) !== day;
        day = entry.at.slice(0, 10);
        return <TimelineEntry key={entry.id} entry={entry} flags={report.entries.get(entry.id) ?? []} labels={labels} day={newDay ? dayLabel(day, language, { alwaysYear: true }) : undefined} />;
      })}
    </ol>
  );
}

/** One entry as evidence: its time and kind, then each field it has; `day` heads the first entry of a day. */
function TimelineEntry({ entry, flags, labels, day }: { entry: LogEntry; flags: readonly FlagId[]; labels: EntryLabels; day?: string }) {
  const row = (field: string, label: string, value: string | number, className?: string) => (
    <div key={field}>
      <dt>{label}</dt>
      <dd className={className}>{value}</dd>
    </div>
  );
  return (
    <li className="timeline-entry">
      {day && <h2 className="timeline-day">{day}</h2>}
      <p>
        <strong>{entry.at.slice(11)}</strong> {labels.kinds[entry.kind]}
      </p>
      <dl>
        {(['organisation', 'lender', 'phone', 'name'] as const).filter((f) => entry[f]).map((f) => row(f, labels.fields[f], entry[f]))}
        {entry.events.length > 0 && row('events', labels.fields.events, entry.events.map((e) => labels.events[e]).join(labels.separator))}
        {entry.visitors !== undefined && row('visitors', labels.fields.visitors, entry.visitors)}
        {entry.note && row('note', labels.fields.note, entry.note, 'note')}
        {flags.length > 0 && row('flags', labels.flagsHeading, flags.map((f) => labels.flags[f]).join(labels.separator))}
      </dl>
    </li>
  );
}
