import { LENDER_TYPES, type LenderType } from '../case/case.ts';

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

const KEY = 'duice:letters';
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
  const raw = storage.getItem(KEY);
  if (raw === null) return { details: emptyDetails(), discarded: false };
  try {
    const saved = JSON.parse(raw) as { format?: unknown; details?: unknown };
    if (saved.format === FORMAT && isDetails(saved.details)) return { details: saved.details, discarded: false };
  } catch {
    // falls through: unreadable is the same as the wrong shape
  }
  storage.removeItem(KEY);
  return { details: emptyDetails(), discarded: true };
}

export function saveDetails(storage: Storage, details: Details): void {
  storage.setItem(KEY, JSON.stringify({ format: FORMAT, details }));
}

const EDITS_KEY = 'duice:letters:edits';

/** Drafts the user changed by hand, by draft (and addressee); a change is never thrown away unasked. */
export function loadEdits(storage: Storage): Record<string, string> {
  try {
    const edits: unknown = JSON.parse(storage.getItem(EDITS_KEY) ?? '{}');
    if (typeof edits !== 'object' || edits === null || Array.isArray(edits)) return {};
    return Object.fromEntries(Object.entries(edits).filter(([, text]) => typeof text === 'string'));
  } catch {
    return {};
  }
}

export function saveEdit(storage: Storage, key: string, text: string | undefined): void {
  const edits = loadEdits(storage);
  if (text === undefined) delete edits[key];
  else edits[key] = text;
  storage.setItem(EDITS_KEY, JSON.stringify(edits));
}
