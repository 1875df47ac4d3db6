import type { Answers } from '../flow/schema.ts';

/**
 * One case, every output: what the user's answers and the tools' facts mean, worked out once.
 * The checklist (through the `case.*` facts), the letters, the plan and the log's flags read this,
 * never an answer of their own, so no output can forget what another one took into account.
 * Pure: the same answers and facts always give the same case.
 */

/** Who lent the money, as the triage asks it; the tools ask it with the same ids. */
export const LENDER_TYPES = ['bankCard', 'bankLoan', 'consumerFinance', 'smallLoan', 'platform', 'private', 'dontKnow'] as const;
export type LenderType = (typeof LENDER_TYPES)[number];
export type KnownLender = Exclude<LenderType, 'dontKnow'>;
/** Every lender type but a private person: the institutions the standards and regulators cover. */
export const INSTITUTIONS: readonly KnownLender[] = ['bankCard', 'bankLoan', 'consumerFinance', 'smallLoan', 'platform'];
/** What the tools' facts say about the kinds of lender owed. */
const LENDER_FACTS: [string, KnownLender][] = [
  ['plan.creditCardDebt', 'bankCard'],
  ['cost.aboveLprCap', 'private'],
];

/**
 * recognised: the amount matches the lender's own app or statement.
 * disputed: the user does not recognise the debt, or the amount differs.
 * unverified: the user has not checked yet (or was not asked).
 * Only a recognised debt may be answered with an offer to pay: a written promise to pay can
 * restart limitation (民法典第195条) and concedes a debt the user may not owe.
 */
export type DebtStatus = 'recognised' | 'disputed' | 'unverified';

/**
 * The court papers the user holds, most urgent first: those with a clock of their own (a payment
 * order's objection, a lawsuit's defence, a judgment's appeal), then enforcement; `unsure`:
 * something that may be from a court.
 */
export const COURT_STAGES = ['paymentOrder', 'lawsuit', 'judgment', 'enforcement', 'unsure', 'none'] as const;
export type CourtStage = (typeof COURT_STAGES)[number];

export type Case = {
  debt: DebtStatus;
  /** Every court stage told, in the triage or among the repayment plan's debts ('none' if none). */
  courtStages: ReadonlySet<Exclude<CourtStage, 'none'>>;
  /** The most urgent of them. */
  court: CourtStage;
  /** Who lent the money, as the triage says; undefined when the user does not know or was not asked. */
  lender?: KnownLender;
  /**
   * Every kind of lender the user owes, from the triage and the tools (a credit card in the plan,
   * a private loan in the cost check): a rule scoped to a kind applies when one of these is it.
   */
  lenders: ReadonlySet<KnownLender>;
  /**
   * Someone asked for money to an account that is not the lender's own (a personal or "safe"
   * account) or for a fee to stop collection: the warning leads, whatever else is true.
   */
  scamApproach: boolean;
  /** What the user said the collectors did (the triage's answers, "none" left out). */
  conduct: ReadonlySet<string>;
  /** What the user wants to do: negotiate, complain, both or not sure yet. */
  goal?: string;
};

const listOf = (answer: Answers[string] | undefined): string[] => (answer === undefined ? [] : ([] as string[]).concat(answer));
const one = (answer: Answers[string] | undefined): string | undefined => (typeof answer === 'string' ? answer : undefined);

function debtStatus(answer: string | undefined): DebtStatus {
  if (answer === 'matches') return 'recognised';
  if (answer === 'differs' || answer === 'noDebt') return 'disputed';
  return 'unverified';
}

const TRIAGE_COURT: Record<string, CourtStage> = {
  paymentOrder: 'paymentOrder',
  lawsuit: 'lawsuit',
  judgment: 'judgment',
  enforcement: 'enforcement',
  dontKnow: 'unsure',
  none: 'none',
};
/** What the repayment plan tells of its debts' court stages (its facts, see planStore.ts). */
const PLAN_COURT: [string, CourtStage][] = [
  ['plan.paymentOrderDue', 'paymentOrder'],
  ['plan.lawsuit', 'lawsuit'],
  ['plan.judgment', 'judgment'],
  ['plan.enforcement', 'enforcement'],
  ['plan.courtUnknown', 'unsure'],
];

/** The most urgent of the stages told (COURT_STAGES' order). */
const mostUrgent = (stages: CourtStage[]): CourtStage => COURT_STAGES.find((stage) => stages.includes(stage)) ?? 'none';

/**
 * The case from the live path's answers and the facts the tools supply ("log.personalAccount",
 * "plan.paymentOrder"…). A lender type the user typed in the letters' details is theirs to give
 * as `lenderOverride`: it wins over the triage's answer for the letters.
 */
export function caseOf(answers: Answers, facts: ReadonlySet<string> = new Set(), lenderOverride?: LenderType): Case {
  const lenderAnswer = lenderOverride ?? LENDER_TYPES.find((type) => type === answers.lender);
  const lender = lenderAnswer === 'dontKnow' ? undefined : lenderAnswer;
  const asked = listOf(answers.payRequests);
  const told = [TRIAGE_COURT[one(answers.court) ?? 'none'] ?? 'none', ...PLAN_COURT.filter(([fact]) => facts.has(fact)).map(([, stage]) => stage)];
  const courtStages = new Set(told.filter((stage) => stage !== 'none'));
  return {
    debt: debtStatus(one(answers.debtMatches)),
    courtStages,
    court: mostUrgent(told),
    lender,
    lenders: new Set([...(lender ? [lender] : []), ...LENDER_FACTS.filter(([fact]) => facts.has(fact)).map(([, type]) => type)]),
    scamApproach: asked.includes('personalAccount') || asked.includes('stopFee') || facts.has('log.personalAccount'),
    conduct: new Set(listOf(answers.conduct).filter((c) => c !== 'none')),
    goal: one(answers.goal),
  };
}

/** Whether any output may offer or imply payment of this debt. */
export const mayOfferToPay = (c: Case) => c.debt === 'recognised';

/**
 * A rule scoped to some kinds of lender (`lenders`; none: any lender) applies to the case when
 * the user owes one of them. An unknown lender excludes nothing: the rule may well apply.
 */
export const inScope = (lenders: readonly string[] | undefined, c: Pick<Case, 'lenders'>) =>
  !lenders || c.lenders.size === 0 || [...c.lenders].some((type) => lenders.includes(type));

const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);

/**
 * What the case tells the checklist's conditions, named like the tools' facts:
 * case.debtRecognised | case.debtDisputed | case.debtUnverified;
 * case.scamApproach;
 * case.court<Stage> for each court stage told (case.courtPaymentOrder…);
 * case.lender<Kind> for each kind of lender owed (case.lenderBankCard…);
 * case.institution: an institution is among the lenders, or the lender is unknown, so the
 *   standards and regulators that bind institutions may apply.
 */
export const CASE_FACTS: readonly string[] = [
  ...(['recognised', 'disputed', 'unverified'] as const).map((status) => `case.debt${capitalised(status)}`),
  'case.scamApproach',
  ...COURT_STAGES.filter((stage) => stage !== 'none').map((stage) => `case.court${capitalised(stage)}`),
  ...LENDER_TYPES.filter((type) => type !== 'dontKnow').map((type) => `case.lender${capitalised(type)}`),
  'case.institution',
];

export function caseFacts(c: Case): string[] {
  const facts = [`case.debt${capitalised(c.debt)}`];
  if (c.scamApproach) facts.push('case.scamApproach');
  for (const stage of c.courtStages) facts.push(`case.court${capitalised(stage)}`);
  for (const type of c.lenders) facts.push(`case.lender${capitalised(type)}`);
  if (inScope(INSTITUTIONS, c)) facts.push('case.institution');
  return facts;
}

/** The case and every fact the checklist's conditions read: the tools' facts and the case's own. */
export function caseWithFacts(answers: Answers, toolFacts: ReadonlySet<string>): { theCase: Case; facts: ReadonlySet<string> } {
  const theCase = caseOf(answers, toolFacts);
  return { theCase, facts: new Set([...toolFacts, ...caseFacts(theCase)]) };
}
