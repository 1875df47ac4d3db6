import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChoiceGroup, TextField } from '../components/fields.tsx';
import { Page } from '../components/Page.tsx';
import { COURT_FIELDS, DISPUTE_REASONS, DISPUTES, EVIDENCE, TEXT_FIELDS, type Details, type Dispute, type Evidence } from '../case/details.ts';
import { draftsFor, type DraftKind } from './drafts.ts';
import { LENDER_TYPES, type LenderType } from '../case/case.ts';
import { useLetterCase } from '../case/useLetterCase.ts';

/** Hints for the fields that need one. */
const HINTED = new Set<string>(['lenderName', 'agencyName', 'perMonth', 'startDate', 'reasons']);
/** The court fields only a defence uses. */
const DEFENCE_ONLY = new Set<string>(['courtFacts', 'courtEvidence']);

/** /letters/details: what the letters need that the app cannot know, typed once for every draft. */
export function DetailsPage() {
  const { letterCase, saved, save } = useLetterCase();
  if (!letterCase) return <p role="status">…</p>;
  return <DetailsForm initial={letterCase.details} saved={saved} save={save} offered={draftsFor(letterCase)} />;
}

type FormProps = { initial: Details; saved: Details; save: ReturnType<typeof useLetterCase>['save']; offered: DraftKind[] };

function DetailsForm({ initial, saved, save, offered }: FormProps) {
  const { t } = useTranslation('letters');
  const { t: tt } = useTranslation('triage');
  const navigate = useNavigate();
  const [details, setDetails] = useState(initial);
  // Saved details changed (in another tab, or this save was refused because of that): show them.
  const [shownFor, setShownFor] = useState(saved);
  if (shownFor !== saved) {
    setShownFor(saved);
    setDetails(initial);
  }
  const set =
    <K extends keyof Details>(key: K) =>
    (value: Details[K]) =>
      setDetails((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Not saved (storage full, or changed in another tab): the user is told, and stays on the form.
    if (save(details) === 'saved') navigate('/letters', { state: { saved: true } });
  };
  return (
    <Page
      heading={t('details.title')}
      focusKey="letter-details"
      before={
        <Link className="back-link" to="/letters">
          {t('draft.back')}
        </Link>
      }
    >
      <form onSubmit={submit} noValidate>
        {/* The court papers first: their deadline is the nearest. */}
        {(offered.includes('objection') || offered.includes('defence')) && (
          <section aria-labelledby="court-heading">
            <h2 id="court-heading">{t('court.heading')}</h2>
            <p className="hint">{t('court.lead')}</p>
            {COURT_FIELDS.filter((field) => offered.includes('defence') || !DEFENCE_ONLY.has(field)).map((field) => (
              <TextField
                key={field}
                id={`details-${field}`}
                label={t(`fields.${field}`)}
                hint={t(`hints.${field}`)}
                value={details[field]}
                onChange={set(field)}
                type={field === 'servedOn' ? 'date' : 'text'}
                multiline={DEFENCE_ONLY.has(field)}
              />
            ))}
            <ChoiceGroup<Dispute>
              id="details-disputes"
              multiple
              legend={t('fields.disputes')}
              hint={t('court.disputesHint')}
              options={DISPUTES.map((d) => ({ value: d, label: t(`disputes.${d}`) }))}
              value={details.disputes}
              onChange={set('disputes')}
            />
            {DISPUTES.filter((d) => details.disputes.includes(d)).map((d) => (
              <TextField
                key={d}
                id={`details-${DISPUTE_REASONS[d]}`}
                label={t(`fields.${DISPUTE_REASONS[d]}`)}
                value={details[DISPUTE_REASONS[d]]}
                onChange={set(DISPUTE_REASONS[d])}
                multiline
              />
            ))}
          </section>
        )}
        {TEXT_FIELDS.map((field) => (
          <TextField
            key={field}
            id={`details-${field}`}
            label={t(`fields.${field}`)}
            hint={HINTED.has(field) ? t(`hints.${field}`) : undefined}
            value={details[field]}
            onChange={set(field)}
            type={field === 'yourContact' ? 'tel' : 'text'}
            multiline={field === 'reasons'}
            autoComplete={field === 'yourName' ? 'name' : 'off'}
          />
        ))}
        <ChoiceGroup<LenderType | ''>
          id="details-lenderType"
          legend={t('fields.lenderType')}
          options={[
            { value: '', label: t('lenderTypes.fromTriage') },
            ...LENDER_TYPES.map((type) => ({ value: type, label: tt(`nodes.lender.answers.${type}`) })),
          ]}
          value={details.lenderType}
          onChange={set('lenderType')}
        />
        <ChoiceGroup<Evidence>
          id="details-evidence"
          multiple
          legend={t('fields.evidence')}
          options={EVIDENCE.map((e) => ({ value: e, label: t(`evidence.${e}`) }))}
          value={details.evidence}
          onChange={set('evidence')}
        />
        <div className="save-bar">
          <button type="submit" className="button">
            {t('details.save')}
          </button>
        </div>
      </form>
    </Page>
  );
}
