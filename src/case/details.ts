import { LENDER_TYPES, type LenderType } from './case.ts';
import { isRecord } from '../flow/persistence.ts';
import { keep, loadStored, parseJson, sharedStored, versioned, type SharedValue, type Stored } from '../lib/storage.ts';
import { draftEditKey, EARLIER_DRAFT_EDITS_KEY, STORAGE_KEYS } from '../lib/storageKeys.ts';

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

const FORMAT = 1;

function isDetails(value: unknown): value is Details {
  return (
    isRecord(value) &&
    STRING_FIELDS.every((f) => typeof value[f] === 'string') &&
    (value.lenderType === '' || LENDER_TYPES.includes(value.lenderType as LenderType)) &&
    Array.isArray(value.evidence) &&
    value.evidence.every((e) => EVIDENCE.includes(e as Evidence)) &&
    Array.isArray(value.disputes) &&
    value.disputes.every((d) => DISPUTES.includes(d as Dispute))
  );
}

const savedDetails = versioned(STORAGE_KEYS.letterDetails, FORMAT, isRecord, 'details');

/** Kept as `{ format, details }`; details saved before the court papers' fields were added read with those fields empty. */
export const storedDetails: Stored<Details> = {
  key: savedDetails.key,
  encode: savedDetails.encode,
  decode(raw) {
    const saved = savedDetails.decode(raw);
    const details = saved && { ...emptyDetails(), ...saved };
    return isDetails(details) ? details : undefined;
  },
};

export type LoadedDetails = { details: Details; discarded: boolean };

/** Saved details, or empty ones; saved data that cannot be read is discarded and says so. */
export function loadDetails(storage: Storage): LoadedDetails {
  const { value, discarded } = loadStored(storage, storedDetails);
  return { details: value ?? emptyDetails(), discarded };
}

/** Throws if storage is full; the details page catches that (see useLetterCase). */
export const saveDetails = (storage: Storage, details: Details) => keep(storage, storedDetails, details);

/**
 * A draft the user changed by hand, by draft (and addressee), kept as typed under a key of its own,
 * so that typing in one draft rewrites only that one. A change is never thrown away unasked;
 * `undefined` goes back to the draft as written.
 */
export const storedEdit = (draft: string): Stored<string | undefined> => ({
  key: draftEditKey(draft),
  encode: (text) => text ?? null,
  decode: (raw) => raw,
});

/** Moves the edits an earlier version kept together to a key each, without replacing a newer one. */
function moveEarlierEdits(storage: Storage) {
  const raw = storage.getItem(EARLIER_DRAFT_EDITS_KEY);
  if (raw === null) return;
  // Unreadable: there is nothing to move, as an earlier version showed nothing of it.
  const edits = parseJson(raw);
  try {
    for (const [draft, text] of Object.entries(isRecord(edits) ? edits : {})) {
      if (typeof text === 'string' && storage.getItem(draftEditKey(draft)) === null) storage.setItem(draftEditKey(draft), text);
    }
    storage.removeItem(EARLIER_DRAFT_EDITS_KEY);
  } catch {
    // Storage full: they stay where they are, and move the next time a draft is opened.
  }
}

/** The draft's edit, shared with other tabs and kept once typing pauses for `delay` ms (earlier edits moved first). */
export function sharedEdit(storage: Storage, draft: string, delay: number): SharedValue<string | undefined> {
  moveEarlierEdits(storage);
  return sharedStored(storage, storedEdit(draft), () => undefined, delay);
}
