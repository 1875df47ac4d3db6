import { caseOf } from '../../src/case/case.ts';
import { breachCounts, breachIn, flagsFor } from '../../src/case/log/flags.ts';
import type { LogImage } from '../../src/case/log/images.ts';
import { evidencePack } from '../../src/log/evidencePack.ts';
import { logEntry } from '../support/logEntries.ts';

const entries = [
  logEntry('d', '2026-11-21T10:00', { kind: 'thirdParty', events: ['toldOthers'] }),
  logEntry('a', '2026-11-18T22:40', { organisation: '某某资产' }),
  logEntry('c', '2026-11-20T09:00', { kind: 'visit' }),
  logEntry('b', '2026-11-19T23:05', { events: ['threatened'] }),
];
const image = (entryId: string, id: string): LogImage => ({ entryId, id, blob: new Blob([id]), addedAt: 1 });
const images = new Map([
  ['d', [image('d', 'd1')]],
  ['a', [image('a', 'a1'), image('a', 'a2')]],
]);
const report = flagsFor(entries, []);
/** A bank credit card: the standards and the guideline bind the collector, so night contact is a possible breach. */
const bank = breachIn(caseOf({ lender: 'bankCard' }));

describe('the evidence pack', () => {
  it('lists every contact oldest first, whatever order the log was read in', () => {
    const pack = evidencePack(entries, report, bank, images);
    expect(pack.contacts.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(evidencePack([...entries].reverse(), report, bank, images)).toEqual(pack);
  });

  it('lists each possible breach once with the contacts that raised it, counted as the log page counts them', () => {
    const pack = evidencePack(entries, report, bank, images);
    expect(pack.violations.map((v) => [v.flag, v.entries.map((e) => e.id)])).toEqual([
      ['threatsInsults', ['b']],
      ['disclosure', ['d']],
      ['night', ['a', 'b']],
    ]);
    // The visit and the call to a relative are worth noting, not breaches: not in the pack's breaches.
    expect(pack.violations.map((v) => v.flag)).not.toContain('visit');
    const { byFlag } = breachCounts(report, bank);
    expect(new Map(pack.violations.map((v) => [v.flag, v.entries.length]))).toEqual(byFlag);
  });

  it('counts as breaches only what binds the lender: a private lender is not bound by the standards on night calls', () => {
    const privateLoan = breachIn(caseOf({ lender: 'private' }));
    const pack = evidencePack(entries, report, privateLoan, images);
    expect(pack.violations.map((v) => v.flag)).not.toContain('night');
    expect(new Map(pack.violations.map((v) => [v.flag, v.entries.length]))).toEqual(breachCounts(report, privateLoan).byFlag);
  });

  it('numbers the images through the pack in the order of their entries, each with its entry', () => {
    const pack = evidencePack(entries, report, bank, images);
    expect(pack.images.map(({ n, image, entry }) => [n, image.id, entry.at])).toEqual([
      [1, 'a1', '2026-11-18T22:40'],
      [2, 'a2', '2026-11-18T22:40'],
      [3, 'd1', '2026-11-21T10:00'],
    ]);
  });

  it('an empty log makes an empty pack', () => {
    expect(evidencePack([], flagsFor([], []), bank, new Map())).toEqual({ contacts: [], violations: [], images: [] });
  });
});
