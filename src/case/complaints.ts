import { LENDER_TYPES, type LenderType } from './case.ts';
import { newId } from './log/entry.ts';
import type { Channel } from './routing.ts';
import { isRecord } from '../flow/persistence.ts';
import type { CitationId } from '../law/law.ts';
import { isIsoDate, type IsoDate } from '../lib/isoDate.ts';
import type { ReplyPeriod } from '../lib/replyDue.ts';
import { keep, parseJson, trySave, type Stored } from '../lib/storage.ts';
import { STORAGE_KEYS } from '../lib/storageKeys.ts';

/**
 * The complaints the user filed, kept on the phone to follow up: where, when, the number they
 * were given and what they asked for; and, for each channel, when a reply is due (legal-cn Q) and
 * where to turn when it does not come.
 */

/** The channels a complaint is filed with, the lender's own line first (legal-cn D). */
export const COMPLAINT_CHANNELS = ['lender', 'nfra12378', 'localFinance', 'nifaReport', 'report12321', 'police110'] as const satisfies readonly Channel[];

export type Complaint = {
  id: string;
  channel: Channel;
  /** For a complaint to the lender itself, which kind of lender it is: that sets its reply period. */
  lenderType?: LenderType;
  filedOn: IsoDate;
  /** The 投诉编号 or 受理编号 the channel gave, as written. */
  reference: string;
  /** What the user asked for. */
  asked: string;
};

export const REFERENCE_MAX = 100;
export const ASKED_MAX = 1000;

/** A blank complaint filed today, to the lender of the user's case. */
export const newComplaint = (today: IsoDate, lenderType: LenderType | undefined): Complaint => ({
  id: newId(),
  channel: 'lender',
  lenderType,
  filedOn: today,
  reference: '',
  asked: '',
});

/** Where to turn when a reply does not come: another channel (with its complaint draft) or mediation. */
export type NextStep = Exclude<Channel, 'lender'> | 'mediation';

/** Why no date is given: no period confirmed for a local financial organisation (legal-cn Q6), or none found at all. */
export type NoPeriod = 'localFinance' | 'none';

export type ReplyRule = { period: ReplyPeriod; cites: readonly CitationId[]; next: readonly NextStep[]; noPeriod?: NoPeriod };

/**
 * A bank, credit card issuer or consumer finance company (银行业金融机构, 消保办法第55条) decides within 15 days,
 * extendable to 30 and then 60 (投诉办法第18、43条); after it, the regulator, or mediation, which it may not
 * refuse without a proper reason (消保办法第16条).
 */
const INSTITUTION: ReplyRule = {
  period: { kind: 'calendarDays', days: [15, 30, 60] },
  cites: ['complaintRules18', 'complaintRules43'],
  next: ['nfra12378', 'mediation'],
};
/** The regulator passes the complaint on within 7 working days and tells the user (第31、33条); it mostly does not decide it. */
const REGULATOR: ReplyRule = { period: { kind: 'workingDays', days: 7 }, cites: ['complaintRules33', 'complaintRules43'], next: ['mediation'] };
const NO_PERIOD: ReplyRule = { period: { kind: 'unknown' }, cites: [], next: [], noPeriod: 'none' };

/** A lender's reply period by its kind: a small-loan company's is not confirmed (Q6), a platform's or a person's not known. */
const LENDER_RULES: Record<LenderType, ReplyRule> = {
  bankCard: INSTITUTION,
  bankLoan: INSTITUTION,
  consumerFinance: INSTITUTION,
  smallLoan: { ...NO_PERIOD, next: ['localFinance'], noPeriod: 'localFinance' },
  platform: { ...NO_PERIOD, next: ['nifaReport'] },
  private: NO_PERIOD,
  dontKnow: NO_PERIOD,
};

export function replyRule(complaint: Complaint): ReplyRule {
  if (complaint.channel === 'lender') return LENDER_RULES[complaint.lenderType ?? 'dontKnow'];
  if (complaint.channel === 'nfra12378') return REGULATOR;
  if (complaint.channel === 'localFinance') return { ...NO_PERIOD, noPeriod: 'localFinance' };
  return NO_PERIOD;
}

// Kept on the phone.

const FORMAT = 1;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

function isComplaint(value: unknown): value is Complaint {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    value.id !== '' &&
    COMPLAINT_CHANNELS.includes(value.channel as (typeof COMPLAINT_CHANNELS)[number]) &&
    (value.lenderType === undefined || LENDER_TYPES.includes(value.lenderType as LenderType)) &&
    isIsoDate(value.filedOn) &&
    isText(value.reference, REFERENCE_MAX) &&
    isText(value.asked, ASKED_MAX)
  );
}

/** The records as saved, before each is checked; undefined when the value as a whole cannot be read. */
function savedRecords(raw: string): unknown[] | undefined {
  const saved = parseJson(raw);
  return isRecord(saved) && saved.format === FORMAT && Array.isArray(saved.complaints) ? saved.complaints : undefined;
}

/** Kept as `{ format, complaints }`; none kept leaves no key behind. A record that cannot be trusted is dropped. */
export const storedComplaints: Stored<Complaint[]> = {
  key: STORAGE_KEYS.complaints,
  encode: (complaints) => (complaints.length === 0 ? null : JSON.stringify({ format: FORMAT, complaints })),
  decode: (raw) => savedRecords(raw)?.filter(isComplaint),
};

export type LoadedComplaints = { complaints: Complaint[]; discarded: boolean };

/**
 * The saved complaints. What cannot be read, the whole value or a record in it, is removed from
 * storage as it is read, and `discarded` says so for the screen to tell.
 */
export function loadComplaints(storage: Storage): LoadedComplaints {
  const raw = storage.getItem(storedComplaints.key);
  if (raw === null) return { complaints: [], discarded: false };
  const records = savedRecords(raw);
  const complaints = records?.filter(isComplaint) ?? [];
  const discarded = complaints.length !== records?.length;
  if (discarded) trySave(() => keep(storage, storedComplaints, complaints));
  return { complaints, discarded };
}

/** Throws if storage is full; the shared value on the page catches that and tells the user. */
export const saveComplaints = (storage: Storage, complaints: Complaint[]) => keep(storage, storedComplaints, complaints);
