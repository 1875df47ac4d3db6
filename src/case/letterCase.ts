import { caseOf, mayOfferToPay, type Case, type LenderType } from './case.ts';
import type { Answers } from '../flow/schema.ts';
import type { LogEntry } from './log/entry.ts';
import { breachIn, type FlagId, type FlagReport } from './log/flags.ts';
import type { Details } from './details.ts';
import type { Concern } from './routing.ts';

/** Everything a letter is written from: the user's own case, never a template's generic one. */
export type LetterCase = {
  details: Details;
  /** The one case every output reads (caseOf): the debt's status, the lender, court papers. */
  theCase: Case;
  lenderType?: LenderType;
  /** The caller says the debt was transferred to them (the triage's answer). */
  transferred: boolean;
  concerns: ReadonlySet<Concern>;
  /** The improper conduct among the triage's "what have they done" answers, for a complaint when the log is empty. */
  conduct: readonly string[];
  /** Log entries that raised a possible breach in this case, oldest first, each with those flags. */
  contacts: readonly { entry: LogEntry; flags: readonly FlagId[] }[];
  /** The log's entries about relatives, colleagues and contacts. */
  thirdPartyContacts: readonly LogEntry[];
  /** How many contacts the log holds: its export is evidence a court paper can list. */
  loggedContacts: number;
  /** How many screenshots and photos the log keeps with its entries: the evidence pack prints them. */
  loggedImages: number;
  /** The letter's date, `YYYY-MM-DD`. */
  today: string;
};

/**
 * Conduct a complaint can name as improper. A visit and a call to a relative that only asked
 * where the user is are lawful in themselves (legal-cn F8, F9), so they are not listed as improper.
 */
export const IMPROPER_CONDUCT = [
  'nightCalls',
  'manyCalls',
  'threatenedToTell',
  'toldOthers',
  'threats',
  'insults',
  'impersonation',
  'fakeDocs',
  'enteredHome',
  'posted',
  'doctoredImages',
  'extraFees',
];

/** Police matters (治安管理处罚法第47、50、62条, 刑法第279条): the only facts a 110 report holds. */
export const POLICE_CONDUCT = ['threats', 'insults', 'enteredHome', 'impersonation', 'posted', 'doctoredImages'];
export const POLICE_FLAGS: readonly FlagId[] = ['threatsInsults', 'homeEntry', 'impersonation', 'publicPosting'];

/** Triage answers and log flags that point to each concern. */
const CONCERNS: Record<Concern, { conduct: string[]; log: readonly FlagId[] }> = {
  police: { conduct: POLICE_CONDUCT, log: POLICE_FLAGS },
  nuisance: { conduct: ['nightCalls', 'manyCalls'], log: ['night', 'answeredCallsOverLimit', 'missedCallsOverLimit'] },
  thirdParty: { conduct: ['contactedOthers', 'threatenedToTell', 'toldOthers'], log: ['thirdPartyContact', 'disclosure'] },
};

type Sources = {
  details: Details;
  answers: Answers;
  facts?: ReadonlySet<string>;
  entries: readonly LogEntry[];
  report?: FlagReport;
  images?: number;
  today: string;
};

export function caseFrom({ details, answers, facts = new Set(), entries, report, images = 0, today }: Sources): LetterCase {
  const theCase = caseOf(answers, facts, details.lenderType || undefined);
  const conduct = [...theCase.conduct];
  const flagsOf = (entry: LogEntry) => report?.entries.get(entry.id) ?? [];
  const logged = new Set(entries.flatMap(flagsOf));
  const concerns = new Set(
    (Object.keys(CONCERNS) as Concern[]).filter(
      (concern) => CONCERNS[concern].conduct.some((c) => conduct.includes(c)) || CONCERNS[concern].log.some((f) => logged.has(f)),
    ),
  );
  // Someone claiming to be the police or a court is checked with the police (刑法第279条, 治安管理处罚法第62条).
  if (answers.caller === 'authority') concerns.add('police');
  const isBreach = breachIn(theCase);
  return {
    details,
    theCase,
    lenderType: theCase.lender,
    transferred: answers.caller === 'buyer',
    concerns,
    conduct: conduct.filter((c) => IMPROPER_CONDUCT.includes(c)),
    contacts: entries.map((entry) => ({ entry, flags: flagsOf(entry).filter(isBreach) })).filter((c) => c.flags.length > 0),
    thirdPartyContacts: entries.filter((entry) => entry.kind === 'thirdParty' || entry.events.includes('toldOthers')),
    loggedContacts: entries.length,
    loggedImages: images,
    today,
  };
}

/** A letter that offers to negotiate repayment concedes the debt: only for a debt the user recognises. */
export const offersNegotiation = (letterCase: LetterCase) => mayOfferToPay(letterCase.theCase);

/** The most frequent non-empty value of a log field, to prefill the letters (e.g. the agency's name). */
export function mostFrequent(entries: readonly LogEntry[], field: 'organisation' | 'lender'): string {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const value = entry[field].trim();
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
