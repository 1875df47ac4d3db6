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
};

export const EVIDENCE = ['recordings', 'screenshots', 'callLog', 'letters', 'witnesses'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const TEXT_FIELDS = ['yourName', 'yourContact', 'lenderName', 'agencyName', 'accountRef', 'perMonth', 'months', 'startDate', 'reasons'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

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
});

export const DETAILS_KEY = 'duice:letters';
const FORMAT = 1;

function isDetails(value: unknown): value is Details {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    TEXT_FIELDS.every((f) => typeof v[f] === 'string') &&
    (v.lenderType === '' || LENDER_TYPES.includes(v.lenderType as LenderType)) &&
    Array.isArray(v.evidence) &&
    v.evidence.every((e) => EVIDENCE.includes(e as Evidence))
  );
}

export type LoadedDetails = { details: Details; discarded: boolean };

/** Saved details, or empty ones; saved data that cannot be read is discarded and says so. */
export function loadDetails(storage: Storage): LoadedDetails {
  const raw = storage.getItem(DETAILS_KEY);
  if (raw === null) return { details: emptyDetails(), discarded: false };
  try {
    const saved = JSON.parse(raw) as { format?: unknown; details?: unknown };
    if (saved.format === FORMAT && isDetails(saved.details)) return { details: saved.details, discarded: false };
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
