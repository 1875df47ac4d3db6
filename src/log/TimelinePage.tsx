import { useEffect, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page.tsx';
import { copyText, download } from '../lib/share.ts';
import { toCsv, CSV_COLUMNS } from './csv.ts';
import { dayLabel } from './dates.ts';
import { imageAlt, Thumbnails } from './EntryImages.tsx';
import { toLocalDateTime, type LogEntry } from '../case/log/entry.ts';
import type { FlagId, FlagReport } from '../case/log/flags.ts';
import type { LogImage } from '../case/log/images.ts';
import { entryLabels, type EntryLabels } from './labels.ts';
import { useLog, type EntryImages } from '../case/log/logState.ts';
import { groupByDay, newestDays, usePrinting } from './paging.ts';
import { timelineText } from './timelineText.ts';

/**
 * Entries the screen shows at first and adds with each "show earlier", in whole days. More than
 * the list's page: the timeline is read through, and 200 entries still open at once.
 */
const ENTRIES_PER_PAGE = 200;

/**
 * The log as evidence: every entry, oldest first, dated and stating that the user wrote it.
 * Prints cleanly (the print stylesheet drops the app around it), copies as text, downloads as CSV.
 * A long log is shown from its latest days, with earlier ones a tap away; printing, copying and
 * downloading always take every entry.
 */
export function TimelinePage() {
  const { t, i18n } = useTranslation('log');
  const log = useLog();
  const [status, setStatus] = useState('');
  const [exported] = useState(() => toLocalDateTime(new Date()).replace('T', ' '));
  const [printing, setPrinting] = usePrinting();
  if (log.status !== 'ready') return <p role="status">{log.status === 'loading' ? t('page.loading') : t(`unavailable.${log.problem}`)}</p>;
  const { entries, report, images } = log;
  const statement = t('timeline.statement', { exported });

  const labels = entryLabels(t);
  const csv = () => {
    const headings = Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`csv.headings.${c}`)])) as Record<(typeof CSV_COLUMNS)[number], string>;
    download(
      `${t('timeline.fileName')}-${exported.slice(0, 10)}.csv`,
      toCsv(entries, report, { ...labels, statement: t('csv.statement', { exported }), headings }),
      'text/csv;charset=utf-8',
    );
  };
  // Every entry is in the page before the print starts, even where the browser sends no beforeprint.
  const print = () => {
    flushSync(() => setPrinting(true));
    window.print();
  };
  const copy = async () =>
    setStatus(t((await copyText(timelineText(t, i18n.language, statement, entries, report))) ? 'timeline.copied' : 'timeline.copyFailed'));

  return (
    <Page
      heading={t('timeline.title')}
      focusKey="log-timeline"
      before={
        <Link className="back-link" to="/log">
          {t('form.back')}
        </Link>
      }
    >
      <p className="statement">{statement}</p>
      {entries.length === 0 ? (
        <p>{t('page.empty')}</p>
      ) : (
        <Timeline entries={entries} report={report} images={images} labels={labels} language={i18n.language} all={printing} />
      )}
      <div className="actions no-print">
        <button type="button" className="button secondary" onClick={print}>
          {t('timeline.print')}
        </button>
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {t('timeline.copy')}
        </button>
        <button type="button" className="button secondary" onClick={csv}>
          {t('timeline.csv')}
        </button>
        <Link to="/log/evidence">{t('page.evidence')}</Link>
        <p role="status" className="status">
          {status}
        </p>
      </div>
    </Page>
  );
}

/** The entries oldest first, from the latest days unless `all`, with the control that shows earlier ones. */
function Timeline({
  entries,
  report,
  images,
  labels,
  language,
  all,
}: {
  entries: LogEntry[];
  report: FlagReport;
  images: EntryImages;
  labels: EntryLabels;
  language: string;
  all: boolean;
}) {
  const { t } = useTranslation('log');
  const [pages, setPages] = useState(1);
  const firstDay = useRef<HTMLHeadingElement>(null);
  const revealed = useRef(false);
  // After "show earlier", reading goes on from the first day it brought, so focus goes there: a
  // screen reader reads it next, and focus is not lost when the button goes with nothing left to show.
  useEffect(() => {
    if (revealed.current) firstDay.current?.focus();
    revealed.current = false;
  }, [pages]);
  const showMore = (next: number) => {
    revealed.current = true;
    setPages(next);
  };

  const byDay = groupByDay(entries);
  const newestFirst = [...byDay.keys()].reverse();
  const shownDays = (all ? newestFirst : newestDays(newestFirst, byDay, pages * ENTRIES_PER_PAGE)).reverse();
  const shown = shownDays.flatMap((day) => byDay.get(day)!);
  const hiddenDays = newestFirst.length - shownDays.length;
  return (
    <>
      {hiddenDays > 0 && (
        <>
          <div className="pager no-print">
            <p>{t('timeline.shownLatest', { shown: shown.length, total: entries.length })}</p>
            <button type="button" className="button secondary" onClick={() => showMore(pages + 1)}>
              {t('page.showEarlier', { count: hiddenDays })}
            </button>
            {/* Every day at once, for reading it all or finding a number in the page; it says how many, as thousands take a phone seconds. */}
            <button type="button" className="button secondary" onClick={() => showMore(Infinity)}>
              {t('timeline.showAll', { total: entries.length })}
            </button>
          </div>
          {/* Printed only if the browser printed without saying so first (no beforeprint): the printout says it is partial. */}
          <p className="print-only notice">{t('timeline.partialPrint', { shown: shown.length, total: entries.length })}</p>
        </>
      )}
      <ol className="timeline">
        {shown.map((entry, i) => {
          const newDay = i === 0 || entry.at.slice(0, 10) !== shown[i - 1].at.slice(0, 10);
          return (
            <TimelineEntry
              key={entry.id}
              entry={entry}
              flags={report.entries.get(entry.id) ?? []}
              images={images.get(entry.id) ?? []}
              labels={labels}
              day={newDay ? dayLabel(entry.at.slice(0, 10), language, { alwaysYear: true }) : undefined}
              dayRef={i === 0 ? firstDay : undefined}
            />
          );
        })}
      </ol>
    </>
  );
}

/** One entry as evidence: its time and kind, then each field it has; `day` heads the first entry of a day. */
function TimelineEntry({
  entry,
  flags,
  images,
  labels,
  day,
  dayRef,
}: {
  entry: LogEntry;
  flags: readonly FlagId[];
  images: readonly LogImage[];
  labels: EntryLabels;
  day?: string;
  dayRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation('log');
  const row = (field: string, label: string, value: string | number, className?: string) => (
    <div key={field}>
      <dt>{label}</dt>
      <dd className={className}>{value}</dd>
    </div>
  );
  return (
    <li className="timeline-entry">
      {day && (
        <h2 className="timeline-day" ref={dayRef} tabIndex={dayRef ? -1 : undefined}>
          {day}
        </h2>
      )}
      <p>
        <strong className="time">{entry.at.slice(11)}</strong> {labels.kinds[entry.kind]}
      </p>
      <dl>
        {(['organisation', 'lender', 'phone', 'name'] as const).filter((f) => entry[f]).map((f) => row(f, labels.fields[f], entry[f]))}
        {entry.events.length > 0 && row('events', labels.fields.events, entry.events.map((e) => labels.events[e]).join(labels.separator))}
        {entry.visitors !== undefined && row('visitors', labels.fields.visitors, entry.visitors)}
        {entry.note && row('note', labels.fields.note, entry.note, 'note')}
        {flags.length > 0 && row('flags', labels.flagsHeading, flags.map((f) => labels.flags[f]).join(labels.separator))}
      </dl>
      <Thumbnails images={images} alt={(n) => imageAlt(t, labels.kinds[entry.kind], entry.at, n)} />
    </li>
  );
}
