import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextField } from '../components/fields.tsx';
import { checkCost, costForm, MAX_FEE_ROWS, MAX_PAYMENT_ROWS, needsLpr, readCost, SCHEDULES, type CostDraft, type FeeDraft } from '../case/money/costCheck.ts';
import { CostResultView } from './CostResult.tsx';
import { LAST_CONFIRMED_MONTH } from '../case/money/lpr.ts';
import { LENDER_TYPES } from '../case/case.ts';
import { FEE_KINDS, FEE_TIMES } from '../case/money/rate.ts';
import { RowList } from './RowList.tsx';
import { ToolPage, type ToolFieldsProps } from './ToolPage.tsx';
import { useMoneyFormat } from './useMoneyText.ts';

/** /tools/cost: what a loan really costs a year, and how that compares with what applies to the lender. */
export function CostPage() {
  return (
    <ToolPage tool="cost" form={costForm} read={readCost} Fields={CostFields} result={(input) => <CostResultView input={input} result={checkCost(input)} />} />
  );
}

function CostFields({ draft, set, errorFor }: ToolFieldsProps<CostDraft>) {
  const { t } = useTranslation('money');
  const { t: tt } = useTranslation('triage');
  const { month } = useMoneyFormat();
  const field = (name: 'contract' | 'received' | 'date' | 'lpr' | 'count' | 'amount' | 'firstDue') => ({
    id: `cost-${name}`,
    error: errorFor(name),
    value: draft[name],
    onChange: set(name),
  });
  return (
    <>
      <ChoiceGroup
        id="cost-lender"
        legend={t('cost.lenderLegend')}
        hint={t('cost.lenderHint')}
        options={LENDER_TYPES.map((type) => ({ value: type, label: tt(`nodes.lender.answers.${type}`) }))}
        value={draft.lender}
        onChange={set('lender')}
        error={errorFor('lender')}
      />
      <h2>{t('cost.loanHeading')}</h2>
      <TextField {...field('contract')} label={t('cost.contract')} hint={t('cost.amountHint')} />
      <TextField {...field('received')} label={t('cost.received')} hint={t('cost.receivedHint')} />
      <TextField {...field('date')} type="date" label={t('cost.date')} hint={t('cost.dateHint')} />
      {needsLpr(draft) && (
        <div className="notice">
          <p>{t('cost.lprNotVerified', { month: month(LAST_CONFIRMED_MONTH) })}</p>
          <TextField {...field('lpr')} inputMode="decimal" label={t('cost.lpr')} hint={t('cost.lprHint')} />
        </div>
      )}

      <h2>{t('cost.repayHeading')}</h2>
      <ChoiceGroup
        id="cost-schedule"
        legend={t('cost.scheduleLegend')}
        options={SCHEDULES.map((kind) => ({ value: kind, label: t(`cost.schedules.${kind}`) }))}
        value={draft.schedule}
        onChange={set('schedule')}
        error={errorFor('schedule')}
      />
      {draft.schedule === 'regular' && (
        <>
          <TextField {...field('count')} inputMode="numeric" label={t('cost.count')} hint={t('cost.countHint')} />
          <TextField {...field('amount')} label={t('cost.amount')} hint={t('cost.amountHint')} />
          <TextField {...field('firstDue')} type="date" label={t('cost.firstDue')} hint={t('cost.firstDueHint')} />
        </>
      )}
      {draft.schedule === 'dated' && (
        <RowList
          idPrefix="cost-payment"
          rows={draft.payments}
          onChange={set('payments')}
          newRow={(id) => ({ id, date: '', amount: '' })}
          max={MAX_PAYMENT_ROWS}
          keepOne
          legend={(n) => t('cost.paymentLegend', { n })}
          removeLabel={(n) => t('cost.removePayment', { n })}
          addLabel={t('cost.addPayment')}
        >
          {(row, change) => (
            <>
              <TextField
                id={`cost-payment-${row.id}-date`}
                type="date"
                label={t('cost.paymentDate')}
                value={row.date}
                onChange={(date) => change({ date })}
                error={errorFor(`payment-${row.id}-date`)}
              />
              <TextField
                id={`cost-payment-${row.id}-amount`}
                label={t('cost.paymentAmount')}
                value={row.amount}
                onChange={(amount) => change({ amount })}
                error={errorFor(`payment-${row.id}-amount`)}
              />
            </>
          )}
        </RowList>
      )}

      <h2>{t('cost.feesHeading')}</h2>
      <p className="hint">{t('cost.feesHint')}</p>
      <RowList
        idPrefix="cost-fee"
        rows={draft.fees}
        onChange={set('fees')}
        newRow={(id): FeeDraft => ({ id, amount: '' })}
        max={MAX_FEE_ROWS}
        legend={(n) => t('cost.feeLegend', { n })}
        removeLabel={(n) => t('cost.removeFee', { n })}
        addLabel={t('cost.addFee')}
      >
        {(row, change) => (
          <>
            <ChoiceGroup
              id={`cost-fee-${row.id}-kind`}
              legend={t('cost.feeKind')}
              options={FEE_KINDS.map((kind) => ({ value: kind, label: t(`feeKinds.${kind}`) }))}
              value={row.kind}
              onChange={(kind) => change({ kind })}
              error={errorFor(`fee-${row.id}-kind`)}
            />
            <TextField
              id={`cost-fee-${row.id}-amount`}
              label={t('cost.feeAmount')}
              value={row.amount}
              onChange={(amount) => change({ amount })}
              error={errorFor(`fee-${row.id}-amount`)}
            />
            <ChoiceGroup
              id={`cost-fee-${row.id}-when`}
              legend={t('cost.feeWhen')}
              options={FEE_TIMES.map((when) => ({ value: when, label: t(`cost.feeTimes.${when}`) }))}
              value={row.when}
              onChange={(when) => change({ when })}
              error={errorFor(`fee-${row.id}-when`)}
            />
          </>
        )}
      </RowList>
    </>
  );
}
