import { caseOf } from '../../src/case/case.ts';
import { breachCounts, breachIn, flagsFor } from '../../src/case/log/flags.ts';
import { offeredValues } from '../../src/log/offered.ts';
import { logEntry } from '../support/logEntries.ts';

describe('what a quick entry offers from earlier entries', () => {
  it('the newest entry’s value first, then the most frequent, without repeats or blanks', () => {
    const entries = [
      logEntry('a', '2026-11-20T10:00', { organisation: 'ABC催收' }),
      logEntry('b', '2026-11-21T10:00', { organisation: 'ABC催收' }),
      logEntry('c', '2026-11-22T10:00', { organisation: ' ' }),
      logEntry('d', '2026-11-23T10:00', { organisation: 'XYZ资产' }),
      logEntry('e', '2026-11-24T10:00', { phone: '13800138000' }),
    ];
    expect(offeredValues(entries, 'organisation')).toEqual(['XYZ资产', 'ABC催收']);
    expect(offeredValues(entries, 'phone')).toEqual(['13800138000']);
    expect(offeredValues([], 'phone')).toEqual([]);
  });

  it('offers a few at most, ties going to the more recent', () => {
    const entries = ['一', '二', '三', '四', '五'].map((organisation, i) => logEntry(String(i), `2026-11-2${i}T10:00`, { organisation }));
    expect(offeredValues(entries, 'organisation')).toEqual(['五', '四', '三']);
  });
});

describe('the possible breaches the log page counts', () => {
  // The issue saw "2 条可能违反规定" beside five flag cards: two entries, one of them raising
  // three breaches, and a relative's call that is only worth noting.
  const entries = [
    logEntry('night', '2026-11-23T23:10', { events: ['threatened', 'impersonatedAuthority'] }),
    logEntry('relative', '2026-11-23T10:00', { kind: 'thirdParty', events: ['toldOthers'] }),
    logEntry('plain', '2026-11-23T11:00'),
  ];
  const report = flagsFor(entries, []);

  it('counts entries and kinds of breach from the same flags: every breach card is counted, nothing else', () => {
    const counts = breachCounts(report, breachIn(caseOf({})));
    expect(counts.entries).toBe(2);
    expect([...counts.byFlag]).toEqual([
      ['threatsInsults', 1],
      ['impersonation', 1],
      ['disclosure', 1],
      ['night', 1],
    ]);
    // A relative's call is not a breach: it is in neither count.
    expect(counts.byFlag.has('thirdPartyContact')).toBe(false);
  });

  it('follows the case: for a private lender the night call is worth noting, not a breach', () => {
    const counts = breachCounts(report, breachIn(caseOf({ lender: 'private' })));
    expect(counts.byFlag.has('night')).toBe(false);
    expect(counts.entries).toBe(2);
  });
});
