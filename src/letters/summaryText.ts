import type { TFunction } from 'i18next';
import type { CourtPaper, PlannedDebt, Question, SectionId, SummarySection } from '../case/summary.ts';
import { formatPercent, formatYuan } from '../lib/amount.ts';
import { dateFormat, listFormat } from '../lib/intl.ts';
import type { IsoDate } from '../lib/isoDate.ts';

/**
 * The case summary in words, one block of plain lines per section: the page shows the blocks and
 * sharing joins them into text, so what is shared is what is seen. `t` reads the letters'
 * namespace and, prefixed, the triage's and the log's labels (the answers as the user chose them).
 */
export type SummaryBlock = { id: SectionId; heading: string; lines: string[] };

/** Beyond ±10,000% a year more digits tell nothing (the money screens show it the same way). */
const RATE_SHOWN_UP_TO = 100;

function words(t: TFunction, language: string) {
  const day = (date: IsoDate) =>
    dateFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const dayWithWeekday = (date: IsoDate) =>
    dateFormat(language, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const list = (items: string[]) => listFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  const yuan = (fen: number) => formatYuan(fen, language);
  const percent = (rate: number) => (Math.abs(rate) < RATE_SHOWN_UP_TO ? formatPercent(rate, language) : `>${formatPercent(RATE_SHOWN_UP_TO, language)}`);
  const paper = (stage: CourtPaper['stage']) => t(`triage:nodes.court.answers.${stage}`);
  const lenderType = (type: string) => t(`triage:nodes.lender.answers.${type}`);
  return { day, dayWithWeekday, list, yuan, percent, paper, lenderType };
}
type Words = ReturnType<typeof words>;

function courtLines(paper: CourtPaper, w: Words, t: TFunction): string[] {
  const name = paper.judgmentKind
    ? t('summary.named', { name: w.paper(paper.stage), detail: t(`ui:deadline.kinds.${paper.judgmentKind}`) })
    : w.paper(paper.stage);
  if (paper.stage === 'enforcement') return [name];
  if (paper.judgmentKind === 'smallClaims') return [t('summary.court.final', { paper: name })];
  if (!paper.served) return [t('summary.court.notServed', { paper: name })];
  const lines = [t('summary.court.served', { paper: name, served: w.day(paper.served) })];
  const deadline = paper.deadline;
  if (!deadline) return lines;
  lines.push(t(`summary.court.lastDay.${paper.stage}`, { date: w.dayWithWeekday(deadline.lastDay) }));
  if (deadline.extended) lines.push(t('summary.court.extended', { date: w.dayWithWeekday(deadline.extended) }));
  if (deadline.uncoveredYear) lines.push(t('summary.court.uncovered', { year: deadline.uncoveredYear }));
  return lines;
}

function plannedDebtLine(debt: PlannedDebt, w: Words, t: TFunction): string {
  const who = debt.lender ? t('summary.named', { name: debt.lender, detail: w.lenderType(debt.type) }) : w.lenderType(debt.type);
  const owed = t('summary.plan.owed', { who, amount: w.yuan(debt.outstanding) });
  const offer =
    debt.dueNow > 0
      ? t('summary.plan.dueNow', { amount: w.yuan(debt.dueNow) })
      : debt.beyondTerm
        ? t('summary.plan.beyondTerm', { amount: w.yuan(debt.perMonth) })
        : debt.months === null
          ? t('summary.plan.noOffer')
          : t('summary.plan.offer', { amount: w.yuan(debt.perMonth), count: debt.months });
  return `${owed}${offer}`;
}

const questionLine = (question: Question, w: Words, t: TFunction) =>
  t(`summary.questions.${question.id}`, question.stage ? { paper: w.paper(question.stage) } : {});

function linesOf(section: SummarySection, w: Words, t: TFunction): string[] {
  switch (section.id) {
    case 'debts':
      return [
        section.lenders.length > 0 ? t('summary.debts.types', { types: w.list(section.lenders.map(w.lenderType)) }) : t('summary.debts.typeUnknown'),
        ...(section.lenderName ? [t('summary.debts.lender', { name: section.lenderName })] : []),
        ...(section.agencyName ? [t('summary.debts.agency', { name: section.agencyName })] : []),
        ...(section.transferred ? [t('summary.debts.transferred')] : []),
      ];
    case 'recognition':
      return [
        t(`summary.recognition.${section.answer ?? 'notAsked'}`),
        ...(section.disputes.length > 0 ? [t('summary.recognition.disputes', { list: w.list(section.disputes.map((d) => t(`disputes.${d}`))) })] : []),
      ];
    case 'court':
      return [
        ...section.papers.flatMap((paper) => courtLines(paper, w, t)),
        ...(section.courtName ? [t('summary.court.courtName', { name: section.courtName })] : []),
        ...(section.caseNumber ? [t('summary.court.caseNumber', { number: section.caseNumber })] : []),
      ];
    case 'conduct': {
      const { breaches } = section;
      return [
        // One line each: the answers are long and hold commas of their own.
        ...section.reported.map((c) => t('summary.conduct.reported', { conduct: t(`triage:nodes.conduct.answers.${c}`) })),
        ...(section.loggedContacts > 0
          ? [
              breaches
                ? t('summary.conduct.logged', { count: section.loggedContacts, flagged: breaches.entries, from: w.day(breaches.from), to: w.day(breaches.to) })
                : t('summary.conduct.loggedNone', { count: section.loggedContacts }),
            ]
          : []),
        ...(breaches?.byFlag.map(([flag, count]) => t('summary.conduct.flag', { flag: t(`log:flags.${flag}.title`), count })) ?? []),
      ];
    }
    case 'cost': {
      const { nominalAnnual, effectiveAnnual, deducted, comparison } = section.result;
      return [
        t('summary.cost.rates', { nominal: w.percent(nominalAnnual), effective: w.percent(effectiveAnnual) }),
        ...(deducted > 0 ? [t('summary.cost.deducted', { amount: w.yuan(deducted) })] : []),
        ...(comparison.rule === 'fourTimesLpr' && 'above' in comparison
          ? [t(comparison.above ? 'summary.cost.aboveCap' : 'summary.cost.withinCap', { cap: w.percent(comparison.cap) })]
          : []),
      ];
    }
    case 'plan':
      return [
        t('summary.plan.budget', { income: w.yuan(section.income), essentials: w.yuan(section.essentials), affordable: w.yuan(section.affordable) }),
        ...(section.totalDue > 0 ? [t('summary.plan.totalDue', { amount: w.yuan(section.totalDue) })] : []),
        ...section.debts.map((debt) => plannedDebtLine(debt, w, t)),
        ...(section.flags.includes('borrowingToRepay') ? [t('summary.plan.borrowingToRepay')] : []),
      ];
    case 'goal':
      return [t(`triage:nodes.goal.answers.${section.goal}`)];
    case 'questions':
      return section.questions.map((question) => questionLine(question, w, t));
  }
}

/** Each section's heading and lines, in the summary's order. */
export function summaryBlocks(t: TFunction, language: string, sections: readonly SummarySection[]): SummaryBlock[] {
  const w = words(t, language);
  return sections.map((section) => ({ id: section.id, heading: t(`summary.headings.${section.id}`), lines: linesOf(section, w, t) }));
}

/** The date a summary was made, as its pages say it. */
export const summaryDate = (t: TFunction, language: string, today: IsoDate) => t('summary.madeOn', { date: words(t, language).day(today) });

/** The whole summary as plain text, to share or paste: title, date, sections, and the footer. */
export function summaryText(t: TFunction, language: string, blocks: readonly SummaryBlock[], today: IsoDate): string {
  const body = blocks.flatMap((block) => ['', block.heading, ...block.lines.map((line) => `- ${line}`)]);
  return [t('summary.title'), summaryDate(t, language, today), ...body, '', t('summary.footer.help'), t('summary.footer.notAdvice')].join('\n') + '\n';
}
