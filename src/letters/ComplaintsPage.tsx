import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChannelMark, Citations, StatusMarksNote } from '../law/Citations.tsx';
import { Page } from '../components/Page.tsx';
import { ChoiceGroup, ErrorSummary, TextField } from '../components/fields.tsx';
import { LENDER_TYPES } from '../case/case.ts';
import {
  ASKED_MAX,
  COMPLAINT_CHANNELS,
  loadComplaints,
  newComplaint,
  REFERENCE_MAX,
  replyRule,
  saveComplaints,
  storedComplaints,
  type Complaint,
  type NextStep,
} from '../case/complaints.ts';
import type { LetterCase } from '../case/letterCase.ts';
import type { Channel } from '../case/routing.ts';
import { useLetterCase } from '../case/useLetterCase.ts';
import { calendarFile } from '../lib/ics.ts';
import { dayWithWeekday } from '../lib/intl.ts';
import { daysBetween, isIsoDate, localDate, type IsoDate } from '../lib/isoDate.ts';
import { replyDue } from '../lib/replyDue.ts';
import { copyText, download } from '../lib/share.ts';
import { sharedValue, useSharedValue } from '../lib/storage.ts';
import { addresseesFor, COMPLAINT_FIELDS, complaintFields } from './drafts.ts';
import { useDraftTexts } from './useDraftTexts.ts';
import { ChannelSelect, useChannelName } from './ChannelSelect.tsx';

/** Reminders before the day a reply is due, in days. */
const ALARMS = [3, 1];

/** A date moves to the next line whole rather than break, unless it is wider than the line (large text). */
const WHOLE_DATE = { n: <span className="whole-date" /> };

/** The complaint draft addressed to this channel. */
const draftLink = (channel: Channel) => `/letters/complaint?to=${channel}`;

function useDay() {
  const { i18n } = useTranslation();
  return (date: IsoDate) => dayWithWeekday(i18n.language, date);
}

const newestFirst = (a: Complaint, b: Complaint) => (a.filedOn < b.filedOn ? 1 : a.filedOn > b.filedOn ? -1 : 0);

/**
 * /letters/complaints: the complaints the user filed, each with the day its reply is due under the
 * channel's rule (legal-cn Q), a calendar reminder, and where to turn when the day has passed; and
 * what a complaint form asks for, written from the case, ready to copy.
 */
export function ComplaintsPage() {
  const { t } = useTranslation('letters');
  const { letterCase } = useLetterCase();
  const today = localDate(new Date());
  const [{ complaints, discarded }, kept] = useSharedValue(() =>
    sharedValue(
      localStorage,
      storedComplaints.key,
      () => loadComplaints(localStorage),
      ({ complaints }) => saveComplaints(localStorage, complaints),
    ),
  );
  const [editing, setEditing] = useState<Complaint>();
  const [status, setStatus] = useState('');

  const keep = (next: Complaint[], message: string) => {
    kept.set({ complaints: next, discarded: false });
    setStatus(message);
  };
  const save = (complaint: Complaint) => {
    keep([...complaints.filter((c) => c.id !== complaint.id), complaint].sort(newestFirst), t('complaints.saved'));
    setEditing(undefined);
  };
  const remove = (id: string) =>
    keep(
      complaints.filter((c) => c.id !== id),
      t('complaints.removed'),
    );

  return (
    <Page
      heading={t('complaints.title')}
      focusKey="complaints"
      before={
        <Link className="back-link" to="/letters">
          {t('draft.back')}
        </Link>
      }
    >
      {discarded && <p className="notice">{t('complaints.discarded')}</p>}
      <p className="lead">{t('complaints.lead')}</p>
      <p role="status" className="status">
        {status}
      </p>
      {editing ? (
        <ComplaintForm key={editing.id} initial={editing} today={today} onSave={save} onCancel={() => setEditing(undefined)} />
      ) : (
        <>
          <button type="button" className="button" onClick={() => (setStatus(''), setEditing(newComplaint(today, letterCase?.lenderType)))}>
            {t('complaints.add')}
          </button>
          {complaints.length > 0 && (
            <section aria-labelledby="filed-heading">
              <h2 id="filed-heading">{t('complaints.filedHeading')}</h2>
              <ul className="checklist">
                {complaints.map((complaint) => (
                  <ComplaintItem
                    key={complaint.id}
                    complaint={complaint}
                    today={today}
                    onEdit={() => (setStatus(''), setEditing(complaint))}
                    onRemove={() => remove(complaint.id)}
                  />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {letterCase && <FieldsToCopy letterCase={letterCase} />}
      <StatusMarksNote />
    </Page>
  );
}

/** One complaint filed: where, when, its number, what was asked, and when the reply is due. */
function ComplaintItem({ complaint, today, onEdit, onRemove }: { complaint: Complaint; today: IsoDate; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation('letters');
  const day = useDay();
  const channelName = useChannelName();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="item complaint" data-complaint={complaint.channel}>
      <h3 className="item-title">{channelName(complaint.channel)}</h3>
      <p>{t('complaints.filedOn', { date: day(complaint.filedOn) })}</p>
      {complaint.reference && <p>{t('complaints.referenceShown', { reference: complaint.reference })}</p>}
      {complaint.asked && <p>{t('complaints.askedShown', { asked: complaint.asked })}</p>}
      <ReplyDue complaint={complaint} today={today} />
      {confirming ? (
        <div role="alert">
          <p>{t('complaints.removeWarning')}</p>
          <button type="button" className="button danger" onClick={onRemove}>
            {t('complaints.confirmRemove')}
          </button>
          <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
            {t('complaints.cancel')}
          </button>
        </div>
      ) : (
        <p>
          <button type="button" className="button secondary" onClick={onEdit}>
            {t('complaints.edit')}
          </button>
          <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
            {t('complaints.remove')}
          </button>
        </p>
      )}
    </li>
  );
}

/** When the reply is due and how many days are left; a reminder; and, once it has passed, where to turn. */
function ReplyDue({ complaint, today }: { complaint: Complaint; today: IsoDate }) {
  const { t } = useTranslation('letters');
  const { t: ui } = useTranslation();
  const day = useDay();
  const channelName = useChannelName();
  const rule = replyRule(complaint);
  const due = replyDue(complaint.filedOn, rule.period);
  const byWorkingDays = rule.period.kind === 'workingDays';
  const [first, ...extended] = due.kind === 'dates' ? due.dates : [];
  const left = first === undefined ? undefined : daysBetween(today, first);
  const addToCalendar = (date: IsoDate) =>
    download(
      'complaint-reply.ics',
      calendarFile({
        date,
        summary: t(byWorkingDays ? 'complaints.calendar.passedOn' : 'complaints.calendar.reply', { channel: channelName(complaint.channel) }),
        description: t('complaints.calendar.description', { filed: day(complaint.filedOn), reference: complaint.reference || t('complaints.noReference') }),
        uid: `complaint-${complaint.id}-${date}@duice`,
        now: new Date(),
        alarmsDaysBefore: ALARMS,
      }),
      'text/calendar;charset=utf-8',
    );
  return (
    <div className="deadline-result">
      {first !== undefined && left !== undefined ? (
        <>
          <p className="deadline-day">
            <strong>
              <Trans t={t} i18nKey={byWorkingDays ? 'complaints.passedOnBy' : 'complaints.replyBy'} values={{ date: day(first) }} components={WHOLE_DATE} />
            </strong>{' '}
            <span className={left < 0 ? 'deadline-left nowrap passed' : 'deadline-left nowrap'}>
              {left > 0 ? ui('deadline.daysLeft', { count: left }) : left === 0 ? ui('deadline.isToday') : ui('deadline.daysPassed', { count: -left })}
            </span>
          </p>
          {extended.length === 2 && (
            <p>
              <Trans t={t} i18nKey="complaints.extensions" values={{ longer: day(extended[0]), longest: day(extended[1]) }} components={WHOLE_DATE} />
            </p>
          )}
          {byWorkingDays && <p>{t('complaints.afterPassedOn')}</p>}
          {left >= 0 && (
            <button type="button" className="button secondary" onClick={() => addToCalendar(first)}>
              {ui('deadline.addToCalendar')}
            </button>
          )}
        </>
      ) : (
        <p>{due.kind === 'uncoveredYear' ? t('complaints.uncovered', { year: due.year }) : t(`complaints.noPeriod.${rule.noPeriod ?? 'none'}`)}</p>
      )}
      {/* A period that has passed, or none to wait for: where to turn next. */}
      {(left === undefined || left < 0) && rule.next.length > 0 && <NextSteps steps={rule.next} passed={left !== undefined} extendable={extended.length > 0} />}
      {rule.cites.length > 0 && (
        <details>
          <summary>{t('complaints.howCounted')}</summary>
          <p>{t(byWorkingDays ? 'complaints.rules.workingDays' : 'complaints.rules.calendarDays')}</p>
          {/* Mediation, once it is offered, rests on 消保办法第16条: cited with the rest, folded, so a long rule's name never widens the card. */}
          <Citations cites={[...rule.cites, ...(rule.next.includes('mediation') ? (['consumerProtection16'] as const) : [])]} />
        </details>
      )}
    </div>
  );
}

function NextSteps({ steps, passed, extendable }: { steps: readonly NextStep[]; passed: boolean; extendable: boolean }) {
  const { t } = useTranslation('letters');
  const channelName = useChannelName();
  return (
    <div>
      <p>{t(passed ? 'complaints.next.passed' : 'complaints.next.noReply')}</p>
      {extendable && <p>{t('complaints.next.askExtension')}</p>}
      <ul className="links">
        {steps.map((step) =>
          step === 'mediation' ? (
            <li key={step}>{t('complaints.next.mediation')}</li>
          ) : (
            <li key={step}>
              {channelName(step)}
              <ChannelMark id={step} /> <Link to={draftLink(step)}>{t('complaints.next.draft')}</Link>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

type Problem = 'filedOn' | 'reference' | 'asked';

/** Adding or changing one complaint: where it was filed, when, its number and what was asked. */
function ComplaintForm({ initial, today, onSave, onCancel }: { initial: Complaint; today: IsoDate; onSave: (c: Complaint) => void; onCancel: () => void }) {
  const { t } = useTranslation('letters');
  const { t: tt } = useTranslation('triage');
  const channelName = useChannelName();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form replaces the list: its heading takes focus, so a screen reader starts there.
  useEffect(() => heading.current?.focus(), []);

  const set =
    <K extends keyof Complaint>(field: K) =>
    (value: Complaint[K]) =>
      setDraft((d) => ({ ...d, [field]: value }));
  const problems: { field: Problem; message: string }[] = [
    ...(!isIsoDate(draft.filedOn)
      ? [{ field: 'filedOn' as const, message: t('complaints.problems.date') }]
      : draft.filedOn > today
        ? [{ field: 'filedOn' as const, message: t('complaints.problems.future') }]
        : []),
    ...(draft.reference.length > REFERENCE_MAX ? [{ field: 'reference' as const, message: t('complaints.problems.tooLong', { max: REFERENCE_MAX }) }] : []),
    ...(draft.asked.length > ASKED_MAX ? [{ field: 'asked' as const, message: t('complaints.problems.tooLong', { max: ASKED_MAX }) }] : []),
  ];
  const shown = tried ? problems : [];
  const error = (field: Problem) => shown.find((p) => p.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0) return;
    const { lenderType, ...rest } = draft;
    // Only a complaint to the lender keeps which kind of lender it is.
    onSave({ ...rest, reference: draft.reference.trim(), asked: draft.asked.trim(), ...(draft.channel === 'lender' && lenderType ? { lenderType } : {}) });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="complaint-form-heading">
      <h2 id="complaint-form-heading" tabIndex={-1} ref={heading}>
        {t(initial.reference || initial.asked ? 'complaints.editHeading' : 'complaints.addHeading')}
      </h2>
      <ErrorSummary title={t('complaints.problems.title')} problems={shown.map((p) => ({ field: `complaint-${p.field}`, message: p.message }))} />
      <ChoiceGroup
        id="complaint-channel"
        legend={t('complaints.fields.channel')}
        options={COMPLAINT_CHANNELS.map((channel) => ({ value: channel, label: channelName(channel) }))}
        value={draft.channel}
        onChange={set('channel')}
      />
      {draft.channel === 'lender' && (
        <ChoiceGroup
          id="complaint-lenderType"
          legend={t('complaints.fields.lenderType')}
          hint={t('complaints.fields.lenderTypeHint')}
          options={LENDER_TYPES.map((type) => ({ value: type, label: tt(`nodes.lender.answers.${type}`) }))}
          value={draft.lenderType}
          onChange={set('lenderType')}
        />
      )}
      <TextField
        id="complaint-filedOn"
        type="date"
        label={t('complaints.fields.filedOn')}
        value={draft.filedOn}
        onChange={set('filedOn')}
        error={error('filedOn')}
      />
      <TextField
        id="complaint-reference"
        label={t('complaints.fields.reference')}
        hint={t('complaints.fields.referenceHint')}
        value={draft.reference}
        onChange={set('reference')}
        error={error('reference')}
      />
      <TextField id="complaint-asked" multiline label={t('complaints.fields.asked')} value={draft.asked} onChange={set('asked')} error={error('asked')} />
      <button type="submit" className="button">
        {t('complaints.save')}
      </button>
      <button type="button" className="button secondary" onClick={onCancel}>
        {t('complaints.cancel')}
      </button>
    </form>
  );
}

/**
 * What a complaint form asks for, written from the case the way the complaint draft is, each part
 * to copy into the channel's own form; and what the channel asks the user to give up, where
 * legal-cn says (only the NIFA platform's real-name rule, §D).
 */
function FieldsToCopy({ letterCase }: { letterCase: LetterCase }) {
  const { t } = useTranslation('letters');
  const texts = useDraftTexts();
  const options = addresseesFor(letterCase);
  const [channel, setChannel] = useState<Channel>(options.find((c) => c !== 'lender' && c !== 'police110') ?? 'lender');
  const [copied, setCopied] = useState('');
  const fields = complaintFields(letterCase, texts, channel);
  const copy = async (label: string, text: string) => setCopied(t((await copyText(text)) ? 'complaints.copied' : 'draft.copyFailed', { field: label }));
  return (
    <section aria-labelledby="copy-heading">
      <h2 id="copy-heading">{t('complaints.copyHeading')}</h2>
      <p>{t('complaints.copyLead')}</p>
      <ChannelSelect id="copy-channel" label={t('complaints.copyChannel')} options={options} value={channel} onChange={setChannel} />
      {channel === 'nifaReport' && <p className="notice">{t('complaints.disclose.nifaReport')}</p>}
      <dl className="summary">
        {COMPLAINT_FIELDS.map((field) => (
          <div className="summary-row" key={field}>
            <dt>{t(`complaints.copyFields.${field}`)}</dt>
            <dd className="copy-text">{fields[field]}</dd>
            <dd>
              <button type="button" className="button secondary" onClick={() => void copy(t(`complaints.copyFields.${field}`), fields[field])}>
                {t('complaints.copy', { field: t(`complaints.copyFields.${field}`) })}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <p role="status">{copied}</p>
      <ul className="links">
        <li>
          <Link to={draftLink(channel)}>{t('complaints.wholeDraft')}</Link>
        </li>
        <li>
          <Link to="/letters/details">{t('page.editDetails')}</Link>
        </li>
      </ul>
    </section>
  );
}
