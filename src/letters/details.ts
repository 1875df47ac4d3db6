import { LENDER_TYPES, type LenderType } from '../case/case.ts';
import { isRecord } from '../flow/persistence.ts';

/**
 * What the letters need that the rest of the app does not know: typed once by the user, kept on
 * the phone under the app's key prefix (so "delete all my data" removes it), in a versioned format.
 */
export type Details = {
  yourName: string;
  yourContact: string;
  lenderName: string;
  /** When empty, the triage's answer is used. */
  lenderType: LenderType | '';
  agencyName: string;
  accountRef: string;
  perMonth: string;
  months: string;
  startDate: string;
  reasons: string;
  evidence: Evidence[];
  /** The court papers' own details: which court, the case number, the day the paper was served. */
  courtName: string;
  caseNumber: string;
  servedOn: string;
  /** What the user disputes about the debt itself, each with their own reasons. */
  disputes: Dispute[];
  existenceReason: string;
  amountReason: string;
  termsReason: string;
  /** The facts of a lawsuit in the user's words, and the papers that show them. */
  courtFacts: string;
  courtEvidence: string;
};

export const EVIDENCE = ['recordings', 'screenshots', 'callLog', 'letters', 'witnesses'] as const;
export type Evidence = (typeof EVIDENCE)[number];

/**
 * What a court paper can dispute about the debt itself (民诉法解释第436条): whether it exists, the
 * amount, the interest and fees. Not being able to pay, or wanting more time, is not among them.
 */
export const DISPUTES = ['existence', 'amount', 'terms'] as const;
export type Dispute = (typeof DISPUTES)[number];
export const DISPUTE_REASONS = { existence: 'existenceReason', amount: 'amountReason', terms: 'termsReason' } as const satisfies Record<Dispute, keyof Details>;

export const TEXT_FIELDS = ['yourName', 'yourContact', 'lenderName', 'agencyName', 'accountRef', 'perMonth', 'months', 'startDate', 'reasons'] as const;
/** The fields only the court papers use, asked only of someone who has court papers. */
export const COURT_FIELDS = ['courtName', 'caseNumber', 'servedOn', 'courtFacts', 'courtEvidence'] as const;
export type TextField = (typeof TEXT_FIELDS)[number] | (typeof COURT_FIELDS)[number] | (typeof DISPUTE_REASONS)[Dispute];
const STRING_FIELDS: readonly TextField[] = [...TEXT_FIELDS, ...COURT_FIELDS, ...Object.values(DISPUTE_REASONS)];

export const emptyDetails = (): Details => ({
  yourName: '',
  yourContact: '',
  lenderName: '',
  lenderType: '',
  agencyName: '',
  accountRef: '',
  perMonth: '',
  months: '',
  startDate: '',
  reasons: '',
  evidence: [],
  courtName: '',
  caseNumber: '',
  servedOn: '',
  disputes: [],
  existenceReason: '',
  amountReason: '',
  termsReason: '',
  courtFacts: '',
  courtEvidence: '',
});

export const DETAILS_KEY = 'duice:letters';
const FORMAT = 1;

function isDetails(value: unknown): value is Details {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    STRING_FIELDS.every((f) => typeof v[f] === 'string') &&
    (v.lenderType === '' || LENDER_TYPES.includes(v.lenderType as LenderType)) &&
    Array.isArray(v.evidence) &&
    v.evidence.every((e) => EVIDENCE.includes(e as Evidence)) &&
    Array.isArray(v.disputes) &&
    v.disputes.every((d) => DISPUTES.includes(d as Dispute))
  );
}

export type LoadedDetails = { details: Details; discarded: boolean };

/** Saved details, or empty ones; saved data that cannot be read is discarded and says so. */
export function loadDetails(storage: Storage): LoadedDetails {
  const raw = storage.getItem(DETAILS_KEY);
  if (raw === null) return { details: emptyDetails(), discarded: false };
  try {
    const saved = JSON.parse(raw) as { format?: unknown; details?: unknown };
    // Details saved before the court papers' fields were added are read with those fields empty.
    const details = isRecord(saved.details) ? { ...emptyDetails(), ...saved.details } : undefined;
    if (saved.format === FORMAT && isDetails(details)) return { details, discarded: false };
  } catch {
    // falls through: unreadable is the same as the wrong shape
  }
  storage.removeItem(DETAILS_KEY);
  return { details: emptyDetails(), discarded: true };
}

export function saveDetails(storage: Storage, details: Details): void {
  storage.setItem(DETAILS_KEY, JSON.stringify({ format: FORMAT, details }));
}

/**
 * A draft the user changed by hand, by draft (and addressee), kept as typed under a key of its own,
 * so that typing in one draft rewrites only that one. A change is never thrown away unasked.
 */
export const editKey = (draft: string) => `duice:letters:edit:${draft}`;

/** Where an earlier version kept every edited draft, in one value. */
const ALL_EDITS_KEY = 'duice:letters:edits';

/** Moves the edits an earlier version kept together to a key each, without replacing a newer one. */
function moveEarlierEdits(storage: Storage) {
  const raw = storage.getItem(ALL_EDITS_KEY);
  if (raw === null) return;
  let edits: unknown;
  try {
    edits = JSON.parse(raw);
  } catch {
    // Unreadable: there is nothing to move, as an earlier version showed nothing of it.
  }
  try {
    for (const [draft, text] of Object.entries(isRecord(edits) ? edits : {})) {
      if (typeof text === 'string' && storage.getItem(editKey(draft)) === null) storage.setItem(editKey(draft), text);
    }
    storage.removeItem(ALL_EDITS_KEY);
  } catch {
    // Storage full: they stay where they are, and move the next time a draft is opened.
  }
}

export function loadEdit(storage: Storage, draft: string): string | undefined {
  moveEarlierEdits(storage);
  return storage.getItem(editKey(draft)) ?? undefined;
}

/** `undefined` goes back to the draft as written. Throws if storage is full; the draft's page catches that. */
export function saveEdit(storage: Storage, draft: string, text: string | undefined): void {
  if (text === undefined) storage.removeItem(editKey(draft));
  else storage.setItem(editKey(draft), text);
}
