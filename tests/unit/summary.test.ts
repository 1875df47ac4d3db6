import { createInstance, type TFunction } from 'i18next';
import type { Answers } from '../../src/flow/schema.ts';
import { emptyDetails } from '../../src/case/details.ts';
import { caseFrom } from '../../src/case/letterCase.ts';
import { flagsFor } from '../../src/case/log/flags.ts';
import { checkCost, readCost, type CostDraft } from '../../src/case/money/costCheck.ts';
import { emptyDebt, savedPlan, type PlanDraft } from '../../src/case/money/planStore.ts';
import type { ServiceDates } from '../../src/case/serviceDates.ts';
import { caseSummary, type SummarySection, type SummarySources } from '../../src/case/summary.ts';
import { summaryBlocks, summaryText } from '../../src/letters/summaryText.ts';
import enLetters from '../../locales/en/letters.json' with { type: 'json' };
import enLog from '../../locales/en/log.json' with { type: 'json' };
import enTriage from '../../locales/en/triage.json' with { type: 'json' };
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import zhLetters from '../../locales/zh-CN/letters.json' with { type: 'json' };
import zhLog from '../../locales/zh-CN/log.json' with { type: 'json' };
import zhTriage from '../../locales/zh-CN/triage.json' with { type: 'json' };
import zhUi from '../../locales/zh-CN/ui.json' with { type: 'json' };
import { logEntry } from '../support/logEntries.ts';
import { fullPath, privateLoanDraft } from './fixtures.ts';

const TODAY = '2026-03-06';
const noDates: ServiceDates = { served: {} };

type Given = { answers?: Partial<Answers>; service?: ServiceDates; cost?: CostDraft; plan?: PlanDraft; entries?: ReturnType<typeof logEntry>[] };

function sources({ answers = {}, service = noDates, cost, plan, entries = [] }: Given): SummarySources {
  const all = { ...fullPath, ...answers } as Answers;
  const letterCase = caseFrom({ details: emptyDetails(), answers: all, entries, report: flagsFor(entries, []), today: TODAY });
  const read = cost && readCost(cost);
  return {
    letterCase,
    answers: all,
    service,
    cost: read?.ok ? checkCost(read.value) : null,
    plan: plan ? savedPlan({ shown: true, draft: plan }) : null,
  };
}
const summary = (given: Given) => caseSummary(sources(given), TODAY);
const ids = (sections: SummarySection[]) => sections.map((s) => s.id);
const section = <I extends SummarySection['id']>(sections: SummarySection[], id: I) =>
  sections.find((s) => s.id === id) as Extract<SummarySection, { id: I }> | undefined;
const questions = (sections: SummarySection[]) => (section(sections, 'questions')?.questions ?? []).map((q) => (q.stage ? `${q.id}:${q.stage}` : q.id));

const onePlan: PlanDraft = {
  income: '8000',
  essentials: '5000',
  borrowingToRepay: false,
  debts: [{ ...emptyDebt('1'), lender: '某某银行', type: 'bankCard', outstanding: '30000', monthlyDue: '1500', daysOverdue: '40', court: 'none' }],
};

describe('the case summary: a table of cases and their sections', () => {
  const table: [string, Given, string[], string[]][] = [
    // A bank card, recognised, no court, a goal: nothing unknown, so no questions.
    ['the full path with no tools used', {}, ['debts', 'recognition', 'conduct', 'goal'], []],
    [
      'a payment order served on 1 March',
      { answers: { court: 'paymentOrder' }, service: { served: { paymentOrder: '2026-03-01' } } },
      ['debts', 'recognition', 'court', 'conduct', 'goal'],
      [],
    ],
    [
      'a payment order with no date of service',
      { answers: { court: 'paymentOrder' } },
      ['debts', 'recognition', 'court', 'conduct', 'goal', 'questions'],
      ['servedOn:paymentOrder'],
    ],
    // A date saved for papers the case no longer has makes no court section.
    ['no court papers, a stale date of service', { service: { served: { paymentOrder: '2026-03-01' } } }, ['debts', 'recognition', 'conduct', 'goal'], []],
    ['not sure the papers are from a court', { answers: { court: 'dontKnow' } }, ['debts', 'recognition', 'conduct', 'goal', 'questions'], ['courtUnsure']],
    [
      'a judgment of unknown kind, no date',
      { answers: { court: 'judgment' } },
      ['debts', 'recognition', 'court', 'conduct', 'goal', 'questions'],
      ['judgmentKind:judgment', 'servedOn:judgment'],
    ],
    [
      'a small-claims judgment',
      { answers: { court: 'judgment' }, service: { served: {}, judgmentKind: 'smallClaims' } },
      ['debts', 'recognition', 'court', 'conduct', 'goal'],
      [],
    ],
    [
      'a lawsuit whose period has passed',
      { answers: { court: 'lawsuit' }, service: { served: { lawsuit: '2026-02-01' } } },
      ['debts', 'recognition', 'court', 'conduct', 'goal', 'questions'],
      ['deadlinePassed:lawsuit'],
    ],
    [
      'nothing known: lender, amount, goal',
      { answers: { lender: 'dontKnow', debtMatches: 'dontKnow', goal: 'notSure', conduct: ['none'] } },
      ['debts', 'recognition', 'goal', 'questions'],
      ['lenderType', 'debtUnverified', 'goal'],
    ],
    ['a debt the user does not recognise', { answers: { debtMatches: 'noDebt' } }, ['debts', 'recognition', 'conduct', 'goal', 'questions'], ['debtDisputed']],
    ['the true cost checked', { cost: privateLoanDraft() }, ['debts', 'recognition', 'conduct', 'cost', 'goal'], []],
    [
      'a loan after the last confirmed LPR month',
      { cost: privateLoanDraft({ date: '2026-10-15' }) },
      ['debts', 'recognition', 'conduct', 'cost', 'goal', 'questions'],
      ['lprUnverified'],
    ],
    [
      'a loan from before the 2020 transition',
      { cost: privateLoanDraft({ date: '2019-03-10' }) },
      ['debts', 'recognition', 'conduct', 'cost', 'goal', 'questions'],
      ['lprTransition'],
    ],
    ['a plan made', { plan: onePlan }, ['debts', 'recognition', 'conduct', 'plan', 'goal'], []],
    [
      'an unknown lender, but a credit card in the plan',
      { answers: { lender: 'dontKnow' }, plan: onePlan },
      ['debts', 'recognition', 'conduct', 'plan', 'goal'],
      [],
    ],
  ];
  it.each(table)('%s', (_, given, sections, asked) => {
    const made = summary(given);
    expect(ids(made)).toEqual(sections);
    expect(questions(made)).toEqual(asked);
  });

  it('gives a served paper its last day, as the checklist counts it (legal-cn H: 1 March served, 16 March)', () => {
    const court = section(summary({ answers: { court: 'paymentOrder' }, service: { served: { paymentOrder: '2026-03-01' } } }), 'court')!;
    expect(court.papers).toEqual([{ stage: 'paymentOrder', served: '2026-03-01', deadline: { lastDay: '2026-03-16', workingWeekend: false } }]);
  });

  it('lists every kind of lender owed, the debts in the plan included', () => {
    const plan: PlanDraft = { ...onePlan, debts: [...onePlan.debts, { ...onePlan.debts[0], id: '2', type: 'platform' }] };
    expect(section(summary({ answers: { lender: 'consumerFinance' }, plan }), 'debts')!.lenders).toEqual(['bankCard', 'consumerFinance', 'platform']);
  });

  it('counts the log as the log page does: entries with a possible breach, per flag, and their days', () => {
    const entries = [logEntry('a', '2026-02-18T22:40'), logEntry('b', '2026-02-19T10:00'), logEntry('c', '2026-02-20T23:10')];
    const conduct = section(summary({ entries }), 'conduct')!;
    expect(conduct.loggedContacts).toBe(3);
    expect(conduct.breaches).toEqual({ entries: 2, byFlag: [['night', 2]], from: '2026-02-18', to: '2026-02-20' });
  });

  it('is pure: the same case gives the same summary', () => {
    const given: Given = { answers: { court: 'paymentOrder' }, plan: onePlan, cost: privateLoanDraft() };
    expect(summary(given)).toEqual(summary(given));
  });
});

function translator(language: 'en' | 'zh-CN'): TFunction {
  const resources =
    language === 'en' ? { letters: enLetters, triage: enTriage, log: enLog, ui: enUi } : { letters: zhLetters, triage: zhTriage, log: zhLog, ui: zhUi };
  const i18n = createInstance();
  void i18n.init({ lng: language, resources: { [language]: resources }, defaultNS: 'letters', initAsync: false, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('the summary in words', () => {
  const everything: Given = {
    answers: { court: 'paymentOrder', lender: 'dontKnow', goal: 'notSure' },
    service: { served: { paymentOrder: '2026-03-01' } },
    cost: privateLoanDraft(),
    plan: onePlan,
    entries: [logEntry('a', '2026-02-18T22:40')],
  };

  it('states the last day, the questions and the 12348 footer in Simplified Chinese', () => {
    const t = translator('zh-CN');
    const blocks = summaryBlocks(t, 'zh-CN', summary(everything));
    const court = blocks.find((b) => b.id === 'court')!;
    expect(court.heading).toBe('法院文书');
    expect(court.lines).toEqual(['支付令：2026年3月1日签收', '书面异议的最后一天：2026年3月16日星期一']);
    expect(blocks.find((b) => b.id === 'questions')!.lines).toEqual([zhLetters.summary.questions.goal]);
    const text = summaryText(t, 'zh-CN', blocks, TODAY);
    expect(text.split('\n').slice(0, 2)).toEqual(['案情摘要', '整理日期：2026年3月6日']);
    expect(text).toContain('- 书面异议的最后一天：2026年3月16日星期一\n');
    expect(text).toContain('12348');
  });

  it('leaves no key untranslated in either language', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const lines = summaryBlocks(translator(language), language, summary(everything)).flatMap((b) => [b.heading, ...b.lines]);
      expect(lines.filter((line) => /summary\.|nodes\.|flags\.|deadline\./.test(line))).toEqual([]);
    }
  });

  it('puts the plan and the cost in amounts and rates', () => {
    const blocks = summaryBlocks(translator('en'), 'en', summary(everything));
    expect(blocks.find((b) => b.id === 'plan')!.lines[0]).toBe(
      'Monthly income ¥8,000.00, essential costs ¥5,000.00, available for repayments each month ¥3,000.00.',
    );
    expect(blocks.find((b) => b.id === 'cost')!.lines).toContain('Held back when the loan was paid out (contract amount minus amount received): ¥1,500.00');
  });
});
