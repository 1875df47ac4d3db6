import fc from 'fast-check';
import { getShortestPaths } from 'xstate/graph';
import { inScope, mayOfferToPay, type Case } from '../../src/case/case.ts';
import { mediationProposal } from '../../src/case/money/mediation.ts';
import { planRepayments, type PlanInput } from '../../src/case/money/plan.ts';
import { nodeOf, type FlowEvent } from '../../src/flow/machine.ts';
import { replay, type Live } from '../../src/flow/replay.ts';
import type { Answer, Answers, QuestionNode } from '../../src/flow/schema.ts';
import { caseFrom, POLICE_FLAGS } from '../../src/case/letterCase.ts';
import { emptyDetails } from '../../src/case/details.ts';
import { COURT_PAPERS, draftsFor, writeDraft, type Draft } from '../../src/letters/drafts.ts';
import { EVENTS, KINDS, type LogEntry } from '../../src/case/log/entry.ts';
import { breachIn, FLAG_IDS, FLAG_RULES, flagsFor } from '../../src/case/log/flags.ts';
import { MONEY_FACTS } from '../../src/case/money/moneyFacts.ts';
import { TODAY_MAX, todayFirst, triageChecklist, type ChecklistItem } from '../../src/triage/checklistItems.ts';
import { flow } from '../../src/case/flow.ts';
import { law } from '../../src/law/law.ts';
import { machine } from '../../src/case/triage.ts';
import { textsIn } from '../support/letterTexts.ts';

/**
 * Rules that hold for every user, checked once over every path and over generated inputs:
 * the properties of the one case (src/case/case.ts) as the checklist, the letters and the log's
 * flags show it. Each rule is a function of what the user sees for one case.
 */

type Seen = { live: Live; theCase: Case; items: ChecklistItem[] };

const COURT_ITEMS = {
  paymentOrder: 'objectPaymentOrder',
  lawsuit: 'answerLawsuit',
  judgment: 'appealJudgment',
  enforcement: 'enforcement',
  unsure: 'checkCourtStatus',
} as const;
/** Items that offer or imply payment of the debt. */
const OFFER_ITEMS = ['contactLenderDirectly', 'prepareHardshipFile', 'realisticOffer', 'payInFullOfficially', 'getItInWriting', 'creditCardInstalment'];
/** Items that propose paying in instalments. */
const INSTALMENT_ITEMS = ['creditCardInstalment', 'realisticOffer'];

/** Each rule returns what breaks it for one case (empty when it holds), so one assertion reports every path. */
const rules: Record<string, (seen: Seen) => string[]> = {
  'court papers reach the checklist, their deadline item first after safety': ({ theCase, items }) => {
    const ids = items.map((i) => i.id);
    const problems = [...theCase.courtStages].filter((stage) => !ids.includes(COURT_ITEMS[stage])).map((stage) => `no item for ${stage}`);
    const first = items.find((i) => i.group !== 'safety');
    if (theCase.courtStages.size > 0 && first?.group !== 'court') problems.push(`${first?.id} before the court items`);
    if (theCase.courtStages.has('paymentOrder') && first?.id !== 'objectPaymentOrder') problems.push(`${first?.id} before objectPaymentOrder`);
    return problems;
  },
  'a disputed or unverified debt gets no item that offers payment': ({ theCase, items }) =>
    theCase.debt === 'recognised' ? [] : items.filter((i) => OFFER_ITEMS.includes(i.id)).map((i) => `${theCase.debt}: ${i.id}`),
  'a payment order gets no instalment item': ({ theCase, items }) =>
    theCase.courtStages.has('paymentOrder') ? items.filter((i) => INSTALMENT_ITEMS.includes(i.id)).map((i) => i.id) : [],
  'a rule or channel scoped to some lenders appears only for them': ({ theCase, items }) =>
    items.flatMap((item) => [
      ...(item.cites ?? []).filter((id) => !inScope(law.citations[id].lenders, theCase)).map((id) => `${item.id} cites ${id} for ${[...theCase.lenders]}`),
      ...(item.channels ?? []).filter((id) => !inScope(law.channels[id].lenders, theCase)).map((id) => `${item.id} names ${id} for ${[...theCase.lenders]}`),
    ]),
  'today leads with danger, then a court deadline, then stopping payments to a scammer': ({ theCase, items }) => {
    const today = todayFirst(items).map((i) => i.id);
    const ids = items.map((i) => i.id);
    const problems = today.length === 0 || today.length > TODAY_MAX ? [`${today.length} actions today`] : [];
    if (ids.includes('call110Now') && today[0] !== 'call110Now') problems.push(`${today[0]} before calling 110`);
    const safety = ['call110Now', 'crisisLine'].filter((id) => ids.includes(id)).length;
    // Money already sent is the police's to stop at once (legal-cn N2): right after safety.
    if (ids.includes('moneySentCall110') && safety < TODAY_MAX && !today.includes('moneySentCall110')) problems.push(`no 110 for money sent: ${today}`);
    const urgent = safety + ['moneySentCall110', 'freezeOwnCard'].filter((id) => ids.includes(id)).length;
    if (theCase.courtStages.has('paymentOrder') && urgent < TODAY_MAX && !today.includes('objectPaymentOrder'))
      problems.push(`no payment order today: ${today}`);
    if (theCase.scamApproach && urgent + theCase.courtStages.size < TODAY_MAX && !today.includes('scamStopPaying'))
      problems.push(`no scam warning today: ${today}`);
    return problems;
  },
  'a scam approach leads with stopping payments, and the rest of the case still counts': ({ live, theCase, items }) => {
    const problems = items.some((i) => i.id === 'scamStopPaying') === theCase.scamApproach ? [] : [`scamStopPaying shown: ${!theCase.scamApproach}`];
    return live.result === 'checklist' ? problems : [...problems, `ended at ${live.at}`];
  },
};

/**
 * The letters the case offers, in Simplified Chinese: a disputed or unverified debt never gets one
 * that offers payment, and a report to 110 holds only police matters.
 */
const zh = textsIn('zh-CN');
/** The lines of the letters that offer payment (a lender's name cut off where it is filled in). */
const OFFER_LINES = ['drafts.negotiate.willing', 'drafts.negotiate.proposal', 'drafts.complaint.stillWilling', 'drafts.phoneScript.say.noPromises'].map(
  (key) => zh.t(key).split('{{')[0],
);
/** What is no objection to a payment order (民诉法解释第436条): not being able to pay, instalments, more time. */
const NON_GROUNDS = /没钱|无力|缺乏清偿能力|分期|延期|延缓|宽限|困难/;
function letterRules(answers: Answers, facts: ReadonlySet<string>, entries: LogEntry[] = []) {
  const report = flagsFor(entries, []);
  const letterCase = caseFrom({ details: emptyDetails(), answers, facts, entries, report, today: '2026-12-06' });
  const drafts: Draft[] = draftsFor(letterCase).map((kind) => writeDraft(kind, letterCase, zh));
  drafts.push(writeDraft('complaint', letterCase, zh, 'police110'), writeDraft('complaint', letterCase, zh, 'nfra12378'));
  if (letterCase.theCase.debt !== 'recognised') {
    expect(draftsFor(letterCase)).not.toContain('negotiate');
    for (const draft of drafts) {
      expect(draft.offersToPay).toBe(false);
      for (const offer of OFFER_LINES) expect(draft.text).not.toContain(offer);
    }
  }
  // A court paper never offers to pay, whatever the debt's status; an objection argues only the debt itself.
  for (const kind of COURT_PAPERS) {
    const draft = writeDraft(kind, letterCase, zh);
    expect(draft.offersToPay, kind).toBe(false);
    for (const offer of OFFER_LINES) expect(draft.text, kind).not.toContain(offer);
    if (kind === 'objection') expect(draft.text).not.toMatch(NON_GROUNDS);
  }
  // A defence to a debt the user has not recognised leaves the principal for the lender to prove.
  if (letterCase.theCase.debt !== 'recognised') {
    const defence = writeDraft('defence', letterCase, zh).text;
    for (const key of ['drafts.defence.amountAgreed', 'drafts.defence.askBeyondLaw']) expect(defence).not.toContain(zh.t(key));
  }
  // Offered for the court papers told (an objection only to a debt disputed or unverified), and listed first.
  const offered = draftsFor(letterCase);
  expect(offered.includes('objection')).toBe(letterCase.theCase.courtStages.has('paymentOrder') && letterCase.theCase.debt !== 'recognised');
  expect(offered.includes('defence')).toBe(letterCase.theCase.courtStages.has('lawsuit'));
  const courtPapers = offered.filter((kind) => COURT_PAPERS.includes(kind));
  expect(offered.slice(0, courtPapers.length)).toEqual(courtPapers);
  const police = writeDraft('complaint', letterCase, zh, 'police110');
  expect(police.text).not.toContain('依规催收');
  for (const id of police.cites) expect(law.rules[law.citations[id as keyof typeof law.citations].rule].kind, id).toBe('law');
  for (const { flags } of letterCase.contacts) for (const flag of flags) expect(breachIn(letterCase.theCase)(flag)).toBe(true);
  proposalRules(letterCase.theCase);
  expect(POLICE_FLAGS.every((flag) => FLAG_RULES[flag].grounds.includes('police'))).toBe(true);
}

/** A plan with a payment order and two ordinary debts, to put to a mediator. */
const PROPOSAL_INPUT: PlanInput = {
  income: 500_000,
  essentials: 350_000,
  debts: [
    { id: 'order', lender: '', type: 'smallLoan', outstanding: 1_000_000, monthlyDue: 0, daysOverdue: 90, court: 'paymentOrder' },
    { id: 'loan', lender: '', type: 'consumerFinance', outstanding: 2_000_000, monthlyDue: 200_000, daysOverdue: 30, court: 'none' },
    { id: 'card', lender: '', type: 'bankCard', outstanding: 1_000_000, monthlyDue: 100_000, daysOverdue: 30, court: 'none' },
  ],
};
const PROPOSAL_PLAN = planRepayments(PROPOSAL_INPUT);

/** The mediation proposal, like the letters: no offer for a debt not recognised; a payment order never in instalments. */
function proposalRules(theCase: Case) {
  if (!PROPOSAL_PLAN.ok) throw new Error('the proposal fixture must make a plan');
  const proposal = mediationProposal(PROPOSAL_INPUT, PROPOSAL_PLAN, theCase);
  const kinds = Object.fromEntries(proposal.lines.map((line) => [line.id, line.offer.kind]));
  if (!mayOfferToPay(theCase)) {
    expect(proposal.offers).toBe(false);
    expect(proposal.affordable).toBeUndefined();
    expect(Object.values(kinds)).toEqual(['toVerify', 'toVerify', 'toVerify']);
  } else expect(kinds).toEqual({ order: 'dueInFull', loan: 'monthly', card: 'monthly' });
}

/** Every conduct answer but "none". */
const FULL_CONDUCT = (flow.nodes.conduct as QuestionNode).answers.filter((a) => !a.exclusive).map((a) => a.id);

/** The questions whose answers shape the case, each tried with every answer; the rest keep one answer. */
const VARIED: Record<string, Answer[]> = {
  danger: [['none'], ['threatened', 'selfHarm']],
  debtMatches: ['matches', 'differs', 'noDebt', 'dontKnow'],
  payRequests: [['none'], ['personalAccount'], ['stopFee'], ['newLoan'], ['personalAccount', 'newLoan']],
  lender: ['bankCard', 'bankLoan', 'consumerFinance', 'smallLoan', 'platform', 'private', 'dontKnow'],
  court: ['none', 'paymentOrder', 'lawsuit', 'judgment', 'enforcement', 'dontKnow'],
  canPay: ['all', 'part', 'nothing'],
  goal: ['negotiate', 'complain', 'both', 'notSure'],
};
const FIXED: Answers = {
  caller: 'agency',
  moneySent: ['transferred', 'gaveCodes'],
  conduct: FULL_CONDUCT,
  circumstances: ['highCharges', 'lessReceived', 'severalDebts', 'borrowingToRepay', 'askedToSign', 'agencyOffer', 'stressed', 'lifeAffected'],
};

type Snapshot = Parameters<typeof nodeOf>[0];
/**
 * Every path through the real machine that the varied answers make (xstate/graph), each to its
 * result. A state is its node and the answers so far, so the state graph is a tree and its
 * shortest paths are all its paths (getSimplePaths finds the same, but takes quadratic time).
 */
const paths = getShortestPaths(machine, {
  events: (snapshot: Snapshot): FlowEvent[] => {
    const node = flow.nodes[nodeOf(snapshot)];
    if (node.type === 'result') return [];
    if (node.type === 'info') return [{ type: 'continue' }];
    const id = nodeOf(snapshot);
    return (VARIED[id] ?? [FIXED[id]]).map((value) => ({ type: 'answer', value }));
  },
  serializeState: (snapshot: Snapshot) => `${nodeOf(snapshot)} ${JSON.stringify(snapshot.context.answers)}`,
}).filter((path) => flow.nodes[nodeOf(path.state)].type === 'result');

const seenFor = (answers: Answers, facts: ReadonlySet<string> = new Set()): Seen => {
  const live = replay(flow, machine, answers);
  return { live, ...triageChecklist(live, facts) };
};

// Thousands of cases per test: seconds on a quiet machine, so a generous limit for a busy one.
const SLOW = { timeout: 60_000 };

describe('the case model over every path', SLOW, () => {
  it('enumerates every combination of the answers that shape the case (recorded for the closing note)', () => {
    const expected = Object.values(VARIED).reduce((n, values) => n * values.length, 1);
    expect(paths.length).toBe(expected);
    // Every varied question is on every path: no answer ends the triage early.
    for (const path of paths) for (const id of Object.keys(VARIED)) expect(path.state.context.answers).toHaveProperty(id);
  });

  const seen = paths.map((path) => seenFor(path.state.context.answers));

  it.each(Object.keys(rules))('%s', (rule) => {
    expect([...new Set(seen.flatMap(rules[rule]))]).toEqual([]);
  });

  it('the letters and the mediation proposal: no admission for a disputed debt; 110 gets police matters only (one path per case shape)', () => {
    const shapes = new Map<string, Answers>();
    for (const path of paths) {
      const a = path.state.context.answers;
      shapes.set(JSON.stringify([a.debtMatches, a.lender, a.court, a.goal]), a);
    }
    for (const answers of shapes.values()) letterRules(answers, new Set());
  });
});

/** Any valid answer to a question, single or multiple. */
const answerTo = (node: QuestionNode): fc.Arbitrary<Answer> => {
  const ids = node.answers.map((a) => a.id);
  if (!node.multiple) return fc.constantFrom(...ids);
  const plain = node.answers.filter((a) => !a.exclusive).map((a) => a.id);
  const exclusive = node.answers.filter((a) => a.exclusive).map((a) => [a.id]);
  return fc.oneof(fc.subarray(plain, { minLength: 1 }), ...(exclusive.length ? [fc.constantFrom(...exclusive)] : []));
};
const questions = Object.entries(flow.nodes).filter((entry): entry is [string, QuestionNode] => entry[1].type === 'question');
const anyAnswers = fc.record(Object.fromEntries(questions.map(([id, node]) => [id, answerTo(node)]))) as fc.Arbitrary<Answers>;
const toolFacts = fc.subarray([...MONEY_FACTS, ...FLAG_IDS.map((f) => `log.${f}`)]);
const anyEntry = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom(...KINDS),
  at: fc.date({ min: new Date('2026-01-01'), max: new Date('2026-12-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)),
  organisation: fc.constantFrom('', 'ABC', 'XYZ'),
  lender: fc.constant(''),
  phone: fc.constantFrom('', '13800138000'),
  name: fc.constant(''),
  events: fc.subarray([...EVENTS]),
  note: fc.constant(''),
}) as fc.Arbitrary<LogEntry>;

describe('the case model over generated answers, tool facts and logs', SLOW, () => {
  it('keeps every rule for any answers and any facts the tools can supply', () => {
    fc.assert(
      fc.property(anyAnswers, toolFacts, (answers, facts) => {
        const seen = seenFor(answers, new Set(facts));
        expect(Object.values(rules).flatMap((rule) => rule(seen))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('counts as a possible breach only a flag that a rule binding the lender forbids', () => {
    fc.assert(
      fc.property(anyAnswers, toolFacts, fc.array(anyEntry, { maxLength: 12 }), (answers, facts, entries) => {
        const theCase = seenFor(answers, new Set(facts)).theCase;
        const isBreach = breachIn(theCase);
        for (const flag of FLAG_IDS) {
          if (!isBreach(flag)) continue;
          expect(FLAG_RULES[flag].category).toBe('breach');
          expect(FLAG_RULES[flag].cites.some((id) => inScope(law.citations[id as keyof typeof law.citations].lenders, theCase))).toBe(true);
        }
        expect(isBreach('thirdPartyContact') || isBreach('visit') || isBreach('personalAccount')).toBe(false);
        letterRules(answers, new Set(facts), entries);
      }),
      { numRuns: 150 },
    );
  });
});
