import type { TFunction } from 'i18next';
import type { ChannelId, CitationId } from '../law/law.ts';
import { courtDeadline, lastCoveredYear, type Deadline } from '../lib/courtDeadline.ts';
import { daysBetween, type IsoDate } from '../lib/isoDate.ts';
import type { Paper } from '../case/serviceDates.ts';

/**
 * What the checklist says of a court paper's last day, worked out once for the panel on screen
 * (`CourtDeadline.tsx`) and for the text that is copied, shared and printed (`checklistText.ts`).
 */

/** The article that sets each paper's period (legal-cn H). */
const PERIOD_CITE: Record<Paper, CitationId> = { paymentOrder: 'civProc225', lawsuit: 'civProc128', judgment: 'civProc171' };

export type LastDay = {
  deadline: Deadline;
  /** The day to act by: the unextended one, as whether a weekend extends a period is not settled (legal-cn G3). */
  actBy: IsoDate;
  /** Days from today to `actBy`; below 0 once it has passed. */
  left: number;
  /** The last year the holiday data covers, seen from this year. */
  dataThrough?: number;
  /** How the day is counted, and the extension on good cause (第86条) that is left once it has passed. */
  cites: CitationId[];
  channels: ChannelId[];
};

export function lastDayOf(paper: Paper, served: IsoDate, days: number, today: IsoDate): LastDay {
  const deadline = courtDeadline(served, days);
  const left = daysBetween(today, deadline.lastDay);
  return {
    deadline,
    actBy: deadline.lastDay,
    left,
    dataThrough: lastCoveredYear(Number(today.slice(0, 4))),
    cites: ['civProcInterp125', 'civProc85', PERIOD_CITE[paper], 'civProc86'],
    channels: left < 0 ? ['legalAid12348'] : [],
  };
}

/** Days left, "today", or days since it passed. */
export const leftText = (t: TFunction, left: number) =>
  left > 0 ? t('deadline.daysLeft', { count: left }) : left === 0 ? t('deadline.isToday') : t('deadline.daysPassed', { count: -left });
