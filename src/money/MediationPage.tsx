import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page.tsx';
import { Citations, StatusMarksNote } from '../law/Citations.tsx';
import { inScope, caseOf, type Case } from '../case/case.ts';
import { mediationProposal, type MediationProposal, type ProposalOffer } from '../case/money/mediation.ts';
import { madePlan, moneyFacts } from '../case/money/moneyFacts.ts';
import { MAX_TERM_MONTHS } from '../case/money/plan.ts';
import { useLive } from '../case/triage.ts';
import { law, type CitationId } from '../law/law.ts';
import { TOOLS } from '../lib/tools.ts';
import { useMoneyFormat } from './useMoneyText.ts';

/**
 * /tools/plan/proposal: the saved repayment plan as a proposal to hand a mediator (调解方案), to
 * print or save as PDF, and under it what mediation is. The proposal offers payment only for a
 * debt the user recognises (mayOfferToPay); the explainer does not print.
 */
export function MediationPage() {
  const { t } = useTranslation('money');
  const live = useLive();
  // The saved plan and the tools' facts, read once: they change only on the plan's own page.
  const [made] = useState(() => madePlan(localStorage));
  const [facts] = useState(() => moneyFacts(localStorage));
  const theCase = caseOf(live.answers, facts);

  return (
    <Page heading={t('mediation.title')} focusKey="mediation" readAloud>
      <p className="lead no-print">{t('mediation.lead')}</p>
      {made ? (
        <ProposalView proposal={mediationProposal(made.input, made.plan, theCase)} theCase={theCase} />
      ) : (
        <>
          <p>{t('mediation.noPlan')}</p>
          <Link className="button" to={TOOLS.plan}>
            {t('mediation.makePlan')}
          </Link>
        </>
      )}
      <div className="no-print">
        <MediationExplainer theCase={theCase} />
        <StatusMarksNote />
      </div>
    </Page>
  );
}

function ProposalView({ proposal, theCase }: { proposal: MediationProposal; theCase: Case }) {
  const { t } = useTranslation('money');
  const { t: tt } = useTranslation('triage');
  const { yuan } = useMoneyFormat();
  const offerText = (offer: ProposalOffer) => {
    switch (offer.kind) {
      case 'monthly':
        return t('mediation.offers.monthly', { amount: yuan(offer.perMonth), months: offer.months });
      case 'dueInFull':
        return t('mediation.offers.dueInFull', { amount: yuan(offer.amount) });
      case 'beyondTerm':
        return t('mediation.offers.beyondTerm', { amount: yuan(offer.perMonth), years: MAX_TERM_MONTHS / 12 });
      default:
        return t(`mediation.offers.${offer.kind}`);
    }
  };
  const situation = {
    income: yuan(proposal.income),
    essentials: yuan(proposal.essentials),
    debts: proposal.lines.length,
    total: yuan(proposal.totalOutstanding),
  };

  return (
    <>
      {!proposal.offers && (
        <div className="notice no-print">
          <p>{t(theCase.debt === 'disputed' ? 'mediation.disputed' : 'mediation.unverified')}</p>
          {theCase.debt === 'unverified' && (
            <Link className="inline-link" to="/continue">
              {t('mediation.answerQuestions')}
            </Link>
          )}
        </div>
      )}
      <div className="mediation-proposal">
        <p>
          {proposal.affordable === undefined
            ? t('mediation.circumstancesNoOffer', situation)
            : t('mediation.circumstances', { ...situation, affordable: yuan(proposal.affordable) })}
        </p>
        <h2>{t('mediation.debtsHeading')}</h2>
        <ol className="plan-debts">
          {proposal.lines.map((line) => (
            <li key={line.id} data-debt={line.id}>
              <h3>{line.lender || tt(`nodes.lender.answers.${line.type}`)}</h3>
              <p className="hint">
                {tt(`nodes.lender.answers.${line.type}`)} · {t('plan.owes', { amount: yuan(line.outstanding) })}
              </p>
              <p className="proposal">{offerText(line.offer)}</p>
            </li>
          ))}
        </ol>
        <p className="hint">{t('mediation.caveat')}</p>
        <p className="signature-line">{t('mediation.signature')}</p>
        <p className="signature-line">{t('mediation.date')}</p>
      </div>
      <div className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('mediation.print')}
        </button>
        <p className="hint">{t('mediation.printHint')}</p>
      </div>
    </>
  );
}

/** Each point of the explainer with the rules behind it (legal-cn S). */
const POINTS: { key: string; cites: CitationId[] }[] = [
  { key: 'voluntary', cites: ['civProc125', 'commercialMediation15'] },
  { key: 'people', cites: ['peopleMediation4'] },
  { key: 'court', cites: ['civProc125'] },
  { key: 'financial', cites: ['peopleMediation4', 'commercialMediation16'] },
  { key: 'banks', cites: ['consumerProtection16'] },
  { key: 'fakes', cites: ['commercialMediation11'] },
  { key: 'confirmation', cites: ['civProc205', 'civProc206'] },
];

/** What mediation is, quietly: a point whose rule binds only some lenders shows only to those who owe one. */
function MediationExplainer({ theCase }: { theCase: Case }) {
  const { t } = useTranslation('money');
  const points = POINTS.filter(({ cites }) => cites.every((id) => inScope(law.citations[id].lenders, theCase)));
  return (
    <section className="quiet" aria-labelledby="mediation-what">
      <h2 id="mediation-what">{t('mediation.what.heading')}</h2>
      {points.map(({ key, cites }) => (
        <div key={key} data-point={key}>
          <p>{t(`mediation.what.${key}`)}</p>
          <Citations cites={cites} />
        </div>
      ))}
    </section>
  );
}
