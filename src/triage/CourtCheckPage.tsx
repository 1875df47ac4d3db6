import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallLinks } from '../components/CallLinks.tsx';
import { TextField } from '../components/fields.tsx';
import { Page } from '../components/Page.tsx';
import { readCaseNumber, type CaseNumberReading } from '../law/caseNumber.ts';
import { Citations, StatusMark, StatusMarksNote } from '../law/Citations.tsx';

/** What the typed 案号 says: its parts, and its type code's meaning where the app can explain it. */
function CaseNumberAnswer({ reading }: { reading: CaseNumberReading }) {
  const { t } = useTranslation('court');
  if (reading.kind === 'empty') return null;
  if (reading.kind === 'notCaseNumber') return <p>{t('caseNumber.notCaseNumber')}</p>;
  const code = reading.typeCode;
  return (
    <>
      <p>
        {t('caseNumber.parts', { year: reading.year, court: t(`caseNumber.courts.${reading.courtLevel}`, { code: reading.court }), number: reading.number })}
      </p>
      {reading.meaning ? (
        <p>
          {t('caseNumber.meaning', { code, meaning: t(`caseNumber.meanings.${reading.meaning.id}`) })}
          <StatusMark status={reading.meaning.status} />
        </p>
      ) : (
        <p>{t('caseNumber.unknownCode', { code })}</p>
      )}
      <p>
        <strong>{t('caseNumber.notProof')}</strong>
      </p>
    </>
  );
}

/**
 * "Is this message really from a court?": what to do now (don't pay; check the 案号 through the
 * court's own channels), then a reading of the 案号 the user types, how to check it, how real
 * papers are served, where money may go, and what mediation costs. Each statement cites its rule
 * or shows its status; courts are never said to ask for no money at all (legal-cn T3).
 */
export function CourtCheckPage() {
  const { t } = useTranslation('court');
  // Kept on this page only: a case number is the user's own business and nothing needs it later.
  const [typed, setTyped] = useState('');
  return (
    <Page heading={t('title')} focusKey="courtCheck" readAloud>
      <section className="notice warning" aria-labelledby="court-now">
        <h2 id="court-now">{t('now.heading')}</h2>
        <ol>
          <li>{t('now.dontPay')}</li>
          <li>{t('now.check')}</li>
        </ol>
      </section>
      <div className="call-actions">
        <CallLinks numbers={['12368']} />
        <p className="hint">{t('now.areaCode')}</p>
      </div>

      <section aria-labelledby="court-case-number">
        <h2 id="court-case-number">{t('caseNumber.heading')}</h2>
        <p>{t('caseNumber.format')}</p>
        <TextField id="case-number" label={t('caseNumber.label')} hint={t('caseNumber.hint')} value={typed} onChange={setTyped} />
        <div className="case-number-answer" role="status">
          <CaseNumberAnswer reading={readCaseNumber(typed)} />
        </div>
        <Citations cites={['caseNumber3', 'caseNumber5', 'caseTypeCodes']} />
      </section>

      <section aria-labelledby="court-confirm">
        <h2 id="court-confirm">{t('confirm.heading')}</h2>
        <p>{t('confirm.intro')}</p>
        <Citations channels={['court12368', 'courtOnlineService', 'trialProcessSite']} />
      </section>

      <section aria-labelledby="court-served">
        <h2 id="court-served">{t('served.heading')}</h2>
        <p>{t('served.body')}</p>
        <Citations cites={['civProc88', 'civProc90', 'civProc91', 'civProc95']} />
      </section>

      <section aria-labelledby="court-money">
        <h2 id="court-money">{t('money.heading')}</h2>
        <p>{t('money.body')}</p>
        {/* The official warnings behind it are secondary sources (legal-cn T1), so it carries S. */}
        <p className="hint">
          {t('money.source')}
          <StatusMark status="S" />
        </p>
        <div className="call-actions">
          <CallLinks numbers={['110']} />
        </div>
        <Citations cites={['criminal279', 'publicSecurity62']} />
      </section>

      <section aria-labelledby="court-mediation">
        <h2 id="court-mediation">{t('mediation.heading')}</h2>
        <p>{t('mediation.free')}</p>
        <p>{t('mediation.fees')}</p>
        <p>{t('mediation.voluntary')}</p>
        <Citations cites={['peopleMediation4', 'commercialMediation16', 'commercialMediation11', 'civProc125', 'civProc147']} />
      </section>
      <StatusMarksNote />
    </Page>
  );
}
