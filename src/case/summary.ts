import type { Answers } from '../flow/schema.ts';
import { courtDeadline, type Deadline } from '../lib/courtDeadline.ts';
import type { IsoDate } from '../lib/isoDate.ts';
import { LENDER_TYPES, type DebtStatus, type KnownLender, type LenderType } from './case.ts';
import type { Dispute } from './details.ts';
import type { LetterCase } from './letterCase.ts';
import { FLAG_IDS, type FlagId } from './log/flags.ts';
import type { CostResult } from './money/costCheck.ts';
import type { Plan, PlanFlag, PlanInput } from './money/plan.ts';
import { periodDays, type JudgmentKind, type Paper, type ServiceDates } from './serviceDates.ts';

/**
 * 案情摘要: the case as an adviser (12348, a lawyer, a mediator) needs it in a minute, worked out
 * from the one case and the tools' saved results. Pure: it returns facts and section ids; the page
 * and the plain-text renderer put them into words. A section a tool was not used for is absent,
 * and what the case does not know becomes a question to ask, never a guess.
 */

/** The court papers told, most urgent first; "not sure there are papers" is a question, not a paper. */
export type CourtPaper = {
  stage: 'paymentOrder' | 'lawsuit' | 'judgment' | 'enforcement';
  /** The saved date of service (the checklist's deadline), for a paper whose period runs from it. */
  served?: IsoDate;
  judgmentKind?: JudgmentKind;
  /** The period's last day, when the date of service is known and the paper has a period. */
  deadline?: Deadline;
};

/** The log's possible breaches (the log page's count): entries, per flag, and the days they span. */
export type LoggedBreaches = { entries: number; byFlag: [FlagId, number][]; from: IsoDate; to: IsoDate };

export type PlannedDebt = {
  lender: string;
  type: KnownLender | 'dontKnow';
  outstanding: number;
  perMonth: number;
  months: number | null;
  dueNow: number;
  beyondTerm: boolean;
};

export type QuestionId =
  | 'lenderType'
  | 'debtUnverified'
  | 'debtDisputed'
  | 'courtUnsure'
  | 'servedOn'
  | 'judgmentKind'
  | 'deadlinePassed'
  | 'workingWeekend'
  | 'lprUnverified'
  | 'lprTransition'
  | 'goal';
/** A question for the adviser; `stage` names the court paper it is about. */
export type Question = { id: QuestionId; stage?: CourtPaper['stage'] };

export type SummarySection =
  | { id: 'debts'; lenders: KnownLender[]; lenderName: string; agencyName: string; transferred: boolean }
  | { id: 'recognition'; status: DebtStatus; answer?: string; disputes: Dispute[] }
  | { id: 'court'; papers: CourtPaper[]; courtName: string; caseNumber: string }
  | { id: 'conduct'; reported: string[]; loggedContacts: number; breaches?: LoggedBreaches }
  | { id: 'cost'; result: Extract<CostResult, { ok: true }> }
  | { id: 'plan'; income: number; essentials: number; affordable: number; totalDue: number; debts: PlannedDebt[]; flags: PlanFlag[] }
  | { id: 'goal'; goal: string }
  | { id: 'questions'; questions: Question[] };
export type SectionId = SummarySection['id'];

export type SummarySources = {
  letterCase: LetterCase;
  /** The live path's answers: they tell "I don't know" apart from "not asked". */
  answers: Answers;
  service: ServiceDates;
  /** The saved true-cost check's result, or null when none was asked for. */
  cost: CostResult | null;
  /** The saved repayment plan, or null when none was made. */
  plan: { input: PlanInput; plan: Plan } | null;
};

const PAPER_STAGES = ['paymentOrder', 'lawsuit', 'judgment', 'enforcement'] as const;
const hasPeriod = (stage: CourtPaper['stage']): stage is Paper => stage !== 'enforcement';

function courtPaper(stage: CourtPaper['stage'], { served, judgmentKind }: ServiceDates): CourtPaper {
  if (!hasPeriod(stage)) return { stage };
  const kind = stage === 'judgment' ? judgmentKind : undefined;
  const days = periodDays(stage, kind);
  const date = served[stage];
  return {
    stage,
    ...(date ? { served: date } : {}),
    ...(kind ? { judgmentKind: kind } : {}),
    ...(date && days !== undefined ? { deadline: courtDeadline(date, days) } : {}),
  };
}

function loggedBreaches(contacts: LetterCase['contacts']): LoggedBreaches | undefined {
  if (contacts.length === 0) return undefined;
  const counts = new Map<FlagId, number>();
  for (const { flags } of contacts) for (const flag of flags) counts.set(flag, (counts.get(flag) ?? 0) + 1);
  return {
    entries: contacts.length,
    byFlag: FLAG_IDS.filter((flag) => counts.has(flag)).map((flag) => [flag, counts.get(flag)!]),
    // Contacts come oldest first.
    from: contacts[0].entry.at.slice(0, 10),
    to: contacts[contacts.length - 1].entry.at.slice(0, 10),
  };
}

function plannedDebts({ input, plan }: NonNullable<SummarySources['plan']>): PlannedDebt[] {
  return plan.debts.flatMap((proposal) => {
    const debt = input.debts.find((d) => d.id === proposal.id);
    if (!debt) return [];
    const { proposalPerMonth: perMonth, months, dueNow, beyondTerm } = proposal;
    return [{ lender: debt.lender, type: debt.type, outstanding: debt.outstanding, perMonth, months, dueNow, beyondTerm }];
  });
}

/** An LPR the app's table does not vouch for: missing, or typed by the user (no announcement date). */
function lprUnverified(result: Extract<CostResult, { ok: true }>): boolean {
  const { comparison } = result;
  return comparison.rule === 'fourTimesLpr' && ('missing' in comparison || comparison.announced === undefined);
}

/** Every kind of lender owed: the case's, and each debt's in the plan, in the triage's order. */
function lendersOf({ letterCase, plan }: SummarySources): KnownLender[] {
  const owed = new Set<LenderType>([...letterCase.theCase.lenders, ...(plan?.input.debts.map((debt) => debt.type) ?? [])]);
  return LENDER_TYPES.filter((type): type is KnownLender => type !== 'dontKnow' && owed.has(type));
}

function questionsFor(sources: SummarySources, lenders: KnownLender[], papers: CourtPaper[], today: IsoDate): Question[] {
  const { letterCase, answers, cost } = sources;
  const { theCase } = letterCase;
  const questions: Question[] = [];
  if (lenders.length === 0) questions.push({ id: 'lenderType' });
  if (theCase.debt === 'unverified') questions.push({ id: 'debtUnverified' });
  if (theCase.debt === 'disputed') questions.push({ id: 'debtDisputed' });
  if (theCase.courtStages.has('unsure')) questions.push({ id: 'courtUnsure' });
  for (const paper of papers) {
    if (paper.stage === 'judgment' && !paper.judgmentKind) questions.push({ id: 'judgmentKind', stage: paper.stage });
    // A small-claims judgment is final: no date of service to ask about.
    const final = paper.judgmentKind === 'smallClaims';
    if (hasPeriod(paper.stage) && !paper.served && !final) questions.push({ id: 'servedOn', stage: paper.stage });
    if (paper.deadline && paper.deadline.lastDay < today) questions.push({ id: 'deadlinePassed', stage: paper.stage });
    // Whether a 调休 working Saturday or Sunday extends a period is unsettled (legal-cn G3, U).
    if (paper.deadline?.workingWeekend) questions.push({ id: 'workingWeekend', stage: paper.stage });
  }
  if (cost?.ok && lprUnverified(cost)) questions.push({ id: 'lprUnverified' });
  // Whether the LPR at the contract or at filing applies is unsettled (legal-cn I, U).
  if (cost?.ok && cost.comparison.rule === 'transition') questions.push({ id: 'lprTransition' });
  if (answers.goal === undefined || answers.goal === 'notSure') questions.push({ id: 'goal' });
  return questions;
}

/** The summary's sections, in reading order; `today` decides which court periods have passed. */
export function caseSummary(sources: SummarySources, today: IsoDate): SummarySection[] {
  const { letterCase, answers, service, cost, plan } = sources;
  const { theCase, details } = letterCase;
  const lenders = lendersOf(sources);
  const sections: SummarySection[] = [
    { id: 'debts', lenders, lenderName: details.lenderName, agencyName: details.agencyName, transferred: letterCase.transferred },
    {
      id: 'recognition',
      status: theCase.debt,
      ...(typeof answers.debtMatches === 'string' ? { answer: answers.debtMatches } : {}),
      disputes: theCase.debt === 'disputed' ? details.disputes : [],
    },
  ];
  const papers = PAPER_STAGES.filter((stage) => theCase.courtStages.has(stage)).map((stage) => courtPaper(stage, service));
  if (papers.length > 0) sections.push({ id: 'court', papers, courtName: details.courtName, caseNumber: details.caseNumber });
  const breaches = loggedBreaches(letterCase.contacts);
  if (theCase.conduct.size > 0 || letterCase.loggedContacts > 0) {
    sections.push({ id: 'conduct', reported: [...theCase.conduct], loggedContacts: letterCase.loggedContacts, ...(breaches ? { breaches } : {}) });
  }
  if (cost?.ok) sections.push({ id: 'cost', result: cost });
  if (plan) {
    const { income, essentials } = plan.input;
    const { affordable, totalDue, flags } = plan.plan;
    sections.push({ id: 'plan', income, essentials, affordable, totalDue, debts: plannedDebts(plan), flags });
  }
  if (theCase.goal) sections.push({ id: 'goal', goal: theCase.goal });
  const questions = questionsFor(sources, lenders, papers, today);
  if (questions.length > 0) sections.push({ id: 'questions', questions });
  return sections;
}
