import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CallLinks } from '../components/CallLinks.tsx';
import { ChoiceGroup } from '../components/fields.tsx';
import { Page } from '../components/Page.tsx';
import { Citations, StatusMarksNote } from '../law/Citations.tsx';
import { TOOLS } from '../lib/tools.ts';
import { COURT_PAPER_ANSWERS, legalAidCheck, NEEDS, PAPERS, type CourtPaperAnswer, type Need } from './legalAid.ts';

/**
 * /help/legal-aid: two taps against 法律援助法第31条. It says plainly when a loan dispute is outside
 * free representation, points to free advice at 12348, and lists the papers to bring either way.
 * The answers are not kept: the check takes seconds and tells nothing worth saving.
 */
export function LegalAidPage() {
  const { t } = useTranslation('help');
  const [need, setNeed] = useState<Need>();
  const [courtPapers, setCourtPapers] = useState<CourtPaperAnswer>();
  const check = need && courtPapers && legalAidCheck(need, courtPapers);

  return (
    <Page heading={t('legalAid.title')} focusKey="legal-aid" readAloud>
      <p className="lead">{t('legalAid.lead')}</p>
      <ChoiceGroup
        id="legal-aid-need"
        legend={t('legalAid.need.legend')}
        options={NEEDS.map((value) => ({ value, label: t(`legalAid.need.answers.${value}`) }))}
        value={need}
        onChange={setNeed}
      />
      <ChoiceGroup
        id="legal-aid-papers"
        legend={t('legalAid.papers.legend')}
        options={COURT_PAPER_ANSWERS.map((value) => ({ value, label: t(`legalAid.papers.answers.${value}`) }))}
        value={courtPapers}
        onChange={setCourtPapers}
      />
      {/* Always there, so a screen reader hears the result as it appears. */}
      <div aria-live="polite">
        {check && (
          <section aria-labelledby="legal-aid-result" data-outcome={check.need}>
            <h2 id="legal-aid-result">{t('legalAid.resultHeading')}</h2>
            {check.courtDeadline && <p className="notice warning">{t('legalAid.deadline')}</p>}
            <p className={check.outsideArticle31 ? 'verdict' : undefined}>{t(`legalAid.${check.need}`)}</p>
            {check.need === 'writing' && (
              <p>
                <Link className="inline-link" to={TOOLS.letters}>
                  {t('legalAid.writingDrafts')}
                </Link>
              </p>
            )}
            {check.need === 'court' && (
              <>
                <p>{t('legalAid.lawyer')}</p>
                <p>{t('legalAid.consultAnyway')}</p>
              </>
            )}
            <CallLinks numbers={['12348']} />
            <Citations cites={check.cites} channels={check.channels} />
          </section>
        )}
      </div>
      <h2 id="legal-aid-papers-heading">{t('legalAid.listHeading')}</h2>
      <ul className="next-steps" aria-labelledby="legal-aid-papers-heading">
        {PAPERS.map((paper) => (
          <li key={paper}>{t(`legalAid.list.${paper}`)}</li>
        ))}
      </ul>
      <Link className="button secondary" to={TOOLS.log}>
        {t('legalAid.openLog')}
      </Link>
      {check && <StatusMarksNote />}
    </Page>
  );
}
