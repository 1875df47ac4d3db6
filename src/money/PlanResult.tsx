import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Citations, StatusMarksNote } from '../law/Citations.tsx';
import { WideTable } from '../components/WideTable.tsx';
import { MAX_TERM_MONTHS, planRepayments, type Debt, type PlanInput, type Proposal } from '../case/money/plan.ts';
import { CREDIT_CARD_CRIME_THRESHOLD, type CourtAnswer, type DebtDraft } from '../case/money/planStore.ts';
import type { CitationId } from '../law/law.ts';
import { MEDIATION_PROPOSAL } from '../lib/tools.ts';
import { useMoneyFormat } from './useMoneyText.ts';

type Reason = { key: string; cites: CitationId[] };

/**
 * Why a debt comes where it does, as the screen explains it: the plan's reason, told apart by what
 * the user answered (a payment order or a lawsuit, or not knowing), with the rules behind it.
 * A credit card keeps its own explanation even when a court stage puts it first.
 */
function reasonsFor(proposal: Proposal, debt: Debt, court: CourtAnswer): Reason[] {
  const reasons: Reason[] = [];
  if (proposal.reason === 'paymentOrder') reasons.push({ key: 'paymentOrder', cites: ['civProc225', 'civProcInterp436'] });
  if (proposal.reason === 'courtDeadline') {
    if (court === 'dontKnow') reasons.push({ key: 'courtUnknown', cites: ['civProc225', 'civProc128'] });
    else reasons.push({ key: 'lawsuit', cites: ['civProc128', 'civProc147'] });
  }
  if (proposal.reason === 'enforcement') reasons.push({ key: 'enforcement', cites: ['civProc264', 'civProc266', 'restrictConsumption1', 'criminal313'] });
  if (debt.type === 'bankCard') reasons.push({ key: 'creditCard', cites: ['criminal196', 'creditCardCrimeInterp'] });
  if (proposal.reason === 'licensed') reasons.push({ key: 'licensed', cites: [] });
  if (proposal.reason === 'other') reasons.push(debt.type === 'private' ? { key: 'private', cites: ['privateLending25'] } : { key: 'other', cites: [] });
  return reasons;
}

/** The plan: what is affordable, each debt in order with its reason and offer, and what to do with it. */
export function PlanResultView({ input, debts }: { input: PlanInput; debts: readonly DebtDraft[] }) {
  const { t } = useTranslation('money');
  const { t: tt } = useTranslation('triage');
  const { yuan } = useMoneyFormat();
  const plan = planRepayments(input);
  // readPlan lets through only amounts in range, the one thing planRepayments refuses.
  if (!plan.ok) return null;
  const debtById = new Map(input.debts.map((debt) => [debt.id, debt]));
  const courtById = new Map(debts.map((debt) => [debt.id, debt.court ?? 'none']));
  const nameOf = (debt: Debt) => debt.lender || tt(`nodes.lender.answers.${debt.type}`);
  const ordered = plan.debts.map((proposal) => ({ proposal, debt: debtById.get(proposal.id)! }));
  const hasCard = input.debts.some((debt) => debt.type === 'bankCard');
  const proposalText = (proposal: Proposal) => {
    if (proposal.dueNow > 0) return t('plan.proposalDueNow', { amount: yuan(proposal.dueNow) });
    if (proposal.beyondTerm) return t('plan.proposalBeyondTerm', { amount: yuan(proposal.proposalPerMonth), years: MAX_TERM_MONTHS / 12 });
    if (proposal.months === null) return t('plan.proposalNone');
    return t('plan.proposal', { amount: yuan(proposal.proposalPerMonth), count: proposal.months });
  };
  const totals = { income: input.income, essentials: input.essentials, affordable: plan.affordable, totalDue: plan.totalDue };

  return (
    <>
      <dl className="totals">
        {Object.entries(totals).map(([total, fen]) => (
          <div key={total}>
            <dt>{t(`plan.totals.${total}`)}</dt>
            <dd>{yuan(fen)}</dd>
          </div>
        ))}
      </dl>
      {plan.flags.includes('nothingAffordable') ? (
        <p className="notice">{t('plan.nothingAffordable')}</p>
      ) : plan.flags.includes('shortfall') ? (
        <p className="notice">
          {t('plan.shortfall', { due: yuan(plan.totalDue), affordable: yuan(plan.affordable), gap: yuan(plan.totalDue - plan.affordable) })}
        </p>
      ) : (
        <p>{t('plan.enough')}</p>
      )}
      {/* Below a yuan is what whole-yuan offers cannot use: not worth a line. */}
      {plan.unallocated >= 100 && <p>{t('plan.unallocated', { amount: yuan(plan.unallocated) })}</p>}
      {plan.flags.includes('paymentOrderDue') && <p className="notice warning">{t('plan.paymentOrderDue')}</p>}
      {(plan.flags.includes('beyondTerm') || plan.flags.includes('nothingAffordable')) && (
        <div className="notice">
          <p>{t('plan.doesNotStretch', { years: MAX_TERM_MONTHS / 12 })}</p>
          <Citations channels={['legalAid12348']} />
        </div>
      )}

      <h3 id="plan-order-heading">{t('plan.orderHeading')}</h3>
      <ol className="plan-debts" aria-labelledby="plan-order-heading">
        {ordered.map(({ proposal, debt }) => (
          <li key={debt.id} className="item" data-debt={debt.id}>
            <h4>{nameOf(debt)}</h4>
            <p className="hint">
              {tt(`nodes.lender.answers.${debt.type}`)} · {t('plan.owes', { amount: yuan(debt.outstanding) })}
            </p>
            <p className="proposal">{proposalText(proposal)}</p>
            {reasonsFor(proposal, debt, courtById.get(debt.id) ?? 'none').map((reason) => (
              <div key={reason.key}>
                <p>{t(`plan.reasons.${reason.key}`)}</p>
                {reason.key === 'creditCard' && debt.outstanding >= CREDIT_CARD_CRIME_THRESHOLD && (
                  <p>{t('plan.reasons.creditCardLarge', { amount: yuan(debt.outstanding) })}</p>
                )}
                {(reason.key === 'other' || reason.key === 'private') && (
                  <p>
                    <Link className="inline-link" to="/tools/cost">
                      {t('plan.checkCost')}
                    </Link>
                  </p>
                )}
                <Citations cites={reason.cites} />
              </div>
            ))}
          </li>
        ))}
      </ol>

      <WideTable
        id="plan-table-heading"
        heading={t('plan.tableHeading')}
        caption={t('plan.tableCaption')}
        columns={[t('plan.columns.debt'), t('plan.columns.perMonth'), t('plan.columns.months')]}
      >
        {ordered.map(({ proposal, debt }) => (
          <tr key={debt.id}>
            <th scope="row">{nameOf(debt)}</th>
            <td className="num">{proposal.dueNow > 0 ? t('plan.dueNowCell', { amount: yuan(proposal.dueNow) }) : yuan(proposal.proposalPerMonth)}</td>
            <td className="num">{proposal.months ?? t(proposal.beyondTerm ? 'plan.beyondTermCell' : 'plan.noMonths', { years: MAX_TERM_MONTHS / 12 })}</td>
          </tr>
        ))}
      </WideTable>

      <h3>{t('plan.borrowingHeading')}</h3>
      <p className={input.borrowingToRepay ? 'notice' : undefined}>{t(input.borrowingToRepay ? 'plan.borrowingNow' : 'plan.borrowing')}</p>
      <Citations cites={['bankAssocGuide']} />

      <h3>{t('plan.nextHeading')}</h3>
      <ul className="next-steps">
        <li>{t('plan.next.contact')}</li>
        <li>{t('plan.next.writing')}</li>
        <li>{t('plan.next.officialAccount')}</li>
        {hasCard && (
          <li>
            {t('plan.next.creditCard')}
            <Citations cites={['creditCardRules70']} />
          </li>
        )}
        <li>{t('plan.next.noAgents')}</li>
      </ul>
      <Link className="button secondary no-print" to={MEDIATION_PROPOSAL}>
        {t('mediation.open')}
      </Link>
      <StatusMarksNote />
    </>
  );
}
