import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page.tsx';
import { copyText, download } from '../share.ts';
import { toCsv, CSV_COLUMNS } from './csv.ts';
import { dayLabel } from './dates.ts';
import { EVENTS, KINDS, toLocalDateTime, type LogEntry } from './entry.ts';
import { FLAG_IDS, type FlagReport } from './flags.ts';
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

  const csv = () => {
    const labels = {
      statement: t('csv.statement', { exported }),
      headings: Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`csv.headings.${c}`)])) as Record<(typeof CSV_COLUMNS)[number], string>,
      kinds: Object.fromEntries(KINDS.map((k) => [k, t(`kinds.${k}`)])) as Record<(typeof KINDS)[number], string>,
      events: Object.fromEntries(EVENTS.map((e) => [e, t(`events.${e}`)])) as Record<(typeof EVENTS)[number], string>,
      flags: Object.fromEntries(FLAG_IDS.map((f) => [f, t(`flags.${f}.title`)])) as Record<(typeof FLAG_IDS)[number], string>,
      separator: t('csv.separator'),
    };
    download(`${t('timeline.fileName')}-${exported.slice(0, 10)}.csv`, toCsv(entries, report, labels), 'text/csv;charset=utf-8');
  };
  const copy = async () => setStatus(t((await copyText(timelineText(t, i18n.language, statement, entries, report))) ? 'timeline.copied' : 'timeline.copyFailed'));

  return (
    <Page heading={t('timeline.title')} focusKey="log-timeline" before={<Link className="back-link" to="/log">{t('form.back')}</Link>}>
      <p className="statement">{statement}</p>
      {entries.length === 0 ? <p>{t('page.empty')}</p> : <Timeline entries={entries} report={report} language={i18n.language} />}
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

function Timeline({ entries, report, language }: { entries: LogEntry[]; report: FlagReport; language: string }) {
  const { t } = useTranslation('log');
  let day = '';
  return (
    <ol className="timeline">
      {entries.map((entry) => {
        const newDay = entry.at.slice(0, 10) !== day;
        day = entry.at.slice(0, 10);
        const flags = report.entries.get(entry.id) ?? [];
        return (
          <li key={entry.id} className="timeline-entry">
            {newDay && <h2 className="timeline-day">{dayLabel(day, language, { alwaysYear: true })}</h2>}
            <p>
              <strong>{entry.at.slice(11)}</strong> {t(`kinds.${entry.kind}`)}
            </p>
            <dl>
              {(['organisation', 'lender', 'phone', 'name'] as const)
                .filter((f) => entry[f])
                .map((f) => (
                  <div key={f}>
                    <dt>{t(`fields.${f}`)}</dt>
                    <dd>{entry[f]}</dd>
                  </div>
                ))}
              {entry.events.length > 0 && (
                <div>
                  <dt>{t('fields.events')}</dt>
                  <dd>{entry.events.map((e) => t(`events.${e}`)).join(t('csv.separator'))}</dd>
                </div>
              )}
              {entry.visitors !== undefined && (
                <div>
                  <dt>{t('fields.visitors')}</dt>
                  <dd>{entry.visitors}</dd>
                </div>
              )}
              {entry.note && (
                <div>
                  <dt>{t('fields.note')}</dt>
                  <dd className="note">{entry.note}</dd>
                </div>
              )}
              {flags.length > 0 && (
                <div>
                  <dt>{t('csv.headings.flags')}</dt>
                  <dd>{flags.map((f) => t(`flags.${f}.title`)).join(t('csv.separator'))}</dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
