import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ChannelMark, Citations, StatusMarksNote } from '../law/Citations.tsx';
import { Page } from '../components/Page.tsx';
import { copyText } from '../lib/share.ts';
import type { LetterCase } from '../case/letterCase.ts';
import { useSharedValue } from '../lib/storage.ts';
import { sharedEdit } from '../case/details.ts';
import { addresseesFor, COURT_PAPERS, DRAFT_KINDS, draftsFor, objectionDeclined, writeDraft, type Addressee, type Draft, type DraftKind } from './drafts.ts';
import { COMPLAINT_CHANNELS } from '../case/complaints.ts';
import { useLetterCase } from '../case/useLetterCase.ts';
import { useDraftTexts } from './useDraftTexts.ts';
import { ChannelSelect } from './ChannelSelect.tsx';

const isDraftKind = (kind: string | undefined): kind is DraftKind => DRAFT_KINDS.includes(kind as DraftKind);

/** /letters/:kind: one draft, written from the user's case, to change, copy, share or print. */
export function DraftPage() {
  const { kind } = useParams();
  const { t } = useTranslation('letters');
  const { letterCase } = useLetterCase();
  if (!isDraftKind(kind)) {
    return (
      <Page heading={t('draft.notFound')} focusKey="draft-missing">
        <Link to="/letters">{t('draft.back')}</Link>
      </Page>
    );
  }
  if (!letterCase) return <p role="status">…</p>;
  if (kind === 'objection' && objectionDeclined(letterCase)) {
    return (
      <Page
        heading={t('drafts.objection.name')}
        focusKey="draft-objection"
        before={
          <Link className="back-link" to="/letters">
            {t('draft.back')}
          </Link>
        }
      >
        <p className="notice">{t('drafts.objection.declined')}</p>
        <Link className="button secondary" to="/review">
          {t('draft.changeAnswers')}
        </Link>
      </Page>
    );
  }
  if (!draftsFor(letterCase).includes(kind)) {
    return (
      <Page
        heading={t(`drafts.${kind}.name`)}
        focusKey={`draft-${kind}`}
        before={
          <Link className="back-link" to="/letters">
            {t('draft.back')}
          </Link>
        }
      >
        <p className="notice">{t('draft.notOffered')}</p>
        <Link className="button" to="/letters/basis">
          {t('draft.basisInstead')}
        </Link>
      </Page>
    );
  }
  return <DraftView key={kind} kind={kind} letterCase={letterCase} />;
}

/** How long typing pauses before a changed draft is written: a long draft is not rewritten on every keystroke. */
const SAVE_DELAY_MS = 500;

function DraftView({ kind, letterCase }: { kind: DraftKind; letterCase: LetterCase }) {
  const { t } = useTranslation('letters');
  const texts = useDraftTexts();
  // A link from the complaints record names the channel to turn to next (?to=), which may be one the case does not list.
  const [params] = useSearchParams();
  const asked = COMPLAINT_CHANNELS.find((c) => c === params.get('to'));
  const fitting = addresseesFor(letterCase);
  const options = asked && !fitting.includes(asked) ? [...fitting, asked] : fitting;
  // The regulator, once there is one: a complaint to the lender is the same letter with other asks.
  const [to, setTo] = useState<Addressee>(asked ?? options.find((c) => c !== 'lender' && c !== 'police110') ?? 'lender');
  const draft = writeDraft(kind, letterCase, texts, to);
  // A complaint is changed by hand for each addressee apart.
  const draftId = kind === 'complaint' ? `${kind}:${to}` : kind;

  return (
    <Page
      heading={t(`drafts.${kind}.name`)}
      focusKey={`draft-${kind}`}
      before={
        <Link className="back-link" to="/letters">
          {t('draft.back')}
        </Link>
      }
      readAloud
    >
      <p className="no-print">{t(`drafts.${kind}.what`)}</p>
      {kind === 'complaint' && <ChannelSelect id="draft-to" className="field no-print" label={t('draft.to')} options={options} value={to} onChange={setTo} />}
      {kind === 'complaint' && letterCase.loggedContacts > 0 && (
        <p className="no-print">
          {t('draft.packPointer', { title: texts.log('evidence.title') })}{' '}
          <Link className="inline-link" to="/log/evidence">
            {t('draft.packLink')}
          </Link>
        </p>
      )}
      {kind === 'negotiate' && letterCase.theCase.courtStages.has('paymentOrder') && <p className="notice warning no-print">{t('draft.paymentOrder')}</p>}
      {COURT_PAPERS.includes(kind) && <CourtNotes kind={kind} letterCase={letterCase} />}
      {draft.offersToPay && <p className="notice no-print">{t('draft.offersToPay')}</p>}
      <DraftText key={draftId} kind={kind} draft={draft} draftId={draftId} />
    </Page>
  );
}

/**
 * What a court paper must be and when it is due, above the draft; for a defence, the tools that
 * help answer it: the true-cost check where the 4 × LPR cap binds the lender, and the log's export.
 */
function CourtNotes({ kind, letterCase }: { kind: DraftKind; letterCase: LetterCase }) {
  const { t } = useTranslation('letters');
  const defence = kind === 'defence';
  return (
    <div className="no-print">
      <p className="notice warning">{t(`drafts.${kind}.rules`)}</p>
      {defence && letterCase.theCase.lenders.has('private') && (
        <p>
          {t('drafts.defence.costTool')}{' '}
          <Link className="inline-link" to="/tools/cost">
            {t('drafts.defence.costToolLink')}
          </Link>
        </p>
      )}
      {defence && letterCase.loggedContacts > 0 && (
        <p>
          {t('drafts.defence.logPointer')}{' '}
          <Link className="inline-link" to="/log">
            {t('drafts.defence.logLink')}
          </Link>
        </p>
      )}
      <p>
        {t('draft.help')}
        <ChannelMark id="legalAid12348" />
      </p>
    </div>
  );
}

/** The draft's text, as written or as the user changed it, and what can be done with it. */
function DraftText({ kind, draft, draftId }: { kind: DraftKind; draft: Draft; draftId: string }) {
  const { t } = useTranslation('letters');
  const [edit, saved] = useSharedValue(() => sharedEdit(localStorage, draftId, SAVE_DELAY_MS));
  const [status, setStatus] = useState('');
  const text = edit ?? draft.text;

  const copy = async () => setStatus(t((await copyText(text)) ? 'draft.copied' : 'draft.copyFailed'));
  const share = () => navigator.share({ title: t(`drafts.${kind}.name`), text }).catch(() => {});

  return (
    <>
      {draft.missing.length > 0 && edit === undefined && (
        <p className="notice no-print" role="status">
          {t('draft.missing', { fields: draft.missing.map((f) => t(`fields.${f}`)).join(t('common.listSeparator')) })}{' '}
          <Link className="inline-link" to="/letters/details">
            {t('draft.fillIn')}
          </Link>
        </p>
      )}
      <div className="field no-print">
        <label htmlFor="draft-text">{t('draft.textLabel')}</label>
        <textarea id="draft-text" className="draft" value={text} onChange={(e) => saved.set(e.target.value)} rows={18} />
      </div>
      {/* Printed as text: a text box prints cut off at its visible height. */}
      <div className="print-only draft-print">{text}</div>
      {edit !== undefined && (
        <p className="no-print">
          {t('draft.edited')}{' '}
          <button type="button" className="link-button" onClick={() => saved.set(undefined)}>
            {t('draft.reset')}
          </button>
        </p>
      )}
      {/* What to do with the draft, not part of it: reading aloud goes on to the citations. */}
      <div className="actions no-print" data-read-skip="">
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {t('draft.copy')}
        </button>
        {'share' in navigator && (
          <button type="button" className="button secondary" onClick={share}>
            {t('draft.share')}
          </button>
        )}
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('draft.print')}
        </button>
        <p role="status" className="status">
          {status}
        </p>
      </div>
      {draft.cites.length > 0 && (
        <section aria-labelledby="draft-cites" className="no-print">
          <h2 id="draft-cites">{t('draft.citesHeading')}</h2>
          <Citations cites={draft.cites} />
          <StatusMarksNote />
        </section>
      )}
    </>
  );
}
