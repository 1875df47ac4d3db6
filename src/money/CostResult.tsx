import { useTranslation } from 'react-i18next';
import { Citations, StatusMarksNote } from '../law/Citations.tsx';
import { focusField } from '../components/fields.tsx';
import { WideTable } from '../components/WideTable.tsx';
import type { CapCompared, Comparison, CostInput, CostResult } from '../case/money/costCheck.ts';
import { LAST_CONFIRMED_MONTH, RULES_2015 } from '../case/money/lpr.ts';
import type { LenderType } from '../case/case.ts';
import type { ChannelId, CitationId } from '../law/law.ts';
import type { CashFlowRow } from '../case/money/rate.ts';
import { useMoneyFormat } from './useMoneyText.ts';

/** The rate, the cash flows it comes from, and what applies to this lender. */
export function CostResultView({ input, result }: { input: CostInput; result: CostResult }) {
  const { t } = useTranslation('money');
  const { yuan, percent } = useMoneyFormat();
  if (!result.ok) return <CannotCompute error={result.error} />;
  const { table, nominalAnnual, effectiveAnnual } = result;
  return (
    <>
      <p className="figure">
        {t('cost.rate')} <strong>{percent(nominalAnnual)}</strong>
      </p>
      <p>{t('cost.rateExplain')}</p>
      {nominalAnnual < 0 && <p className="notice">{t('cost.negative')}</p>}
      <p>{t('cost.effective', { rate: percent(effectiveAnnual) })}</p>
      <dl className="totals">
        {(['received', 'repaid', 'fees', 'cost'] as const).map((total) => (
          <div key={total}>
            <dt>{t(`cost.totals.${total}`)}</dt>
            <dd>{yuan(table[total])}</dd>
          </div>
        ))}
      </dl>

      <WideTable
        id="cost-table-heading"
        heading={t('cost.tableHeading')}
        caption={t('cost.tableCaption')}
        columns={[t('cost.columns.entry'), t('cost.columns.amount'), t('cost.columns.net')]}
      >
        {table.rows.map((row, i) => (
          <tr key={i}>
            <th scope="row">
              <span className="flow-date">{row.date}</span> {flowLabel(t, row)}
            </th>
            <td className="num">{yuan(row.fen)}</td>
            <td className="num">{yuan(row.runningNet)}</td>
          </tr>
        ))}
      </WideTable>

      <h3>{t('cost.compareHeading')}</h3>
      <ComparisonView comparison={result.comparison} input={input} rate={nominalAnnual} deducted={result.deducted} />
      <StatusMarksNote />
    </>
  );
}

/** Why there is no rate, where the form allows a reason, and that nothing is compared with a cap. */
function CannotCompute({ error }: { error: Extract<CostResult, { ok: false }>['error'] }) {
  const { t } = useTranslation('money');
  const reason =
    error === 'nothingReceivedNet' ? t('cost.nothingReceivedNet') : error === 'rateBelowRange' ? t('cost.rateBelowRange') : t('cost.cannotCompute');
  return (
    <>
      <p className="notice">{reason}</p>
      <p>{t('cost.noComparison')}</p>
    </>
  );
}

function flowLabel(t: (key: string) => string, row: CashFlowRow): string {
  return row.kind === 'fee' ? t(`feeKinds.${row.fee ?? 'other'}`) : t(`cost.flows.${row.kind}`);
}

/** What else applies to a licensed lender's charges (legal-cn §A6), beyond not being private lending. */
const EXTRA_CITES: Partial<Record<LenderType, CitationId[]>> = {
  bankCard: ['bankCardDisputes2'],
  bankLoan: ['assistedLendingNotice'],
  smallLoan: ['smallLoanCostGuide'],
};

/** Where to complain about a licensed lender's charges (legal-cn §D). */
const CHANNEL: Partial<Record<LenderType, ChannelId>> = {
  bankCard: 'nfra12378',
  bankLoan: 'nfra12378',
  consumerFinance: 'nfra12378',
  smallLoan: 'localFinance',
};

function ComparisonView({ comparison, input, rate, deducted }: { comparison: Comparison; input: CostInput; rate: number; deducted: number }) {
  const { t } = useTranslation('money');
  const { yuan, percent } = useMoneyFormat();
  const loan = input.schedule.input;
  const date = loan.start;

  if (comparison.rule === 'dependsOnLender') {
    return (
      <>
        <p>{t('cost.depends.intro')}</p>
        <p>{t('cost.depends.findOut')}</p>
        {comparison.privateCap && <p>{t('cost.depends.ifPrivate', { date, cap: percent(comparison.privateCap.cap) })}</p>}
        {comparison.transition && <p>{t('cost.depends.ifPrivateTransition')}</p>}
        {comparison.privateCap && <LprCheckedThrough />}
        <Citations cites={['privateLending25', 'privateLending1', 'localFinanceReply']} />
      </>
    );
  }

  if (comparison.rule === 'noLprCap') {
    const lender = input.lender;
    return (
      <>
        <p>{t('cost.licensed.notPrivateLending')}</p>
        {lender === 'bankCard' && <p>{t('cost.licensed.bankCard')}</p>}
        {lender === 'bankLoan' && <p>{t('cost.licensed.assistedLending')}</p>}
        {lender === 'smallLoan' && <p>{t('cost.licensed.smallLoan')}</p>}
        <p>{t('cost.licensed.reduce')}</p>
        <Citations cites={['privateLending1', 'localFinanceReply', ...(EXTRA_CITES[lender] ?? [])]} channels={CHANNEL[lender] ? [CHANNEL[lender]] : []} />
      </>
    );
  }

  const cites: CitationId[] = ['privateLending25', 'privateLending28', ...(deducted > 0 ? (['civilCode670'] as const) : []), 'civilCode680'];
  const deductedNote = deducted > 0 && (
    <p>{t('cost.private.deducted', { contract: yuan(loan.contract ?? loan.received), received: yuan(loan.received), deducted: yuan(deducted) })}</p>
  );
  if (comparison.rule === 'transition') {
    return (
      <>
        <Transition comparison={comparison} date={date} rate={rate} />
        {deductedNote}
        <p>{t('cost.private.estimate')}</p>
        <Citations cites={['privateLending31', 'privateLending2015Art26', ...cites]} />
      </>
    );
  }
  if ('missing' in comparison) {
    return (
      <>
        <p>{t('cost.private.intro')}</p>
        <p>
          {t('cost.private.notVerified')}{' '}
          <a className="inline-link" href="#cost-lpr" onClick={(event) => focusField(event, 'cost-lpr')}>
            {t('cost.private.enterLpr')}
          </a>
        </p>
        <Citations cites={cites} />
      </>
    );
  }
  const values = { date, rate: percent(rate), lpr: percent(comparison.lpr), cap: percent(comparison.cap), announced: comparison.announced };
  return (
    <>
      <p>{t('cost.private.intro')}</p>
      <p>{comparison.announced ? t('cost.private.cap', values) : t('cost.private.capEntered', values)}</p>
      <p className={comparison.above ? 'verdict above' : 'verdict'}>{t(comparison.above ? 'cost.private.above' : 'cost.private.notAbove', values)}</p>
      {comparison.announced && <LprCheckedThrough />}
      {deductedNote}
      <p>{t('cost.private.estimate')}</p>
      <Citations cites={cites} />
    </>
  );
}

/** How old the app's LPR table is: it goes stale every month (README, keeping content current). */
function LprCheckedThrough() {
  const { t } = useTranslation('money');
  const { month } = useMoneyFormat();
  return <p className="hint">{t('cost.lprCheckedThrough', { month: month(LAST_CONFIRMED_MONTH) })}</p>;
}

/**
 * A private loan made before 2020-08-20 (legal-cn §I, 民间借贷规定第31条): two periods, each with
 * its own rule, and the one thing about the second that is not settled.
 */
function Transition({ comparison, date, rate }: { comparison: Extract<Comparison, { rule: 'transition' }>; date: string; rate: number }) {
  const { t } = useTranslation('money');
  const { percent } = useMoneyFormat();
  const rateText = percent(rate);
  // The 2015 figures come from code, next to their source, like every other rate shown.
  const rules2015 = { supported: percent(RULES_2015.supportedUpTo), void: percent(RULES_2015.voidAbove) };
  const capLine = (key: 'atContract' | 'atFiling', cap: CapCompared) => (
    <li>
      <p>{t(`cost.transition.${key}`, { date, lpr: percent(cap.lpr), announced: cap.announced, cap: percent(cap.cap) })}</p>
      <p className={cap.above ? 'verdict above' : 'verdict'}>
        {t(cap.above ? 'cost.transition.above' : 'cost.transition.notAbove', { rate: rateText, cap: percent(cap.cap) })}
      </p>
    </li>
  );
  return (
    <>
      <p>{t('cost.transition.intro', { date })}</p>
      <h4>{t('cost.transition.earlyHeading')}</h4>
      <p>{t('cost.transition.early', rules2015)}</p>
      <p className={comparison.band2015 === 'upTo24' ? 'verdict' : 'verdict above'}>
        {t(`cost.transition.band.${comparison.band2015}`, { rate: rateText, ...rules2015 })}
      </p>
      <h4>{t('cost.transition.laterHeading')}</h4>
      <p>{t('cost.transition.later')}</p>
      <p>{t('cost.transition.whichLpr')}</p>
      <ul>
        {comparison.atContract ? capLine('atContract', comparison.atContract) : <li>{t('cost.transition.noLprAtContract', { date })}</li>}
        {capLine('atFiling', comparison.atFiling)}
      </ul>
      <LprCheckedThrough />
      <p>{t('cost.transition.privateOnly')}</p>
    </>
  );
}
