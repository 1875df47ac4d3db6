import fc from 'fast-check';
import { mergeList, type MergeCounts, type OnPhone } from '../../src/case/log/merge.ts';

/** A record as the merge sees it: an id, a version, and some content. */
type Record = { id: string; note: string; updatedAt?: number };

const phone = (records: Record[], { unreadable = [] as string[], deleted = [] as string[] } = {}): OnPhone<Record> => ({
  records: new Map(records.map((r) => [r.id, r])),
  unreadable: new Set(unreadable),
  deleted: new Set(deleted),
});
const counts = (changes: Partial<MergeCounts>): MergeCounts => ({ added: 0, updated: 0, keptPhone: 0, unchanged: 0, skippedDeleted: 0, ...changes });

describe('the merge rules of restore', () => {
  it.each([
    ['only in the backup → added', phone([]), { id: 'a', note: 'x', updatedAt: 5 }, 'added', true],
    ['the same on both → unchanged', phone([{ id: 'a', note: 'x', updatedAt: 5 }]), { id: 'a', note: 'x', updatedAt: 9 }, 'unchanged', false],
    ['newer on the phone → kept', phone([{ id: 'a', note: 'edited', updatedAt: 9 }]), { id: 'a', note: 'old', updatedAt: 5 }, 'keptPhone', false],
    ['newer in the backup → updated', phone([{ id: 'a', note: 'old', updatedAt: 5 }]), { id: 'a', note: 'edited', updatedAt: 9 }, 'updated', true],
    [
      'saved at the same time, different → kept',
      phone([{ id: 'a', note: 'mine', updatedAt: 5 }]),
      { id: 'a', note: 'theirs', updatedAt: 5 },
      'keptPhone',
      false,
    ],
    ['both from before update times, different → kept', phone([{ id: 'a', note: 'mine' }]), { id: 'a', note: 'theirs' }, 'keptPhone', false],
    [
      'edited on the phone, older backup without a time → kept',
      phone([{ id: 'a', note: 'edited', updatedAt: 1 }]),
      { id: 'a', note: 'old' },
      'keptPhone',
      false,
    ],
    ['deleted on the phone → skipped', phone([], { deleted: ['a'] }), { id: 'a', note: 'x', updatedAt: 5 }, 'skippedDeleted', false],
    [
      "deleted on the phone, even if the backup's copy claims to be later → skipped",
      phone([], { deleted: ['a'] }),
      { id: 'a', note: 'x', updatedAt: 1e12 },
      'skippedDeleted',
      false,
    ],
    ['unreadable on the phone → kept, not replaced unseen', phone([], { unreadable: ['a'] }), { id: 'a', note: 'x', updatedAt: 5 }, 'keptPhone', false],
  ] as const)('%s', (_, onPhone, record, outcome, written) => {
    const result = mergeList(onPhone, [record]);
    expect(result.counts).toEqual(counts({ [outcome]: 1 }));
    expect(result.writes).toEqual(written ? [record] : []);
  });

  it('brings back what was deleted only when asked', () => {
    const result = mergeList(phone([], { deleted: ['a'] }), [{ id: 'a', note: 'x' }], true);
    expect(result).toEqual({ writes: [{ id: 'a', note: 'x' }], counts: counts({ added: 1 }) });
  });

  it('merges a backup that lists one id twice against its own first copy', () => {
    const result = mergeList(phone([]), [
      { id: 'a', note: 'first', updatedAt: 1 },
      { id: 'a', note: 'second', updatedAt: 2 },
      { id: 'a', note: 'second', updatedAt: 2 },
    ]);
    expect(result).toEqual({ writes: [{ id: 'a', note: 'second', updatedAt: 2 }], counts: counts({ added: 1, updated: 1, unchanged: 1 }) });
  });

  describe('properties', () => {
    const ids = fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f');
    const record = fc.record(
      { id: ids, note: fc.constantFrom('x', 'y', 'z'), updatedAt: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) },
      { requiredKeys: ['id', 'note'] },
    );
    const uniqueRecords = fc.uniqueArray(record, { selector: (r) => r.id });
    const scenario = fc
      .record({
        onPhone: uniqueRecords,
        unreadable: fc.uniqueArray(ids),
        deleted: fc.uniqueArray(ids),
        backup: fc.array(record, { maxLength: 10 }),
        revive: fc.boolean(),
      })
      .map(({ onPhone, unreadable, deleted, backup, revive }) => {
        // A stored id is readable or not, and a tombstone is only for an id no longer stored.
        const stored = new Set(onPhone.map((r) => r.id));
        const broken = unreadable.filter((id) => !stored.has(id));
        const gone = deleted.filter((id) => !stored.has(id) && !broken.includes(id));
        return { state: phone(onPhone, { unreadable: broken, deleted: gone }), backup, revive };
      });
    const savedAt = (r: Record) => r.updatedAt ?? 0;

    it('accounts for every record of the backup exactly once', () => {
      fc.assert(
        fc.property(scenario, ({ state, backup, revive }) => {
          const { counts: c } = mergeList(state, backup, revive);
          expect(c.added + c.updated + c.keptPhone + c.unchanged + c.skippedDeleted).toBe(backup.length);
        }),
      );
    });

    it('never touches a record that is only on the phone, nor an unreadable one', () => {
      fc.assert(
        fc.property(scenario, ({ state, backup, revive }) => {
          const inBackup = new Set(backup.map((r) => r.id));
          for (const written of mergeList(state, backup, revive).writes) {
            expect(inBackup.has(written.id)).toBe(true);
            expect(state.unreadable.has(written.id)).toBe(false);
          }
        }),
      );
    });

    it('never replaces a copy on the phone with one saved no later', () => {
      fc.assert(
        fc.property(scenario, ({ state, backup, revive }) => {
          for (const written of mergeList(state, backup, revive).writes) {
            const mine = state.records.get(written.id);
            if (mine) expect(savedAt(written)).toBeGreaterThan(savedAt(mine));
          }
        }),
      );
    });

    it('never brings back a deleted record unless asked, and always when asked', () => {
      fc.assert(
        fc.property(scenario, ({ state, backup, revive }) => {
          const written = new Set(mergeList(state, backup, revive).writes.map((r) => r.id));
          const deletedInBackup = [...state.deleted].filter((id) => backup.some((r) => r.id === id));
          for (const id of deletedInBackup) expect(written.has(id)).toBe(revive);
        }),
      );
    });

    it('changes nothing the second time the same backup is restored', () => {
      fc.assert(
        fc.property(scenario, ({ state, backup, revive }) => {
          const first = mergeList(state, backup, revive);
          const records = new Map(state.records);
          for (const r of first.writes) records.set(r.id, r);
          const deleted = new Set([...state.deleted].filter((id) => !records.has(id)));
          const second = mergeList({ records, unreadable: state.unreadable, deleted }, backup, revive);
          expect(second.writes).toEqual([]);
          expect(second.counts.added + second.counts.updated).toBe(0);
        }),
      );
    });
  });
});
