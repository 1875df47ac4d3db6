import fc from 'fast-check';
import {
  draftEntry,
  EVENTS,
  FIELD_MAX,
  ID_MAX,
  isConsent,
  isLocalDateTime,
  isLogEntry,
  KINDS,
  NOTE_MAX,
  organisationKey,
  phoneKey,
  pickEntry,
  READ_CLOCK_SLACK_MS,
  readConsent,
  readEntry,
  toLocalDateTime,
  validateConsent,
  validateEntry,
  VISITORS_MAX,
  type LogEntry,
} from '../../src/case/log/entry.ts';

/** Built from local parts, so the tests mean the same in any time zone. */
const now = new Date(2026, 10, 23, 19, 0, 30);
const entry = (changes: Partial<LogEntry> = {}): LogEntry => ({ ...draftEntry('answeredCall', now), ...changes });

describe('validateEntry', () => {
  it('accepts a fresh draft, which defaults to now', () => {
    expect(entry().at).toBe('2026-11-23T19:00');
    expect(validateEntry(entry(), now)).toEqual({});
  });

  it.each([
    ['the current minute', '2026-11-23T19:00', undefined],
    ['one minute ahead', '2026-11-23T19:01', 'future'],
    ['tomorrow', '2026-11-24T08:00', 'future'],
    ['next year', '2027-01-01T00:00', 'future'],
    ['1 January 2000', '2000-01-01T00:00', undefined],
    ['the last minute of 1999', '1999-12-31T23:59', 'tooOld'],
    ['the epoch', '1970-01-01T08:00', 'tooOld'],
    ['29 February in a leap year', '2024-02-29T10:00', undefined],
    ['29 February otherwise', '2026-02-29T10:00', 'badDate'],
    ['30 February', '2026-02-30T10:00', 'badDate'],
    ['31 April', '2026-04-31T10:00', 'badDate'],
    ['month 13', '2026-13-01T10:00', 'badDate'],
    ['day 0', '2026-03-00T10:00', 'badDate'],
    ['25:00', '2026-01-01T25:00', 'badDate'],
    ['24:00', '2026-01-01T24:00', 'badDate'],
    ['minute 60', '2026-01-01T10:60', 'badDate'],
    ['seconds', '2026-01-01T10:00:00', 'badDate'],
    ['a space for T', '2026-01-01 10:00', 'badDate'],
    ['an empty string', '', 'badDate'],
    ['full-width digits', '２０２６-01-01T10:00', 'badDate'],
  ])('%s: %s → %s', (_, at, error) => {
    expect(validateEntry(entry({ at }), now).at).toBe(error);
  });

  it.each([
    [undefined, undefined],
    [1, undefined],
    [99, undefined],
    [0, 'badVisitors'],
    [-1, 'badVisitors'],
    [1.5, 'badVisitors'],
    [100, 'badVisitors'],
    [1000, 'badVisitors'],
    [Number.NaN, 'badVisitors'],
    [Number.POSITIVE_INFINITY, 'badVisitors'],
  ])('visitors %s → %s', (visitors, error) => {
    expect(validateEntry(entry({ kind: 'visit', visitors }), now).visitors).toBe(error);
  });

  it.each([
    [0, undefined],
    [10_000, undefined],
    [10_001, 'noteTooLong'],
  ])('a note of %i characters → %s', (length, error) => {
    expect(validateEntry(entry({ note: '字'.repeat(length) }), now).note).toBe(error);
  });

  it('caps the short fields and reports each one', () => {
    const long = 'x'.repeat(201);
    expect(validateEntry(entry({ organisation: long, name: 'x'.repeat(200), phone: long }), now)).toEqual({ organisation: 'tooLong', phone: 'tooLong' });
  });

  it.each(['sms', 'answeredCall', 'thirdParty'] as const)('gives a %s no visitors', (kind) => {
    expect(validateEntry(entry({ kind, visitors: 2 }), now).visitors).toBe('badVisitors');
    expect(validateEntry(entry({ kind }), now)).toEqual({});
  });

  it('reports several fields at once', () => {
    expect(validateEntry(entry({ at: '1970-01-01T00:00', visitors: -1, note: 'x'.repeat(10_001) }), now)).toEqual({
      at: 'tooOld',
      visitors: 'badVisitors',
      note: 'noteTooLong',
    });
  });
});

describe('local date-times', () => {
  it('formats a Date as local wall-clock time', () => {
    expect(toLocalDateTime(new Date(2026, 0, 5, 7, 9))).toBe('2026-01-05T07:09');
    expect(isLocalDateTime(toLocalDateTime(new Date(2026, 0, 5, 7, 9)))).toBe(true);
  });

  it('gives each draft its own id', () => {
    expect(draftEntry('sms', now).id).not.toBe(draftEntry('sms', now).id);
  });
});

describe('grouping keys', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-138-0013-8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['＋８６ １３８００１３８０００', '13800138000'],
    ['010-6512 3456', '01065123456'],
    ['(010) 65123456', '01065123456'],
    ['95588', '95588'],
    ['400-123-4567', '4001234567'],
    ['未知号码', ''],
    ['', ''],
  ])('phone %s → %s', (phone, key) => {
    expect(phoneKey(phone)).toBe(key);
  });

  it.each([
    ['ABC催收', 'abc催收'],
    ['  ａｂｃ催收 ', 'abc催收'],
    ['ＡＢＣ　催收', 'abc 催收'],
    ['abc   催收', 'abc 催收'],
    ['', ''],
    ['   ', ''],
  ])('organisation %s → %s', (organisation, key) => {
    expect(organisationKey(organisation)).toBe(key);
  });
});

describe('shape checks', () => {
  it('accepts entries and consents as the app writes them', () => {
    expect(isLogEntry(entry({ events: ['threatened', 'toldOthers'], visitors: 2 }))).toBe(true);
    expect(isConsent({ id: 'c1', organisation: '' })).toBe(true);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['no id', { ...entry(), id: '' }],
    ['an unknown kind', { ...entry(), kind: 'fax' }],
    ['an impossible time', { ...entry(), at: '2026-02-30T10:00' }],
    ['a number for a string', { ...entry(), note: 5 }],
    ['an unknown event', { ...entry(), events: ['kidnapped'] }],
    ['a repeated event', { ...entry(), events: ['threatened', 'threatened'] }],
    ['events not a list', { ...entry(), events: 'threatened' }],
    ['visitors as text', { ...entry(), visitors: '2' }],
  ])('rejects %s', (_, value) => {
    expect(isLogEntry(value)).toBe(false);
  });

  it('rejects a consent without an organisation string', () => {
    expect(isConsent({ id: 'c1' })).toBe(false);
    expect(isConsent({ id: '', organisation: '' })).toBe(false);
  });

  it('keeps only the known fields', () => {
    const extra = { ...entry({ visitors: 2 }), script: '<img src=x onerror=alert(1)>' };
    expect(pickEntry(extra)).toEqual(entry({ id: extra.id, visitors: 2 }));
    expect(pickEntry(entry())).not.toHaveProperty('visitors');
  });
});

describe('validateConsent', () => {
  it.each([
    ['ABC催收', undefined],
    ['', 'noOrganisation'],
    ['   ', 'noOrganisation'],
    ['\u3000', 'noOrganisation'],
    ['x'.repeat(FIELD_MAX), undefined],
    ['x'.repeat(FIELD_MAX + 1), 'tooLong'],
  ])('%j → %s', (organisation, error) => {
    expect(validateConsent(organisation)).toBe(error);
  });
});

describe('reading a stored or restored record', () => {
  const stored = (changes: Partial<LogEntry> = {}) => ({ ...entry({ id: 'e1' }), updatedAt: now.getTime(), ...changes });

  it('gives back the entry as the app saved it, with or without an update time', () => {
    expect(readEntry(stored(), now)).toEqual(stored());
    const { updatedAt: _, ...older } = stored();
    expect(readEntry(older, now)).toEqual(older);
    expect(readEntry(stored({ kind: 'visit', visitors: 3 }), now)).toEqual(stored({ kind: 'visit', visitors: 3 }));
  });

  it.each([
    ['visitors 1e308 on an SMS', { kind: 'sms', visitors: 1e308 }],
    ['visitors on an SMS', { kind: 'sms', visitors: 2 }],
    ['a negative count', { kind: 'visit', visitors: -3 }],
    ['a count of 100', { kind: 'visit', visitors: VISITORS_MAX + 1 }],
    ['a 2099 date', { at: '2099-01-01T10:00' }],
    ['three days ahead', { at: '2026-11-26T20:00' }],
    ['1999', { at: '1999-12-31T23:59' }],
    ['a 2 MB note', { note: 'x'.repeat(2_000_000) }],
    ['a 100,000-character organisation', { organisation: '催'.repeat(100_000) }],
    ['a long lender', { lender: 'x'.repeat(FIELD_MAX + 1) }],
    ['a huge id', { id: 'x'.repeat(ID_MAX + 1) }],
    ['a negative update time', { updatedAt: -1 }],
    ['a fractional update time', { updatedAt: 1.5 }],
    ['an update time of 1e308', { updatedAt: 1e308 }],
    ['an update time a year ahead', { updatedAt: now.getTime() + 365 * 86_400_000 }],
  ] as [string, Partial<LogEntry>][])('skips %s', (_, changes) => {
    expect(readEntry(stored(changes), now)).toBeUndefined();
  });

  it('allows a date or update time a little ahead, from a phone in another time zone or with a fast clock', () => {
    expect(readEntry(stored({ at: '2026-11-24T19:00', updatedAt: now.getTime() + 86_400_000 }), now)).toBeDefined();
    expect(readEntry(stored({ updatedAt: now.getTime() + READ_CLOCK_SLACK_MS + 1 }), now)).toBeUndefined();
  });

  it('reads a consent for a named organisation only', () => {
    expect(readConsent({ id: 'c', organisation: 'ABC催收', updatedAt: 5 }, now)).toEqual({ id: 'c', organisation: 'ABC催收', updatedAt: 5 });
    expect(readConsent({ id: 'c', organisation: 'ABC催收', extra: 1 }, now)).toEqual({ id: 'c', organisation: 'ABC催收' });
    for (const organisation of ['', '  ', 'x'.repeat(100_000)]) expect(readConsent({ id: 'c', organisation }, now), organisation).toBeUndefined();
    expect(readConsent({ id: 'c', organisation: 'ABC', updatedAt: -1 }, now)).toBeUndefined();
  });

  /** Any value at all, mostly shaped like an entry, with every field drawn from well beyond its limits. */
  const wildEntry = fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 80 }), fc.integer()),
      kind: fc.constantFrom(...KINDS, 'fax'),
      at: fc.oneof(fc.date({ min: new Date(1960, 0, 1), max: new Date(2120, 0, 1), noInvalidDate: true }).map(toLocalDateTime), fc.string()),
      organisation: fc.oneof(fc.string(), fc.string({ minLength: FIELD_MAX - 2, maxLength: FIELD_MAX + 2 })),
      lender: fc.string(),
      phone: fc.string(),
      name: fc.string(),
      events: fc.array(fc.constantFrom(...EVENTS, 'kidnapped')),
      visitors: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double(), fc.constant(1e308)),
      note: fc.oneof(fc.string(), fc.constant('x'.repeat(NOTE_MAX + 1))),
      updatedAt: fc.oneof(fc.integer({ min: -1, max: now.getTime() + 2 * READ_CLOCK_SLACK_MS }), fc.double()),
    },
    { requiredKeys: [] },
  );

  it('returns only entries within every limit the form has, with no other fields (property)', () => {
    const latest = new Date(now.getTime() + READ_CLOCK_SLACK_MS);
    fc.assert(
      fc.property(wildEntry, (value) => {
        const read = readEntry(value, now);
        if (read === undefined) return;
        expect(isLogEntry(read)).toBe(true);
        expect(validateEntry(read, latest)).toEqual({});
        expect(read.visitors === undefined || read.kind === 'visit').toBe(true);
        expect(read.updatedAt === undefined || (Number.isSafeInteger(read.updatedAt) && read.updatedAt >= 0 && read.updatedAt <= latest.getTime())).toBe(true);
        expect(read).toEqual(pickEntry(value as LogEntry));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every entry the form accepts (property)', () => {
    const formEntry = fc.record({
      kind: fc.constantFrom(...KINDS),
      at: fc.date({ min: new Date(2000, 0, 1), max: now, noInvalidDate: true }).map(toLocalDateTime),
      organisation: fc.string({ maxLength: FIELD_MAX }),
      note: fc.string({ maxLength: 50 }),
      visitors: fc.integer({ min: 1, max: VISITORS_MAX }),
      events: fc.uniqueArray(fc.constantFrom(...EVENTS)),
    });
    fc.assert(
      fc.property(formEntry, ({ visitors, ...fields }) => {
        const saved = { ...entry(fields), ...(fields.kind === 'visit' ? { visitors } : {}), updatedAt: now.getTime() };
        expect(validateEntry(saved, now)).toEqual({});
        expect(readEntry(saved, now)).toEqual(saved);
      }),
    );
  });
});
