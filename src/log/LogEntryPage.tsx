import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ChoiceGroup, ErrorSummary, TextField } from '../components/fields.tsx';
import { Page } from '../components/Page.tsx';
import { parseCount } from '../lib/amount.ts';
import {
  EVENTS,
  KINDS,
  NOTE_MAX,
  FIELD_MAX,
  VISITORS_MAX,
  newId,
  toLocalDateTime,
  validateEntry,
  type EntryContent,
  type EntryField,
  type Kind,
  type LogEntry,
  type LogEvent,
} from '../case/log/entry.ts';
import { imageAlt, ImagePicker, type FormImage } from './EntryImages.tsx';
import { ImageLimitError, reencodeImage, type Reencode } from '../case/log/images.ts';
import { imageBytes, removeEntry, removeImage, saveEntry, useLog } from '../case/log/logState.ts';

/** What the form holds: the entry as typed, so a mistake loses nothing. */
type Draft = Omit<EntryContent, 'kind' | 'visitors'> & { kind?: Kind; visitors: string };

const draftOf = (entry: LogEntry): Draft => ({ ...entry, visitors: entry.visitors === undefined ? '' : String(entry.visitors) });

/**
 * /log/new and /log/:id: add an entry (kind, then save: the time defaults to now), or change or
 * delete one. `reencode` is there for the component tests: jsdom cannot decode an image.
 */
export function LogEntryPage({ reencode = reencodeImage }: { reencode?: Reencode }) {
  const { id } = useParams();
  const { t } = useTranslation('log');
  const log = useLog();
  if (!id) {
    const now = toLocalDateTime(new Date());
    return (
      <EntryForm draft={{ id: newId(), at: now, organisation: '', lender: '', phone: '', name: '', events: [], visitors: '', note: '' }} reencode={reencode} />
    );
  }
  if (log.status === 'loading') return <p role="status">{t('page.loading')}</p>;
  const entry = log.status === 'ready' ? log.entries.find((e) => e.id === id) : undefined;
  if (!entry) {
    return (
      <Page heading={t('form.notFound')} focusKey="log-missing">
        <Link to="/log">{t('form.back')}</Link>
      </Page>
    );
  }
  return <EntryForm key={entry.id} draft={draftOf(entry)} reencode={reencode} editing />;
}

type Problems = Partial<Record<EntryField | 'kind', string>>;

function EntryForm({ draft: initial, editing = false, reencode }: { draft: Draft; editing?: boolean; reencode: Reencode }) {
  const { t } = useTranslation('log');
  const navigate = useNavigate();
  const log = useLog();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [failed, setFailed] = useState<'saveFailed' | 'imageLimit'>();
  // Picked images wait here until Save, which keeps them with the entry in the same transaction.
  const [picked, setPicked] = useState<FormImage[]>([]);
  const kept = log.status === 'ready' ? (log.images.get(draft.id) ?? []) : [];
  const images: FormImage[] = [...kept.map((image) => ({ id: image.id, blob: image.blob, kept: true })), ...picked];
  const otherBytes = log.status === 'ready' ? imageBytes(log.images) - kept.reduce((sum, image) => sum + image.blob.size, 0) : 0;
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const visitors = draft.visitors.trim() === '' ? undefined : parseCount(draft.visitors);
    const entry: EntryContent = {
      ...draft,
      kind: draft.kind ?? 'answeredCall',
      // A visitor count only means something for a visit.
      visitors: draft.kind !== 'visit' || visitors === undefined ? undefined : visitors.ok ? visitors.count : NaN,
    };
    const errors = validateEntry(entry, new Date());
    const found: Problems = {};
    if (!draft.kind) found.kind = t('form.kindRequired');
    for (const [field, error] of Object.entries(errors) as [EntryField, string][]) {
      found[field] = t(`errors.${error}`, { max: field === 'note' ? NOTE_MAX : field === 'visitors' ? VISITORS_MAX : FIELD_MAX });
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      await saveEntry(
        entry,
        picked.map((image) => image.blob),
      );
      navigate('/log', { state: { saved: true } });
    } catch (error) {
      // Another tab added images meanwhile and the limit is passed: nothing was saved, the form keeps it all.
      setFailed(error instanceof ImageLimitError ? 'imageLimit' : 'saveFailed');
    }
  };

  const field = (name: EntryField) => ({ id: `entry-${name}`, error: problems[name] });
  const summary = (Object.entries(problems) as [EntryField | 'kind', string][]).map(([name, message]) => ({ field: `entry-${name}`, message }));
  return (
    <Page
      heading={t(editing ? 'form.editTitle' : 'form.newTitle')}
      focusKey={editing ? `log-edit-${draft.id}` : 'log-new'}
      before={
        <Link className="back-link" to="/log">
          {t('form.back')}
        </Link>
      }
    >
      <ErrorSummary title={t('form.errorTitle')} problems={summary} />
      {failed && (
        <p className="notice" role="alert">
          {t(`form.${failed}`)}
        </p>
      )}
      <form onSubmit={submit} noValidate className="entry-form">
        <ChoiceGroup
          id="entry-kind"
          legend={t('form.kindLegend')}
          options={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          value={draft.kind}
          onChange={set('kind')}
          error={problems.kind}
        />
        <TextField {...field('at')} type="datetime-local" label={t('fields.at')} hint={t('form.atHint')} value={draft.at} onChange={set('at')} />
        <ChoiceGroup<LogEvent>
          id="entry-events"
          multiple
          legend={t('form.eventsLegend')}
          options={EVENTS.map((e) => ({ value: e, label: t(`events.${e}`) }))}
          value={draft.events}
          onChange={set('events')}
        />
        {draft.kind === 'visit' && (
          <TextField {...field('visitors')} inputMode="numeric" label={t('fields.visitors')} value={draft.visitors} onChange={set('visitors')} />
        )}
        <h2>{t('form.who')}</h2>
        <TextField {...field('organisation')} label={t('fields.organisation')} value={draft.organisation} onChange={set('organisation')} />
        <TextField {...field('lender')} label={t('fields.lender')} value={draft.lender} onChange={set('lender')} />
        <TextField {...field('phone')} type="tel" inputMode="tel" label={t('fields.phone')} value={draft.phone} onChange={set('phone')} />
        <TextField {...field('name')} label={t('fields.name')} value={draft.name} onChange={set('name')} />
        <TextField {...field('note')} multiline label={t('fields.note')} hint={t('form.noteHint')} value={draft.note} onChange={set('note')} />
        <ImagePicker
          images={images}
          otherBytes={otherBytes}
          alt={(n) => imageAlt(t, t(`kinds.${draft.kind ?? 'answeredCall'}`), draft.at, n)}
          reencode={reencode}
          onAdd={(blobs) => setPicked((list) => [...list, ...blobs.map((blob) => ({ id: newId(), blob, kept: false }))])}
          onRemove={(image) =>
            image.kept ? void removeImage(draft.id, image.id).catch(() => setFailed('saveFailed')) : setPicked((list) => list.filter((p) => p.id !== image.id))
          }
        />
        <div className="save-bar">
          <button type="submit" className="button">
            {t('form.save')}
          </button>
        </div>
      </form>
      {editing && (
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t('form.deleteHeading')}</h2>
          {confirmDelete ? (
            <>
              <p role="alert">{kept.length > 0 ? t('form.deleteWarningImages', { count: kept.length }) : t('form.deleteWarning')}</p>
              <button type="button" className="button danger" onClick={() => void removeEntry(draft.id).then(() => navigate('/log'))}>
                {t('form.confirmDelete')}
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirmDelete(false)}>
                {t('form.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="button secondary" onClick={() => setConfirmDelete(true)}>
              {t('form.delete')}
            </button>
          )}
        </section>
      )}
    </Page>
  );
}
