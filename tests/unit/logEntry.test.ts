import {
  draftEntry,
  isConsent,
  isLocalDateTime,
  isLogEntry,
  organisationKey,
  phoneKey,
  pickEntry,
  toLocalDateTime,
  validateEntry,
  type LogEntry,
} from '../../src/log/entry.ts';

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
