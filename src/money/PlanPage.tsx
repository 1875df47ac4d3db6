import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextField } from '../components/fields.tsx';
import { LENDER_TYPES } from '../case/case.ts';
import { PlanResultView } from './PlanResult.tsx';
import { COURT_ANSWERS, emptyDebt, MAX_DEBTS, planForm, readPlan, type PlanDraft } from '../case/money/planStore.ts';
import { RowList } from './RowList.tsx';
import { ToolPage, type ToolFieldsProps } from './ToolPage.tsx';

/** /tools/plan: what the user can pay each month, which debt comes first and why, and an offer for each lender. */
export function PlanPage() {
  return (
    <ToolPage tool="plan" form={planForm} read={readPlan} Fields={PlanFields} result={(input, draft) => <PlanResultView input={input} debts={draft.debts} />} />
  );
}

function PlanFields({ draft, set, errorFor }: ToolFieldsProps<PlanDraft>) {
  const { t } = useTranslation('money');
  const { t: tt } = useTranslation('triage');
  return (
    <>
      <h2>{t('plan.moneyHeading')}</h2>
      <TextField
        id="plan-income"
        label={t('plan.income')}
        hint={t('plan.incomeHint')}
        value={draft.income}
        onChange={set('income')}
        error={errorFor('income')}
      />
      <TextField
        id="plan-essentials"
        label={t('plan.essentials')}
        hint={t('plan.essentialsHint')}
        value={draft.essentials}
        onChange={set('essentials')}
        error={errorFor('essentials')}
      />
      <ChoiceGroup
        id="plan-borrowing"
        multiple
        legend={t('plan.borrowingLegend')}
        options={[{ value: 'yes', label: t('plan.borrowingYes') }]}
        value={draft.borrowingToRepay ? ['yes'] : []}
        onChange={(chosen) => set('borrowingToRepay')(chosen.length > 0)}
      />

      <h2>{t('plan.debtsHeading')}</h2>
      <p className="hint">{t('plan.debtsHint')}</p>
      <RowList
        idPrefix="plan-debt"
        rows={draft.debts}
        onChange={set('debts')}
        newRow={emptyDebt}
        max={MAX_DEBTS}
        keepOne
        legend={(n) => t('plan.debtLegend', { n })}
        removeLabel={(n) => t('plan.removeDebt', { n })}
        addLabel={t('plan.addDebt')}
      >
        {(row, change) => {
          const id = (part: string) => `plan-debt-${row.id}-${part}`;
          const error = (part: string) => errorFor(`debt-${row.id}-${part}`);
          return (
            <>
              <TextField
                id={id('lender')}
                label={t('plan.lender')}
                hint={t('plan.lenderHint')}
                value={row.lender}
                onChange={(lender) => change({ lender })}
                error={error('lender')}
              />
              <ChoiceGroup
                id={id('type')}
                legend={t('plan.type')}
                options={LENDER_TYPES.map((type) => ({ value: type, label: tt(`nodes.lender.answers.${type}`) }))}
                value={row.type}
                onChange={(type) => change({ type })}
                error={error('type')}
              />
              <TextField
                id={id('outstanding')}
                label={t('plan.outstanding')}
                hint={t('plan.outstandingHint')}
                value={row.outstanding}
                onChange={(outstanding) => change({ outstanding })}
                error={error('outstanding')}
              />
              <TextField
                id={id('monthlyDue')}
                label={t('plan.monthlyDue')}
                hint={t('plan.monthlyDueHint')}
                value={row.monthlyDue}
                onChange={(monthlyDue) => change({ monthlyDue })}
                error={error('monthlyDue')}
              />
              <TextField
                id={id('daysOverdue')}
                inputMode="numeric"
                label={t('plan.daysOverdue')}
                hint={t('plan.daysOverdueHint')}
                value={row.daysOverdue}
                onChange={(daysOverdue) => change({ daysOverdue })}
                error={error('daysOverdue')}
              />
              <ChoiceGroup
                id={id('court')}
                legend={t('plan.court')}
                hint={t('plan.courtHint')}
                options={COURT_ANSWERS.map((court) => ({ value: court, label: t(`plan.courts.${court}`) }))}
                value={row.court}
                onChange={(court) => change({ court })}
                error={error('court')}
              />
            </>
          );
        }}
      </RowList>
    </>
  );
}
