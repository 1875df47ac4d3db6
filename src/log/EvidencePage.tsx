import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Citations, StatusMarksNote } from '../law/Citations.tsx';
import { TextField } from '../components/fields.tsx';
import { Page } from '../components/Page.tsx';
import type { Details } from '../case/details.ts';
import { toLocalDateTime, type LogEntry } from '../case/log/entry.ts';
import { breachIn, FLAG_RULES } from '../case/log/flags.ts';
import { useLog } from '../case/log/logState.ts';
import { useLetterCase } from '../case/useLetterCase.ts';
import { imageAlt, objectUrl } from './EntryImages.tsx';
import { evidencePack, type PackImage, type PackViolation } from './evidencePack.ts';
import { entryLabels, type EntryLabels } from './labels.ts';
import { useLogCase } from './useLogCase.ts';

/** The times listed under a possible breach; the rest are in the table of contacts. */
const LISTED_TIMES = 30;

/** "2026-11-24 23:10": the form the table, the breaches and the captions all date things in. */
const when = (entry: LogEntry) => entry.at.replace('T', ' ');

/**
 * /log/evidence: the log as one document a complaint desk or the police can take, printed on A4
 * or saved as a PDF: who the user is, whom they owe and who collects, every contact, the possible
 * breaches with their rules, and the images under their entries' dates. The screen adds only a
 * bar with the print button and what the pack holds; the print stylesheet drops it and the app.
 */
export function EvidencePage() {
  const { t } = useTranslation('log');
  const log = useLog();
  // The flags are read in the case the log page reads them in, so the two count the same breaches.
  const theCase = useLogCase();
  // Name, contact, lender and agency as the letters have them: one saved copy, prefilled from the log.
  const { letterCase, saved, save } = useLetterCase();
  const [generated] = useState(() => toLocalDateTime(new Date()).replace('T', ' '));
  if (log.status === 'unavailable') return <p className="notice">{t(`unavailable.${log.problem}`)}</p>;
  if (log.status === 'loading' || !letterCase) return <p role="status">{t('page.loading')}</p>;
  const pack = evidencePack(log.entries, log.report, breachIn(theCase), log.images);
  const labels = entryLabels(t);
  const { details } = letterCase;

  return (
    <Page
      heading={t('evidence.title')}
      focusKey="log-evidence"
      before={
        <Link className="back-link" to="/log">
          {t('form.back')}
        </Link>
      }
    >
      <div className="pack-bar no-print">
        <p>
          <Trans
            t={t}
            i18nKey="evidence.holds"
            values={{ entries: t('evidence.entries', { count: pack.contacts.length }), images: t('evidence.images', { count: pack.images.length }) }}
            components={{ n: <span className="nowrap" /> }}
          />
        </p>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('evidence.print')}
        </button>
        <p className="hint">{t('evidence.printHint')}</p>
      </div>
      <p className="statement">{t('evidence.statement', { generated })}</p>

      <section aria-labelledby="pack-who">
        <h2 id="pack-who">{t('evidence.whoHeading')}</h2>
        <dl className="pack-facts">
          <Fact label={t('evidence.name')} value={details.yourName} />
          <Fact label={t('evidence.contact')} value={details.yourContact} />
        </dl>
        <YourDetails saved={saved} save={save} />
      </section>

      <section aria-labelledby="pack-parties">
        <h2 id="pack-parties">{t('evidence.partiesHeading')}</h2>
        <dl className="pack-facts">
          <Fact label={t('evidence.lender')} value={details.lenderName} />
          <Fact label={t('evidence.agency')} value={details.agencyName} />
        </dl>
        <p className="no-print">
          <Link className="inline-link" to="/letters/details">
            {t('evidence.partiesEdit')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="pack-contacts">
        <h2 id="pack-contacts">{t('evidence.contactsHeading', { count: pack.contacts.length })}</h2>
        {pack.contacts.length === 0 ? <p>{t('page.empty')}</p> : <ContactTable contacts={pack.contacts} labels={labels} />}
      </section>

      <section aria-labelledby="pack-violations">
        <h2 id="pack-violations">{t('evidence.violationsHeading')}</h2>
        {pack.violations.length === 0 ? <p>{t('evidence.noViolations')}</p> : <Violations violations={pack.violations} labels={labels} />}
      </section>

      <section aria-labelledby="pack-images">
        <h2 id="pack-images">{t('evidence.imagesHeading', { count: pack.images.length })}</h2>
        {pack.images.length === 0 ? (
          <p>{t('evidence.noImages')}</p>
        ) : (
          <ul className="pack-images">
            {pack.images.map((item) => (
              <PackPicture key={item.image.id} item={item} labels={labels} />
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

/** One fact about a party; left blank, a line to write it on by hand. */
function Fact({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation('log');
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {value ? (
          <bdi>{value}</bdi>
        ) : (
          <span className="pack-blank">
            <span className="visually-hidden">{t('evidence.blank')}</span>
          </span>
        )}
      </dd>
    </div>
  );
}

/** The user's name and contact, changed here or on the letters' details page: the same saved details. */
function YourDetails({ saved, save }: { saved: Details; save: ReturnType<typeof useLetterCase>['save'] }) {
  const { t } = useTranslation('log');
  const [name, setName] = useState(saved.yourName);
  const [contact, setContact] = useState(saved.yourContact);
  const [done, setDone] = useState(false);
  // Saved details changed (in another tab, or on the letters' page): show them.
  const [shownFor, setShownFor] = useState(saved);
  if (shownFor !== saved) {
    setShownFor(saved);
    setName(saved.yourName);
    setContact(saved.yourContact);
  }
  // Not kept (storage full, or changed in another tab): the banner above every screen says so.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(save({ ...saved, yourName: name.trim(), yourContact: contact.trim() }) === 'saved');
  };
  return (
    <details className="pack-edit no-print">
      <summary>{t('evidence.edit')}</summary>
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('evidence.editHint')}</p>
        <TextField id="pack-name" label={t('evidence.name')} value={name} onChange={setName} autoComplete="name" />
        <TextField id="pack-contact" label={t('evidence.contact')} value={contact} onChange={setContact} type="tel" />
        <button type="submit" className="button secondary">
          {t('evidence.save')}
        </button>
        <p role="status" className="status">
          {done ? t('evidence.saved') : ''}
        </p>
      </form>
    </details>
  );
}

/** The columns of words, which need room to be read; dates, times and numbers stay on one line. */
const COLUMN_CLASS: Partial<Record<string, string>> = { kind: 'pack-words', organisation: 'pack-words', events: 'pack-what' };

/** Every contact, oldest first, in the columns a desk reads: when, how, who, what happened. */
function ContactTable({ contacts, labels }: { contacts: readonly LogEntry[]; labels: EntryLabels }) {
  const { t } = useTranslation('log');
  const columns = (['date', 'time', 'kind', 'organisation', 'phone', 'events'] as const).map((column) => ({ column, heading: t(`csv.headings.${column}`) }));
  return (
    <div className="table-scroll pack-scroll" role="region" aria-label={t('evidence.table')} tabIndex={0}>
      <table className="pack-table">
        <thead>
          <tr>
            {columns.map(({ column, heading }) => (
              <th key={column} scope="col" className={COLUMN_CLASS[column]}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {contacts.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">{entry.at.slice(0, 10)}</td>
              <td className="time">{entry.at.slice(11)}</td>
              <td className={COLUMN_CLASS.kind}>{labels.kinds[entry.kind]}</td>
              <td className={COLUMN_CLASS.organisation}>
                <bdi>{entry.organisation}</bdi>
              </td>
              <td className="nowrap">
                <bdi>{entry.phone}</bdi>
              </td>
              <td className={COLUMN_CLASS.events}>
                {entry.events.map((event) => labels.events[event]).join(labels.separator)}
                {entry.note && <span className="note pack-note">{entry.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each possible breach once: how many contacts raised it and when, and the rules behind it with their kind. */
function Violations({ violations, labels }: { violations: readonly PackViolation[]; labels: EntryLabels }) {
  const { t } = useTranslation('log');
  return (
    <>
      <p>{t('evidence.violationsLead')}</p>
      <ul className="pack-violations">
        {violations.map(({ flag, entries }) => (
          <li key={flag} data-flag={flag}>
            <p className="item-title flag-title">
              <span>{labels.flags[flag]}</span> <span className="count">{t('page.flagCount', { count: entries.length })}</span>
            </p>
            <p>
              {t('evidence.times', { times: entries.slice(0, LISTED_TIMES).map(when).join(labels.separator) })}
              {entries.length > LISTED_TIMES && ` ${t('evidence.moreTimes', { count: entries.length - LISTED_TIMES })}`}
            </p>
            <Citations cites={FLAG_RULES[flag].cites} />
          </li>
        ))}
      </ul>
      <StatusMarksNote />
    </>
  );
}

/** An image at a size that can be read, its entry's date, time and kind under it; never split over two pages. */
function PackPicture({ item, labels }: { item: PackImage; labels: EntryLabels }) {
  const { t } = useTranslation('log');
  const url = objectUrl(item.image.blob);
  const kind = labels.kinds[item.entry.kind];
  return (
    <li>
      <figure className="pack-image">
        <img src={url} alt={imageAlt(t, kind, item.entry.at, item.n)} decoding="async" />
        <figcaption>{t('evidence.caption', { n: item.n, at: when(item.entry), kind })}</figcaption>
      </figure>
    </li>
  );
}
