import { useTranslation } from 'react-i18next';
import { Citations, StatusMarksNote } from '../components/Citations.tsx';
import { focusField } from '../components/fields.tsx';
import { WideTable } from '../components/WideTable.tsx';
import type { Comparison, CostInput, CostResult } from './costCheck.ts';
import type { LenderType } from '../case/case.ts';
import type { ChannelId, CitationId } from '../triage/law.ts';
import type { CashFlowRow } from './rate.ts';
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
const EXTRA_CITES: Partial<Record<LenderType, CitationId[]>> = { bankCard: ['bankCardDisputes2'], bankLoan: ['assistedLendingNotice'], smallLoan: ['smallLoanCostGuide'] };

/** Where to complain about a licensed lender's charges (legal-cn §D). */
const CHANNEL: Partial<Record<LenderType, ChannelId>> = { bankCard: 'nfra12378', bankLoan: 'nfra12378', consumerFinance: 'nfra12378', smallLoan: 'localFinance' };

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
  if ('missing' in comparison) {
    return (
      <>
        <p>{t('cost.private.intro')}</p>
        {comparison.missing === 'notVerified' ? (
          <p>
            {t('cost.private.notVerified')} <a className="inline-link" href="#cost-lpr" onClick={(event) => focusField(event, 'cost-lpr')}>
              {t('cost.private.enterLpr')}
            </a>
          </p>
        ) : (
          <p>{t('cost.private.beforeTable')}</p>
        )}
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
      {deducted > 0 && <p>{t('cost.private.deducted', { contract: yuan(loan.contract ?? loan.received), received: yuan(loan.received), deducted: yuan(deducted) })}</p>}
      <p>{t('cost.private.estimate')}</p>
      <Citations cites={cites} />
    </>
  );
}
