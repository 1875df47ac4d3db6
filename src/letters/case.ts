import type { Answers } from '../flow/schema.ts';
import type { LogEntry } from '../log/entry.ts';
import { FLAG_RULES, type FlagId, type FlagReport } from '../log/flags.ts';
import type { Details } from './details.ts';
import { LENDER_TYPES, type Concern, type LenderType } from './routing.ts';

/** Everything a letter is written from: the user's own case, never a template's generic one. */
export type LetterCase = {
  details: Details;
  lenderType?: LenderType;
  /** The debt was sold or transferred to a new creditor (the triage's answer). */
  transferred: boolean;
  concerns: ReadonlySet<Concern>;
  /** The triage's "what have they done" answers, for a complaint when the log is empty. */
  conduct: readonly string[];
  /** Log entries that raised a flag pointing to a rule, oldest first, each with those flags. */
  contacts: readonly { entry: LogEntry; flags: readonly FlagId[] }[];
  /** The log's entries about relatives, colleagues and contacts. */
  thirdPartyContacts: readonly LogEntry[];
  /** The letter's date, `YYYY-MM-DD`. */
  today: string;
};

const asList = (answer: Answers[string] | undefined) => (answer === undefined ? [] : ([] as string[]).concat(answer));

/** Triage answers and log flags that point to each concern. */
const CONCERNS: Record<Concern, { conduct: string[]; log: FlagId[] }> = {
  police: { conduct: ['threats', 'enteredHome', 'impersonation', 'posted', 'doctoredImages'], log: ['threatsInsults', 'homeEntry', 'impersonation', 'publicPosting'] },
  nuisance: { conduct: ['nightCalls', 'manyCalls'], log: ['night', 'answeredCallsOverLimit', 'missedCallsOverLimit'] },
  thirdParty: { conduct: ['contactedOthers', 'toldOthers'], log: ['thirdPartyContact', 'disclosure'] },
};

export function caseFrom({ details, answers, entries, report, today }: { details: Details; answers: Answers; entries: readonly LogEntry[]; report?: FlagReport; today: string }): LetterCase {
  const conduct = asList(answers.conduct).filter((c) => c !== 'none');
  const flagsOf = (entry: LogEntry) => report?.entries.get(entry.id) ?? [];
  const logged = new Set(entries.flatMap(flagsOf));
  const concerns = new Set(
    (Object.keys(CONCERNS) as Concern[]).filter((concern) => CONCERNS[concern].conduct.some((c) => conduct.includes(c)) || CONCERNS[concern].log.some((f) => logged.has(f))),
  );
  if (asList(answers.channels).includes('contacts')) concerns.add('thirdParty');
  // Someone claiming to be the police or a court is checked with the police (刑法第279条, 治安管理处罚法第62条).
  if (answers.caller === 'authority') concerns.add('police');
  const triageLender = LENDER_TYPES.find((type) => type === answers.lender);
  return {
    details,
    lenderType: details.lenderType || triageLender,
    transferred: answers.transferred === 'yes',
    concerns,
    conduct,
    contacts: entries.map((entry) => ({ entry, flags: flagsOf(entry).filter((f) => !FLAG_RULES[f].practical) })).filter((c) => c.flags.length > 0),
    thirdPartyContacts: entries.filter((entry) => entry.kind === 'thirdParty' || entry.events.includes('toldOthers')),
    today,
  };
}

/** The most frequent non-empty value of a log field, to prefill the letters (e.g. the agency's name). */
export function mostFrequent(entries: readonly LogEntry[], field: 'organisation' | 'lender'): string {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const value = entry[field].trim();
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
