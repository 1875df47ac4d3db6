import { isRecord } from '../flow/persistence.ts';
import { STORAGE_KEYS } from '../lib/storageKeys.ts';
import { isIsoDate, yearBefore, type IsoDate } from '../lib/isoDate.ts';

/**
 * When each court paper with a clock reached the user (legal-cn G1: the day signed for, the date
 * on the postal receipt, or the day an electronic service reached the phone), kept on the phone
 * so the checklist can show the last day each time it opens.
 */

/** The papers whose period runs from service, as the checklist's deadline items name them. */
export const DEADLINE_ITEMS = { objectPaymentOrder: 'paymentOrder', answerLawsuit: 'lawsuit', appealJudgment: 'judgment' } as const;
export type Paper = (typeof DEADLINE_ITEMS)[keyof typeof DEADLINE_ITEMS];
export const isDeadlineItem = (id: string): id is keyof typeof DEADLINE_ITEMS => id in DEADLINE_ITEMS;

/** A first-instance decision: a judgment (15 days to appeal), a ruling (10), a small-claims judgment (final). */
export const JUDGMENT_KINDS = ['judgment', 'ruling', 'smallClaims'] as const;
export type JudgmentKind = (typeof JUDGMENT_KINDS)[number];

export type ServiceDates = { served: Partial<Record<Paper, IsoDate>>; judgmentKind?: JudgmentKind };

/** Days to act after service; none for a small-claims judgment, which cannot be appealed (民诉法第165条). */
export function periodDays(paper: Paper, kind: JudgmentKind | undefined): number | undefined {
  if (paper !== 'judgment') return 15; // 第227条第2款 (objection), 第128条 (defence)
  return kind === 'judgment' ? 15 : kind === 'ruling' ? 10 : undefined; // 第171条
}

export const SERVICE_KEY = STORAGE_KEYS.courtService;
const FORMAT = 1;
const PAPERS = Object.values(DEADLINE_ITEMS);

/** Why a date of service cannot be right: not yet come, or more than a year ago (any period here is long over). */
export function servedProblem(date: IsoDate, today: IsoDate): 'future' | 'tooOld' | undefined {
  if (date > today) return 'future';
  if (date < yearBefore(today)) return 'tooOld';
  return undefined;
}

/**
 * What is saved, each part checked: a date that is not a real date, or out of range today, is
 * dropped, as is anything saved in another format; nothing stored can break the checklist.
 */
export function loadServiceDates(storage: Storage, today: IsoDate): ServiceDates {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(SERVICE_KEY) ?? 'null');
  } catch {
    return { served: {} };
  }
  if (!isRecord(saved) || saved.format !== FORMAT || !isRecord(saved.served)) return { served: {} };
  const stored = saved.served;
  const served = Object.fromEntries(
    PAPERS.flatMap((paper) => (isIsoDate(stored[paper]) && !servedProblem(stored[paper], today) ? [[paper, stored[paper]]] : [])),
  );
  const kind = JUDGMENT_KINDS.find((k) => k === saved.judgmentKind);
  return kind ? { served, judgmentKind: kind } : { served };
}

/** Throws if storage is full; the shared value catches that and tells the user. */
export function saveServiceDates(storage: Storage, dates: ServiceDates): void {
  storage.setItem(SERVICE_KEY, JSON.stringify({ format: FORMAT, ...dates }));
}
