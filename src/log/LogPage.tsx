import { useState, type FormEvent } from 'react';
import type { Case } from '../case/case.ts';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { hasMarks, StatusMarksNote } from '../law/Citations.tsx';
import { TextField } from '../components/fields.tsx';
import { Page } from '../components/Page.tsx';
import { ContactChart } from './ContactChart.tsx';
import { imageAlt, Thumbnails } from './EntryImages.tsx';
import { dayLabel } from './dates.ts';
import { FIELD_MAX, toLocalDateTime, validateConsent, type ConsentError, type LogEntry } from '../case/log/entry.ts';
import { FlagExplanation, FlagTags } from './FlagExplanation.tsx';
import { breachCounts, breachIn, channelsIn, dailyCounts, FLAG_IDS, FLAG_RULES, type FlagId, type FlagReport } from '../case/log/flags.ts';
import { addConsent, removeConsent, useLog, type EntryImages, type LogState } from '../case/log/logState.ts';
import { groupByDay, newestDays } from './paging.ts';
import { QuickEntry } from './QuickEntry.tsx';
import { useLogCase } from './useLogCase.ts';

/** Entries shown at first and added by each "show earlier" (whole days, so a day is never cut). */
const ENTRIES_PER_PAGE = 50;

/** The contact log: add an entry, see the pattern and what it adds up to, export it. */
export function LogPage() {
  const { t } = useTranslation('log');
  const log = useLog();
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  return (
    <Page heading={t('page.title')} focusKey="log">
      {saved && (
        <p role="status" className="notice">
          {t('page.saved')}
        </p>
      )}
      <p className="lead">{t('page.lead')}</p>
      {/* First and biggest: right after a call, three taps. The full form is for detail. */}
      {log.status !== 'unavailable' && <QuickEntry entries={log.status === 'ready' ? log.entries : []} />}
      <Link className="button secondary" to="/log/new">
        {t('page.add')}
      </Link>
      <LogBody log={log} />
    </Page>
  );
}

function LogBody({ log }: { log: LogState }) {
  const { t } = useTranslation('log');
  const theCase = useLogCase();
  if (log.status === 'loading') return <p role="status">{t('page.loading')}</p>;
  if (log.status === 'unavailable') return <p className="notice">{t(`unavailable.${log.problem}`)}</p>;
  const { entries, report, skipped, images } = log;
  const isBreach = breachIn(theCase);
  const perDay = dailyCounts(entries, report, isBreach);
  const breaches = breachCounts(report, isBreach);
  return (
    <>
      {skipped > 0 && <p className="notice">{t('skipped', { count: skipped })}</p>}
      {entries.length === 0 ? (
        <p>{t('page.empty')}</p>
      ) : (
        <>
          <p>
            <Trans t={t} i18nKey="page.summary" count={entries.length} values={{ flagged: breaches.entries }} components={{ n: <span className="nowrap" /> }} />
            {breaches.byFlag.size > 0 && (
              <>
                {' '}
                <Trans t={t} i18nKey="page.summaryKinds" count={breaches.byFlag.size} components={{ n: <span className="nowrap" /> }} />
              </>
            )}
          </p>
          <section aria-labelledby="chart-heading">
            <h2 id="chart-heading">{t('page.chartHeading')}</h2>
            <ContactChart counts={perDay} today={toLocalDateTime(new Date()).slice(0, 10)} />
          </section>
          <FlagsFound report={report} breaches={breaches.byFlag} theCase={theCase} />
          <Entries entries={entries} report={report} theCase={theCase} images={images} />
          <section aria-labelledby="export-heading">
            <h2 id="export-heading">{t('page.exportHeading')}</h2>
            <ul className="links">
              <li>
                <Link to="/log/evidence">{t('page.evidence')}</Link>
              </li>
              <li>
                <Link to="/log/timeline">{t('page.timeline')}</Link>
              </li>
              <li>
                <Link to="/log/backup">{t('page.backup')}</Link>
              </li>
            </ul>
          </section>
        </>
      )}
      <Consents log={log} />
      {entries.length === 0 && (
        <p>
          <Link className="inline-link" to="/log/backup">
            {t('page.restore')}
          </Link>
        </p>
      )}
    </>
  );
}

/**
 * Each flag the log holds, once, with how many entries raised it and the rules behind it: first
 * the possible breaches (`breaches`, what the summary counts), then what is only worth knowing.
 */
function FlagsFound({ report, breaches, theCase }: { report: FlagReport; breaches: ReadonlyMap<FlagId, number>; theCase: Case }) {
  const { t } = useTranslation('log');
  const counts = new Map<FlagId, number>();
  for (const flags of report.entries.values()) for (const flag of flags) counts.set(flag, (counts.get(flag) ?? 0) + 1);
  const found = FLAG_IDS.filter((flag) => counts.has(flag));
  const sections = [
    { id: 'flags', flags: [...breaches.keys()] },
    { id: 'notable', flags: found.filter((flag) => !breaches.has(flag)) },
  ];
  const shown = sections.filter((section) => section.flags.length > 0);
  return (
    <>
      {shown.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-heading`}>
          <h2 id={`${section.id}-heading`}>{t(`page.${section.id}Heading`)}</h2>
          <p>{t(`page.${section.id}Lead`)}</p>
          <ul className="checklist">
            {section.flags.map((flag) => (
              <FlagExplanation key={flag} flag={flag} count={counts.get(flag)} channels={channelsIn(flag, theCase)} />
            ))}
          </ul>
        </section>
      ))}
      {/* The marks are in the flags' citations; a practical warning cites nothing, so it needs no note. */}
      {found.some((flag) => hasMarks(FLAG_RULES[flag].cites, channelsIn(flag, theCase))) && <StatusMarksNote />}
    </>
  );
}

/**
 * Newest day first; each day with the flags it adds up to (where it has more than one entry: for
 * one, they would be the entry's own tags twice), each entry a link to change it.
 */
function Entries({ entries, report, theCase, images }: { entries: LogEntry[]; report: FlagReport; theCase: Case; images: EntryImages }) {
  const { t, i18n } = useTranslation('log');
  const [pages, setPages] = useState(1);
  const byDay = groupByDay(entries);
  const days = [...byDay.keys()].reverse();
  const shown = newestDays(days, byDay, pages * ENTRIES_PER_PAGE);
  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">{t('page.entriesHeading')}</h2>
      {shown.map((day) => (
        <section key={day} className="log-day" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>{dayLabel(day, i18n.language)}</h3>
          {byDay.get(day)!.length > 1 && <FlagTags flags={report.days.get(day) ?? []} theCase={theCase} />}
          <ol className="log-entries">
            {[...(byDay.get(day) ?? [])].reverse().map((entry) => (
              <li key={entry.id} className="log-entry">
                <Link to={`/log/${entry.id}`}>
                  <span className="time">{entry.at.slice(11)}</span>{' '}
                  <span>
                    <EntrySummary entry={entry} />
                  </span>
                </Link>
                <FlagTags flags={report.entries.get(entry.id) ?? []} theCase={theCase} />
                <Thumbnails images={images.get(entry.id) ?? []} alt={(n) => imageAlt(t, t(`kinds.${entry.kind}`), entry.at, n)} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {shown.length < days.length && (
        <button type="button" className="button secondary" onClick={() => setPages(pages + 1)}>
          {t('page.showEarlier', { count: days.length - shown.length })}
        </button>
      )}
    </section>
  );
}

/**
 * One line for an entry: how they made contact, who they said they were, what happened. Who is
 * the user's own text, possibly pasted with bidi controls (an RLO would reverse the rest of the
 * line), so it is isolated in a <bdi>.
 */
function EntrySummary({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation('log');
  const who = entry.organisation || entry.name || entry.phone;
  const events = entry.events.map((e) => t(`events.${e}`)).join(t('csv.separator'));
  return (
    <>
      {t(`kinds.${entry.kind}`)}
      {who && (
        <>
          {' · '}
          <bdi>{who}</bdi>
        </>
      )}
      {events && ` · ${events}`}
    </>
  );
}

/** "I agreed they may contact me at night": recorded agreements stop the night flag. */
function Consents({ log }: { log: Extract<LogState, { status: 'ready' }> }) {
  const { t } = useTranslation('log');
  const [organisation, setOrganisation] = useState('');
  const [problem, setProblem] = useState<ConsentError | undefined>();
  const [failed, setFailed] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const error = validateConsent(organisation);
    setProblem(error);
    setFailed(false);
    // Not kept (storage full, say): the name stays in the field to try again.
    if (!error)
      void addConsent(organisation).then(
        () => setOrganisation(''),
        () => setFailed(true),
      );
  };
  return (
    <section aria-labelledby="consent-heading">
      <h2 id="consent-heading">{t('page.consentHeading')}</h2>
      <p className="hint">{t('consent.hint')}</p>
      {log.consents.length === 0 ? (
        <p>{t('page.consentNone')}</p>
      ) : (
        <ul className="consents">
          {log.consents.map((c) => (
            <li key={c.id}>
              <bdi>{c.organisation}</bdi>{' '}
              <button
                type="button"
                className="link-button danger"
                onClick={() => void removeConsent(c.id)}
                aria-label={t('page.consentRemove', { organisation: c.organisation })}
              >
                {t('page.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failed && (
        <p className="notice" role="alert">
          {t('form.saveFailed')}
        </p>
      )}
      <form className="inline-form" onSubmit={submit} noValidate>
        <TextField
          id="consent-organisation"
          label={t('consent.organisation')}
          value={organisation}
          onChange={setOrganisation}
          error={problem && t(`consent.errors.${problem}`, { max: FIELD_MAX })}
        />
        <button type="submit" className="button secondary">
          {t('consent.label')}
        </button>
      </form>
    </section>
  );
}
