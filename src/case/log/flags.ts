import logRules from '../../../flows/logRules.json' with { type: 'json' };
import { inScope, type Case } from '../case.ts';
import { channelIds, citationIds, law, type ChannelId, type CitationId } from '../../law/law.ts';
import { byTime, organisationKey, phoneKey, type Consent, type Kind, type LogEntry, type LogEvent } from './entry.ts';

export type FlagId = keyof typeof logRules.flags;
/** What a flag is grounds for: a complaint (lender first, then the regulator), 110, or a civil claim in court. */
export type Ground = 'police' | 'complaint' | 'civilClaim';
/**
 * breach: a possible breach of a rule that forbids it (可能违反规定): counted, and grounds for a complaint.
 * notable: worth knowing but not a breach in itself (值得留意): contacting relatives only to
 *   find the user, a visit; its citations say what the rules allow and forbid.
 * warning: a practical warning (a payment to someone's own account) that makes no legal claim.
 */
export type FlagCategory = 'breach' | 'notable' | 'warning';
export type FlagRule = { category: FlagCategory; cites: CitationId[]; grounds: Ground[]; channels: ChannelId[] };

/**
 * The legal side of every flag lives in one JSON table next to the law registry and the triage
 * flow, where whoever checks citations against legal-cn already looks, and the same tests hold
 * it to the registry. What triggers a flag is logic, so it stays here.
 */
export const FLAG_RULES = Object.fromEntries(
  Object.entries(logRules.flags).map(([flag, rule]) => [
    flag,
    {
      ...rule,
      category: rule.category as FlagCategory,
      grounds: rule.grounds as Ground[],
      cites: citationIds(rule.cites),
      channels: channelIds(rule.channels),
    },
  ]),
) as Record<FlagId, FlagRule>;
/** The table's order: most serious first. Every list of flags comes out in this order. */
export const FLAG_IDS = Object.keys(FLAG_RULES) as FlagId[];

const EVENT_FLAGS: Record<LogEvent, FlagId> = {
  threatened: 'threatsInsults',
  insulted: 'threatsInsults',
  impersonatedAuthority: 'impersonation',
  // A lawyer or a "法务部" is not a state authority, and legal-cn has no rule against claiming
  // to be one; the flag only says how to check the claim.
  claimedLawyer: 'verifyClaim',
  toldOthers: 'disclosure',
  personalAccount: 'personalAccount',
  extraFees: 'feesOrNewLoan',
  newLoan: 'feesOrNewLoan',
  enteredHome: 'homeEntry',
  refusedToLeave: 'homeEntry',
  postedInfo: 'publicPosting',
};

/** 22:00–次日 8:00 (GB/T 45251—2025; 银行业协会指引). */
const NIGHT_STARTS = 22;
const NIGHT_ENDS = 8;
/**
 * A letter's time is when the user found it, not when anyone acted, so it cannot show contact
 * at night; every other kind is the collector reaching out at that moment.
 */
const NIGHT_KINDS: ReadonlySet<Kind> = new Set(['answeredCall', 'missedCall', 'sms', 'message', 'visit', 'thirdParty']);
/** GB/T 45251—2025: at most 3 active effective calls a day. */
const ANSWERED_CALLS_LIMIT = 3;
/**
 * 银行业协会指引: unanswered, the same contact number "不宜超过 6 次" a day. Counted by the calling
 * number: nobody says who they are on a call nobody answers, so the number is all the user has.
 */
const MISSED_CALLS_LIMIT = 6;

export type FlagReport = {
  /** Every entry id, in time order, with its flags (possibly none). */
  entries: ReadonlyMap<string, readonly FlagId[]>;
  /** Every local day that has entries (`YYYY-MM-DD`, ascending), with the flags of its entries. */
  days: ReadonlyMap<string, readonly FlagId[]>;
};

const dayOf = (entry: LogEntry) => entry.at.slice(0, 10);
const hourOf = (entry: LogEntry) => Number(entry.at.slice(11, 13));

const inOrder = (flags: ReadonlySet<FlagId>) => FLAG_IDS.filter((id) => flags.has(id));

/**
 * Answered calls count per organisation, as the standard binds each collecting organisation.
 * Without one, the number stands in for it. With neither, the call is not counted anywhere:
 * lumping every anonymous call into one group would flag calls that may come from several
 * organisations, and a flag the user cannot stand behind does them harm.
 */
function answeredKey(entry: LogEntry, organisation: string, phoneKeyOf: (phone: string) => string): string {
  if (organisation) return `o:${organisation}`;
  const phone = phoneKeyOf(entry.phone);
  return phone && `p:${phone}`;
}

/**
 * The possible breaches each entry and each day adds up to. Pure and deterministic: the same
 * entries and consents give the same report in any order. O(n log n) for the sort, the rest linear.
 */
export function flagsFor(entries: readonly LogEntry[], consents: readonly Consent[]): FlagReport {
  const sorted = [...entries].sort(byTime);
  const consented = new Set(consents.map((c) => organisationKey(c.organisation)));
  // Most entries raise nothing: a set only for those that do, and one shared empty list for the rest.
  const found = new Map<string, Set<FlagId>>();
  const raise = (entry: LogEntry, flag: FlagId) => {
    const flags = found.get(entry.id);
    if (flags) flags.add(flag);
    else found.set(entry.id, new Set([flag]));
  };
  // A long log repeats a few organisations and numbers thousands of times; each is normalised once.
  const organisationKeyOf = remembered(organisationKey);
  const phoneKeyOf = remembered(phoneKey);

  const counts = new Map<string, number>();
  /** True from the (limit + 1)-th entry of a group on one day, in time order. */
  const beyond = (entry: LogEntry, key: string, limit: number) => {
    if (!key) return false;
    const group = `${entry.kind} ${dayOf(entry)} ${key}`;
    const count = (counts.get(group) ?? 0) + 1;
    counts.set(group, count);
    return count > limit;
  };

  for (const entry of sorted) {
    for (const event of entry.events) raise(entry, EVENT_FLAGS[event]);
    if (entry.kind === 'thirdParty') raise(entry, 'thirdPartyContact');
    // A visit is worth noting; one where they came in without consent is a breach instead.
    if (entry.kind === 'visit' && !entry.events.some((event) => EVENT_FLAGS[event] === 'homeEntry')) raise(entry, 'visit');

    const hour = hourOf(entry);
    const organisation = organisationKeyOf(entry.organisation);
    const agreed = consented.has('') || (organisation !== '' && consented.has(organisation));
    if (NIGHT_KINDS.has(entry.kind) && (hour >= NIGHT_STARTS || hour < NIGHT_ENDS) && !agreed) raise(entry, 'night');

    if (entry.kind === 'answeredCall' && beyond(entry, answeredKey(entry, organisation, phoneKeyOf), ANSWERED_CALLS_LIMIT))
      raise(entry, 'answeredCallsOverLimit');
    if (entry.kind === 'missedCall' && beyond(entry, phoneKeyOf(entry.phone), MISSED_CALLS_LIMIT)) raise(entry, 'missedCallsOverLimit');
  }

  const byDay = new Map<string, Set<FlagId>>();
  const none: readonly FlagId[] = [];
  const flagsOf = new Map<string, readonly FlagId[]>();
  for (const entry of sorted) {
    const flags = found.get(entry.id);
    flagsOf.set(entry.id, flags ? inOrder(flags) : none);
    const day = byDay.get(dayOf(entry)) ?? new Set();
    for (const flag of flags ?? []) day.add(flag);
    byDay.set(dayOf(entry), day);
  }
  return {
    entries: flagsOf,
    days: new Map([...byDay].map(([day, flags]) => [day, flags.size > 0 ? inOrder(flags) : none])),
  };
}

/** A function of a string that works out each distinct argument once. */
function remembered(work: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) known.set(text, (result = work(text)));
    return result;
  };
}

/**
 * Whether a flag counts as a possible breach in this case: a breach-kind flag with at least one
 * citation that binds this case's lender. A private lender is not bound by the standards on
 * night calls, so for that lender a night call is worth noting, not a breach.
 */
export function breachIn(theCase: Pick<Case, 'lenders'>): (flag: FlagId) => boolean {
  // Asked for every flag of every entry in a long log, about a dozen flags: each is worked out once.
  const known = new Map<FlagId, boolean>();
  return (flag) => {
    let breach = known.get(flag);
    if (breach === undefined)
      known.set(flag, (breach = FLAG_RULES[flag].category === 'breach' && FLAG_RULES[flag].cites.some((id) => inScope(law.citations[id].lenders, theCase))));
    return breach;
  };
}

/** What a flag is in this case: a breach only where a rule that binds the lender forbids it. */
export const categoryIn = (theCase: Pick<Case, 'lenders'>) => {
  const isBreach = breachIn(theCase);
  return (flag: FlagId): FlagCategory => (isBreach(flag) ? 'breach' : FLAG_RULES[flag].category === 'warning' ? 'warning' : 'notable');
};

/** The channels a flag points to that take this case's lender (12378 only for banks…). */
export const channelsIn = (flag: FlagId, theCase: Pick<Case, 'lenders'>) =>
  FLAG_RULES[flag].channels.filter((id) => inScope(law.channels[id].lenders, theCase));

/**
 * What the log adds up to as possible breaches in this case (`isBreach`, see breachIn): how many
 * entries raised one, and for each breach flag how many entries raised it, in FLAG_IDS' order.
 * The summary line and the flag cards both read this, so the page counts one thing: an entry
 * with three breaches is one entry and three cards, and a flag that is only worth noting in this
 * case is in neither.
 */
export function breachCounts(report: FlagReport, isBreach: (flag: FlagId) => boolean): { entries: number; byFlag: ReadonlyMap<FlagId, number> } {
  let entries = 0;
  const counts = new Map<FlagId, number>();
  for (const flags of report.entries.values()) {
    const breaches = flags.filter(isBreach);
    if (breaches.length > 0) entries++;
    for (const flag of breaches) counts.set(flag, (counts.get(flag) ?? 0) + 1);
  }
  return { entries, byFlag: new Map(FLAG_IDS.filter((flag) => counts.has(flag)).map((flag) => [flag, counts.get(flag)!])) };
}

export type DayCount = { day: string; contacts: number; flagged: number };

/**
 * Contacts per local day, and how many of them raised a possible breach (`isBreach`, see
 * breachIn), for the chart. Ascending by day; days without contacts are absent.
 */
export function dailyCounts(entries: readonly LogEntry[], report: FlagReport, isBreach: (flag: FlagId) => boolean): DayCount[] {
  const counts = new Map<string, DayCount>();
  for (const entry of entries) {
    const day = dayOf(entry);
    const count = counts.get(day) ?? { day, contacts: 0, flagged: 0 };
    count.contacts++;
    if ((report.entries.get(entry.id) ?? []).some(isBreach)) count.flagged++;
    counts.set(day, count);
  }
  return [...counts.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
