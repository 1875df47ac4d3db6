import { isRecord } from '../../flow/persistence.ts';

/** How the contact reached the user; `thirdParty` is a contact made to someone else about the user's debt. */
export const KINDS = ['answeredCall', 'missedCall', 'sms', 'message', 'letter', 'visit', 'thirdParty'] as const;
export type Kind = (typeof KINDS)[number];

/** What the user ticks under "what happened". */
export const EVENTS = [
  'threatened',
  'insulted',
  'impersonatedAuthority',
  'claimedLawyer',
  'toldOthers',
  'personalAccount',
  'extraFees',
  'newLoan',
  'enteredHome',
  'refusedToLeave',
  'postedInfo',
] as const;
export type LogEvent = (typeof EVENTS)[number];

export type LogEntry = {
  id: string;
  kind: Kind;
  /**
   * Device local wall-clock time, `YYYY-MM-DDTHH:mm`. A string, not a Date or a timestamp:
   * the rules are about the hour the user lived through (22:00–次日 8:00), so the record must
   * not shift if the phone's time zone changes, a backup is restored on a phone set to another
   * zone, or a test runs under a different TZ. Fixed width, so strings sort chronologically and
   * the first ten characters are the day.
   */
  at: string;
  /** The organisation the caller said they were from. */
  organisation: string;
  /** The lender they said they act for. */
  lender: string;
  phone: string;
  name: string;
  events: LogEvent[];
  /** Number of people who came, for visits; recorded, never flagged. */
  visitors?: number;
  note: string;
  /**
   * When this copy was last saved, in ms since the epoch (an instant, unlike `at`: it orders two
   * copies of one entry, whatever zone each phone is in). Restoring a backup keeps whichever copy
   * is newer. Absent on entries saved before update times were kept: read as 0, older than any edit.
   */
  updatedAt?: number;
};

/** What the user fills in: an entry before it is saved and stamped with its update time. */
export type EntryContent = Omit<LogEntry, 'updatedAt'>;

/**
 * "I agreed they may contact me at night" (22:00–次日 8:00 is allowed by agreement under both
 * the standard and the guideline), for one named organisation. Consents are never edited, so
 * `updatedAt` is when it was recorded; absent on consents recorded before update times were kept.
 */
export type Consent = { id: string; organisation: string; updatedAt?: number };

export type EntryField = 'at' | 'organisation' | 'lender' | 'phone' | 'name' | 'visitors' | 'note';
export type EntryError = 'badDate' | 'future' | 'tooOld' | 'tooLong' | 'badVisitors' | 'noteTooLong';
export type EntryErrors = Partial<Record<EntryField, EntryError>>;
export type ConsentError = 'noOrganisation' | 'tooLong';

/**
 * Generous enough to paste a whole SMS thread or transcribe a call, and well under Excel's
 * 32 767-character cell limit, so an exported note is never cut off in the CSV.
 */
export const NOTE_MAX = 10_000;
/** Names, numbers and organisations are short; this only stops a paste of something else. */
export const FIELD_MAX = 200;
/** Two digits cover any real visit; 1000 is a typo. */
export const VISITORS_MAX = 99;
/** Earlier dates are mistakes, most often 1970 from a clock or a parse that fell back to zero. */
const EARLIEST = '2000-01-01T00:00';
/** The app's ids are 32 hex digits; this only stops a backup from carrying something huge as an id. */
export const ID_MAX = 64;
/**
 * How far past this phone's "now" a stored or restored time may be. An entry made on a phone in
 * another time zone (up to 26 hours apart) or with a clock running fast is not a mistake; a year
 * ahead is. The form allows no slack: the user is typing on this phone, now.
 */
export const READ_CLOCK_SLACK_MS = 2 * 24 * 60 * 60 * 1000;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True for a `YYYY-MM-DDTHH:mm` string naming a real minute (no 30 February, no 25:00). */
export function isLocalDateTime(at: string): boolean {
  const match = LOCAL_DATE_TIME.exec(at);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  // Day 0 of the next month is the last day of this one; UTC so no zone can skip a day.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A Date as device local time in the log's format, e.g. for "when" defaulting to now. */
export function toLocalDateTime(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Time order, then id: a total order, so whatever sorts with it (the flags, the store, the
 * export) cannot depend on the order entries were added or read in.
 */
export const byTime = (a: LogEntry, b: LogEntry) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A random id. Not crypto.randomUUID: that exists only in a secure context, and a phone may open
 * the app over plain http on the local network; getRandomValues works everywhere.
 */
export function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A new entry of the given kind, happening now: the "add" screen's starting point. */
export function draftEntry(kind: Kind, now: Date): EntryContent {
  return { id: newId(), kind, at: toLocalDateTime(now), organisation: '', lender: '', phone: '', name: '', events: [], note: '' };
}

/**
 * Field-level problems with an entry; an empty object means it is fine. The one set of limits:
 * the form checks an entry about to be saved with it, and readEntry every entry read back.
 */
export function validateEntry(entry: EntryContent, now: Date): EntryErrors {
  return entryErrors(entry, toLocalDateTime(now));
}

/** validateEntry with "now" already in the log's format, for a reader that checks thousands of entries against one moment. */
function entryErrors(entry: EntryContent, nowAt: string): EntryErrors {
  const errors: EntryErrors = {};
  if (!isLocalDateTime(entry.at)) errors.at = 'badDate';
  // Same format on both sides, so string order is time order; the current minute is allowed.
  else if (entry.at > nowAt) errors.at = 'future';
  else if (entry.at < EARLIEST) errors.at = 'tooOld';
  for (const field of ['organisation', 'lender', 'phone', 'name'] as const) {
    if (entry[field].length > FIELD_MAX) errors[field] = 'tooLong';
  }
  const { visitors } = entry;
  // Only a visit has visitors (the form drops the count for any other kind).
  if (visitors !== undefined && !(entry.kind === 'visit' && Number.isInteger(visitors) && visitors >= 1 && visitors <= VISITORS_MAX))
    errors.visitors = 'badVisitors';
  if (entry.note.length > NOTE_MAX) errors.note = 'noteTooLong';
  return errors;
}

/**
 * The problem with a consent's organisation, if any. A consent is for one named organisation:
 * an empty name once meant "everyone", so one tap on the button cleared every night flag.
 */
export function validateConsent(organisation: string): ConsentError | undefined {
  if (organisationKey(organisation) === '') return 'noOrganisation';
  if (organisation.length > FIELD_MAX) return 'tooLong';
  return undefined;
}

const isId = (id: unknown): id is string => typeof id === 'string' && id !== '' && id.length <= ID_MAX;

/**
 * Whether stored or imported data has the shape the log relies on. Checked by hand, like the
 * triage's saved answers, to keep a schema library out of the phone's download. Value limits
 * (future dates, lengths) are validateEntry's job; readEntry applies both.
 */
export function isLogEntry(value: unknown): value is LogEntry {
  if (!isRecord(value)) return false;
  const { id, kind, at, organisation, lender, phone, name, events, visitors, note, updatedAt } = value;
  return (
    isId(id) &&
    KINDS.includes(kind as Kind) &&
    typeof at === 'string' &&
    isLocalDateTime(at) &&
    [organisation, lender, phone, name, note].every((s) => typeof s === 'string') &&
    Array.isArray(events) &&
    events.every((e) => EVENTS.includes(e as LogEvent)) &&
    (events.length < 2 || new Set(events).size === events.length) &&
    (visitors === undefined || typeof visitors === 'number') &&
    (updatedAt === undefined || typeof updatedAt === 'number')
  );
}

export function isConsent(value: unknown): value is Consent {
  return isRecord(value) && isId(value.id) && typeof value.organisation === 'string' && (value.updatedAt === undefined || typeof value.updatedAt === 'number');
}

/** Only the fields the log knows, so nothing unexpected from a backup file is stored. */
export function pickEntry(entry: LogEntry): LogEntry {
  const { id, kind, at, organisation, lender, phone, name, events, visitors, note, updatedAt } = entry;
  return {
    id,
    kind,
    at,
    organisation,
    lender,
    phone,
    name,
    events: [...events],
    ...(visitors === undefined ? {} : { visitors }),
    note,
    ...(updatedAt === undefined ? {} : { updatedAt }),
  };
}

export function pickConsent({ id, organisation, updatedAt }: Consent): Consent {
  return { id, organisation, ...(updatedAt === undefined ? {} : { updatedAt }) };
}

/** An update time is a whole number of ms, not before 1970 and not past `latest`. */
const isUpdateTime = (updatedAt: number | undefined, latest: Date) =>
  updatedAt === undefined || (Number.isSafeInteger(updatedAt) && updatedAt >= 0 && updatedAt <= latest.getTime());

/** What a list read, and how many records had the wrong shape or a value out of range and were left out. */
export type Read<T> = { items: T[]; skipped: number };

/**
 * Records are checked on the way out, not trusted: a bad record (a bug, a half-finished
 * migration, a hand-edited database, a crafted backup) is skipped and counted so the screen can
 * say so. In the database it is left where it is rather than deleted, since it is the user's data.
 */
export function readAll<T>(records: readonly unknown[], readOne: (value: unknown) => T | undefined): Read<T> {
  const items: T[] = [];
  for (const record of records) {
    const item = readOne(record);
    if (item !== undefined) items.push(item);
  }
  return { items, skipped: records.length - items.length };
}

/**
 * An entry read from storage or a backup: the log's shape and the form's limits, with clock slack
 * for the date. Anything else gives undefined, for the caller to skip and count.
 */
export function readEntry(value: unknown, now: Date): LogEntry | undefined {
  return entryReader(now)(value);
}

/**
 * readEntry for a list read at one moment: the limits that depend on `now` are worked out once,
 * not again for each of thousands of entries.
 */
export function entryReader(now: Date): (value: unknown) => LogEntry | undefined {
  const latest = new Date(now.getTime() + READ_CLOCK_SLACK_MS);
  const latestAt = toLocalDateTime(latest);
  return (value) => {
    if (!isLogEntry(value)) return undefined;
    if (Object.keys(entryErrors(value, latestAt)).length > 0 || !isUpdateTime(value.updatedAt, latest)) return undefined;
    return pickEntry(value);
  };
}

/** A consent read from storage or a backup, checked like readEntry. */
export function readConsent(value: unknown, now: Date): Consent | undefined {
  if (!isConsent(value) || validateConsent(value.organisation) !== undefined) return undefined;
  if (!isUpdateTime(value.updatedAt, new Date(now.getTime() + READ_CLOCK_SLACK_MS))) return undefined;
  return pickConsent(value);
}

/**
 * The organisation as a grouping key: full-width letters and digits made half-width (NFKC),
 * spaces collapsed, case folded, so "ＡＢＣ催收" and "abc催收 " are one organisation.
 */
export function organisationKey(organisation: string): string {
  return organisation.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The number as a grouping key: full-width digits made half-width, separators dropped, and
 * the country prefix (+86, 0086) removed so "+86 138-0013-8000" and "13800138000" match.
 * A bare "86" is dropped only before an 11-digit mobile number, where it cannot be part of one.
 * Text without digits ("未知号码") gives an empty key: unknown callers are not one number.
 */
export function phoneKey(phone: string): string {
  const compact = phone.normalize('NFKC').replace(/[^\d+]/g, '');
  const digits = compact.replace(/^(\+|00)86/, '').replace(/\+/g, '');
  return /^861\d{10}$/.test(digits) ? digits.slice(2) : digits;
}
