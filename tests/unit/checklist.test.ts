import { checklistFor } from '../../src/flow/checklist.ts';
import { replay } from '../../src/flow/replay.ts';
import { checklist, triageChecklist } from '../../src/triage/checklistItems.ts';
import type { Answers } from '../../src/flow/schema.ts';
import { flow } from '../../src/case/flow.ts';
import { law } from '../../src/law/law.ts';
import { machine } from '../../src/case/triage.ts';
import { checklistText, type CourtDates } from '../../src/triage/checklistText.ts';
import { textsIn } from '../support/letterTexts.ts';
import { fullPath } from './fixtures.ts';

const itemsFor = (answers: Answers) => triageChecklist(replay(flow, machine, answers)).items;
const idsFor = (answers: Answers) => itemsFor(answers).map((i) => i.id);
const noDates: CourtDates = { dates: { served: {} }, today: '2026-03-06', language: 'zh-CN' };

describe('checklistFor', () => {
  it('is empty before a result is reached', () => {
    expect(checklistFor(checklist, replay(flow, machine, { danger: ['none'] }))).toEqual([]);
    expect(idsFor({ danger: ['none'] })).toEqual([]);
  });

  it('orders items by urgency group', () => {
    const groups = itemsFor({ ...fullPath, danger: ['threatened'], court: 'paymentOrder' }).map((i) => i.group);
    const order = groups.map((g) => checklist.groups.indexOf(g));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(groups[0]).toBe('safety');
  });

  it('puts the 15-day written objection first after safety when a payment order arrived', () => {
    const ids = idsFor({ ...fullPath, court: 'paymentOrder', goal: 'negotiate', debtMatches: 'matches' });
    const firstNonSafety = itemsFor({ ...fullPath, court: 'paymentOrder' }).find((i) => i.group !== 'safety');
    expect(firstNonSafety?.id).toBe('objectPaymentOrder');
    expect(ids).toContain('contactLenderDirectly');
    // Asking for instalments does not stop a payment order (民诉法解释第436条).
    expect(ids).not.toContain('creditCardInstalment');
    expect(ids).not.toContain('realisticOffer');
  });

  it('routes a bank credit card complaint to 12378 and names the standard behind night calls', () => {
    const items = itemsFor(fullPath);
    const ids = items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['complain12378', 'nightCalls', 'thirdParties', 'recordCalls', 'keepScreenshots']));
    expect(ids).not.toContain('complainLocalRegulator');
    const night = items.find((i) => i.id === 'nightCalls')!;
    const kinds = night.cites!.map((id) => law.rules[law.citations[id].rule].kind);
    expect(kinds).toEqual(['standard', 'selfRegulation']); // never a law
  });

  it('sends a small-loan company complaint to the local financial regulator, not 12378', () => {
    const ids = idsFor({ ...fullPath, lender: 'smallLoan' });
    expect(ids).toContain('complainLocalRegulator');
    expect(ids).not.toContain('complain12378');
  });

  it('shows the private-lending cap only for a private lender', () => {
    expect(idsFor({ ...fullPath, lender: 'private', circumstances: ['highCharges'] })).toContain('chargesPrivateLender');
    const bank = idsFor({ ...fullPath, circumstances: ['highCharges'] });
    expect(bank).not.toContain('chargesPrivateLender');
    expect(bank).toEqual(expect.arrayContaining(['chargesCreditCard', 'chargesLicensed']));
  });

  it('adds items for what the contact log holds, though the answers did not mention it', () => {
    const quiet = { ...fullPath, conduct: ['none'] };
    const live = replay(flow, machine, quiet);
    expect(triageChecklist(live).items.map((i) => i.id)).not.toContain('nightCalls');
    const withLog = triageChecklist(live, new Set(['log.night', 'log.disclosure'])).items.map((i) => i.id);
    expect(withLog).toEqual(expect.arrayContaining(['nightCalls', 'thirdParties', 'relativesNotLiable']));
    expect(withLog).not.toContain('threatsInsults');
  });

  it('adds items for what the money tools found, and links the tools', () => {
    const answers = { ...fullPath, lender: 'smallLoan', canPay: 'all', goal: 'negotiate' };
    const live = replay(flow, machine, answers);
    const without = triageChecklist(live).items.map((i) => i.id);
    const moneyItems = [
      'findLawyer',
      'checkCourtStatus',
      'creditCardRule68',
      'realisticOffer',
      'creditCardInstalment',
      'lessReceived',
      'listDebts',
      'stopBorrowingToRepay',
    ];
    for (const id of moneyItems) expect(without).not.toContain(id);
    const facts = new Set([
      'plan.lawsuit',
      'plan.courtUnknown',
      'plan.creditCardDebt',
      'plan.shortfall',
      'plan.planMade',
      'plan.borrowingToRepay',
      'cost.deducted',
    ]);
    const { items } = triageChecklist(live, facts);
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(moneyItems));
    expect(Object.fromEntries(items.filter((i) => i.tool).map((i) => [i.id, i.tool]))).toMatchObject({
      lessReceived: 'cost',
      listDebts: 'plan',
      stopBorrowingToRepay: 'plan',
    });
    expect(triageChecklist(replay(flow, machine, { ...answers, lender: 'private' }), new Set(['cost.aboveLprCap'])).items.map((i) => i.id)).toContain(
      'chargesPrivateLender',
    );
  });

  it('says wherever it cites 信用卡办法 that its validity is unconfirmed (legal-cn B1), and nowhere else', () => {
    const { ui, tt } = textsIn('zh-CN');
    const lines = checklistText(ui, tt, 'checklist', itemsFor(fullPath), {}, noDates).split('\n');
    const note = ui('inForceUnconfirmed');
    const cardLines = lines.filter((line) => line.includes(tt('rules.creditCardRules')));
    expect(cardLines.length).toBeGreaterThan(0);
    for (const line of cardLines) expect(line).toContain(note);
    expect(lines.filter((line) => line.includes(note) && !line.includes(tt('rules.creditCardRules')))).toEqual([]);
  });

  it('cites only ids that exist in the registry', () => {
    for (const item of Object.values(checklist.items)) {
      for (const id of item.cites ?? []) expect(law.citations, id).toHaveProperty(id);
      for (const id of item.channels ?? []) expect(law.channels, id).toHaveProperty(id);
    }
  });
});

describe('checklistText, the court deadline', () => {
  const { ui, tt } = textsIn('zh-CN');
  const textFor = (court: 'paymentOrder' | 'lawsuit', dates: CourtDates['dates'], today: string) => {
    const items = itemsFor({ ...fullPath, court });
    const text = checklistText(ui, tt, 'checklist', items, {}, { dates, today, language: 'zh-CN' });
    // What comes before the first group of items: the deadlines, if any.
    return { text, top: text.split(ui('checklist.groupHeading', { group: tt(`groups.${items[0].group}`) }))[0] };
  };

  // legal-cn H: the day of service does not count; day 15 is the last day, moved past a holiday.
  it.each([
    {
      case: 'no date of service: no deadline lines',
      court: 'paymentOrder' as const,
      served: {},
      today: '2026-03-06',
      has: [],
      hasNot: ['今天先做', '送达日期', '最后一天', '顺延'],
    },
    {
      case: 'a payment order with days left',
      court: 'paymentOrder' as const,
      served: { paymentOrder: '2026-03-01' },
      today: '2026-03-06',
      has: [
        `【今天先做】\n${tt('checklist.objectPaymentOrder.title')}\n`,
        '送达日期：2026年3月1日星期日',
        '最后一天：2026年3月16日星期一 还有 10 天',
        '第225至228条',
        '节假日数据到',
      ],
      hasNot: ['已经过了', '12348', '可能顺延'],
    },
    {
      case: 'a payment order whose last day is National Day: the moved date, and act by the earlier one',
      court: 'paymentOrder' as const,
      served: { paymentOrder: '2026-09-16' },
      today: '2026-09-20',
      has: [
        '最后一天：2026年10月1日星期四 还有 11 天',
        '可能顺延到 2026年10月8日星期四。但顺延不一定算数，请按前一个日期办，最晚在 2026年10月1日星期四 办好。',
      ],
      hasNot: ['<n>', '已经过了'],
    },
    {
      case: 'a defence whose period has passed: 第86条 on good cause, a lawyer and 12348',
      court: 'lawsuit' as const,
      served: { lawsuit: '2026-02-01' },
      today: '2026-03-06',
      has: ['最后一天：2026年2月16日星期一 已经过了 18 天', ui('deadline.passedWhat'), '第86条', tt('channels.legalAid12348.name'), '第128条'],
      hasNot: ['还有'],
    },
  ])('$case', ({ court, served, today, has, hasNot }) => {
    const { text, top } = textFor(court, { served }, today);
    for (const line of has) expect(top).toContain(line);
    for (const line of hasNot) expect(top).not.toContain(line);
    // The items follow as before.
    expect(text).toContain(tt(`checklist.${court === 'lawsuit' ? 'answerLawsuit' : 'objectPaymentOrder'}.why`));
  });
});
