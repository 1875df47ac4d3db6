// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import type { Consent, LogEntry } from '../../src/case/log/entry.ts';
import {
  clearLog,
  DB_NAME,
  deleteConsent,
  deleteEntry,
  importBackup,
  listConsents,
  listDeletions,
  listEntries,
  listImages,
  MIGRATIONS,
  openLog,
  openProblem,
  putConsent,
  putEntry,
  type LogDb,
} from '../../src/case/log/store.ts';
import { logEntry } from '../support/logEntries.ts';

const entry = (id: string, at: string, changes: Partial<LogEntry> = {}) =>
  logEntry(id, at, { organisation: 'ABC催收', lender: '某银行', phone: '13800138000', ...changes });

const open: LogDb[] = [];
async function openTracked(...args: Parameters<typeof openLog>) {
  const db = await openLog(...args);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await deleteDB(DB_NAME);
});

/**
 * Creates a database with the raw IndexedDB API: by default the version-1 layout, the way a phone
 * on an old release has it; or any version with some stores, the way a broken or newer build might.
 */
function createDatabase(records: { entries: unknown[]; consents: unknown[] }, { version = 1, stores = ['entries', 'consents'] } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const store of stores) {
        const created = db.createObjectStore(store, { keyPath: 'id' });
        (records as Record<string, unknown[]>)[store]?.forEach((r) => created.put(r));
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('entries', () => {
  it('adds, lists in time order, edits and deletes', async () => {
    const db = await openTracked();
    await putEntry(db, entry('b', '2026-11-23T10:00'));
    await putEntry(db, entry('a', '2026-11-23T09:00'));
    await putEntry(db, entry('c', '2026-11-23T09:00'));
    expect((await listEntries(db)).items.map((e) => e.id)).toEqual(['a', 'c', 'b']);

    await putEntry(db, entry('b', '2026-11-23T10:00', { note: 'edited', events: ['threatened'] }));
    expect((await listEntries(db)).items.find((e) => e.id === 'b')).toEqual(entry('b', '2026-11-23T10:00', { note: 'edited', events: ['threatened'] }));

    await deleteEntry(db, 'a');
    expect(await listEntries(db)).toEqual({
      items: [entry('c', '2026-11-23T09:00'), entry('b', '2026-11-23T10:00', { note: 'edited', events: ['threatened'] })],
      skipped: 0,
    });
  });

  it('survives closing and reopening (a reload)', async () => {
    const first = await openTracked();
    await putEntry(first, entry('a', '2026-11-23T09:00', { note: '<img src=x onerror=alert(1)>' }));
    first.close();
    const again = await openTracked();
    expect((await listEntries(again)).items).toEqual([entry('a', '2026-11-23T09:00', { note: '<img src=x onerror=alert(1)>' })]);
  });

  it('skips and counts records of the wrong shape, and leaves them stored', async () => {
    const db = await openTracked();
    await putEntry(db, entry('good', '2026-11-23T09:00'));
    const bad = [{ id: 'x', kind: 'fax' }, { ...entry('y', '2026-02-30T10:00') }, { ...entry('z', '2026-11-23T09:00'), events: 'threatened' }];
    for (const record of bad) await db.put('entries', record as unknown as LogEntry);
    await db.put('consents', { id: 'c', organisation: 5 } as unknown as Consent);

    expect(await listEntries(db)).toEqual({ items: [entry('good', '2026-11-23T09:00')], skipped: 3 });
    expect(await listConsents(db)).toEqual({ items: [], skipped: 1 });
    expect(await db.count('entries')).toBe(4);
  });

  it("skips and counts records with a value out of the form's range, and leaves them stored", async () => {
    const db = await openTracked();
    const now = new Date(2026, 10, 24, 12, 0);
    await putEntry(db, entry('good', '2026-11-23T09:00'));
    const outOfRange = [
      entry('sms-visitors', '2026-11-23T09:00', { kind: 'sms', visitors: 1e308 }),
      entry('negative', '2026-11-23T09:00', { kind: 'visit', visitors: -2 }),
      entry('2099', '2099-01-01T09:00'),
      entry('long-note', '2026-11-23T09:00', { note: 'x'.repeat(2_000_000) }),
      entry('long-organisation', '2026-11-23T09:00', { organisation: '催'.repeat(100_000) }),
    ];
    for (const record of outOfRange) await db.put('entries', record);
    await putConsent(db, { id: 'named', organisation: 'ABC催收' });
    await db.put('consents', { id: 'everyone', organisation: '' });

    expect(await listEntries(db, now)).toEqual({ items: [entry('good', '2026-11-23T09:00')], skipped: 5 });
    expect(await listConsents(db, now)).toEqual({ items: [{ id: 'named', organisation: 'ABC催收' }], skipped: 1 });
    expect(await db.count('entries')).toBe(6);
  });

  it('stores only the fields the log knows', async () => {
    const db = await openTracked();
    await putEntry(db, { ...entry('a', '2026-11-23T09:00'), extra: 'x' } as LogEntry);
    expect(await db.get('entries', 'a')).toEqual(entry('a', '2026-11-23T09:00'));
  });
});

describe('consents', () => {
  it('adds, lists and deletes', async () => {
    const db = await openTracked();
    await putConsent(db, { id: 'xyz', organisation: 'XYZ资产', updatedAt: 1 });
    await putConsent(db, { id: 'abc', organisation: 'ABC催收' });
    expect((await listConsents(db)).items).toEqual([
      { id: 'abc', organisation: 'ABC催收' },
      { id: 'xyz', organisation: 'XYZ资产', updatedAt: 1 },
    ]);
    await deleteConsent(db, 'xyz');
    expect(await listConsents(db)).toEqual({ items: [{ id: 'abc', organisation: 'ABC催收' }], skipped: 0 });
  });
});

describe('tombstones', () => {
  it('leaves one for each deleted entry and consent, and drops it when the record is stored again', async () => {
    const db = await openTracked();
    await putEntry(db, entry('a', '2026-11-23T09:00'));
    await putConsent(db, { id: 'c', organisation: 'ABC催收' });
    await deleteEntry(db, 'a', 1000);
    await deleteConsent(db, 'c', 2000);
    expect(await listDeletions(db)).toEqual([
      { list: 'consents', id: 'c', deletedAt: 2000 },
      { list: 'entries', id: 'a', deletedAt: 1000 },
    ]);
    await putEntry(db, entry('a', '2026-11-23T09:00'));
    expect(await listDeletions(db)).toEqual([{ list: 'consents', id: 'c', deletedAt: 2000 }]);
  });
});

describe('delete all my data', () => {
  it('empties entries, consents and tombstones', async () => {
    const db = await openTracked();
    await putEntry(db, entry('a', '2026-11-23T09:00'));
    await putEntry(db, entry('b', '2026-11-23T09:00'));
    await deleteEntry(db, 'b');
    await putConsent(db, { id: 'abc', organisation: 'ABC催收' });
    await clearLog(db);
    expect([await listEntries(db), await listConsents(db), await listDeletions(db)]).toEqual([{ items: [], skipped: 0 }, { items: [], skipped: 0 }, []]);
    for (const store of db.objectStoreNames) expect(await db.count(store), store).toBe(0);
  });
});

describe('restoring a backup', () => {
  const nothing = { added: 0, updated: 0, keptPhone: 0, unchanged: 0, skippedDeleted: 0 };

  it('adds what is new, keeps what is only on the phone, and changes nothing the second time', async () => {
    const db = await openTracked();
    await putEntry(db, entry('mine', '2026-11-20T09:00'));
    const backup = { entries: [entry('theirs', '2026-11-22T09:00', { updatedAt: 5 })], consents: [{ id: 'abc', organisation: 'ABC催收' }] };

    expect(await importBackup(db, backup)).toEqual({ entries: { ...nothing, added: 1 }, consents: { ...nothing, added: 1 }, images: nothing });
    expect(await importBackup(db, backup)).toEqual({ entries: { ...nothing, unchanged: 1 }, consents: { ...nothing, unchanged: 1 }, images: nothing });
    expect((await listEntries(db)).items.map((e) => e.id)).toEqual(['mine', 'theirs']);
    expect((await listConsents(db)).items).toEqual([{ id: 'abc', organisation: 'ABC催收' }]);
  });

  it('keeps an edit made on the phone after the backup, and says so', async () => {
    const db = await openTracked();
    const original = entry('a', '2026-11-21T09:00', { note: 'first', updatedAt: 1_000 });
    await putEntry(db, original);
    const olderBackup = { entries: [original], consents: [] };
    await putEntry(db, { ...original, note: 'edited', updatedAt: 2_000 });

    expect(await importBackup(db, olderBackup)).toEqual({ entries: { ...nothing, keptPhone: 1 }, consents: nothing, images: nothing });
    expect((await listEntries(db)).items).toEqual([{ ...original, note: 'edited', updatedAt: 2_000 }]);
  });

  it("takes the backup's copy when it was saved later", async () => {
    const db = await openTracked();
    await putEntry(db, entry('a', '2026-11-21T09:00', { note: 'old', updatedAt: 1_000 }));
    const report = await importBackup(db, { entries: [entry('a', '2026-11-21T09:00', { note: 'new', updatedAt: 2_000 })], consents: [] });
    expect(report.entries).toEqual({ ...nothing, updated: 1 });
    expect((await listEntries(db)).items[0].note).toBe('new');
  });

  it('does not bring back what was deleted since, unless asked; then the tombstone goes', async () => {
    const db = await openTracked();
    const backup = { entries: [entry('a', '2026-11-21T09:00'), entry('b', '2026-11-21T10:00')], consents: [{ id: 'abc', organisation: 'ABC催收' }] };
    await importBackup(db, backup);
    await deleteEntry(db, 'a');
    await deleteConsent(db, 'abc');

    expect(await importBackup(db, backup)).toEqual({
      entries: { ...nothing, unchanged: 1, skippedDeleted: 1 },
      consents: { ...nothing, skippedDeleted: 1 },
      images: nothing,
    });
    expect((await listEntries(db)).items.map((e) => e.id)).toEqual(['b']);
    expect((await listConsents(db)).items).toEqual([]);

    expect(await importBackup(db, backup, true)).toEqual({
      entries: { ...nothing, unchanged: 1, added: 1 },
      consents: { ...nothing, added: 1 },
      images: nothing,
    });
    expect((await listEntries(db)).items.map((e) => e.id)).toEqual(['a', 'b']);
    expect(await listDeletions(db)).toEqual([]);
  });

  it('does not replace a stored record it cannot read', async () => {
    const db = await openTracked();
    const now = new Date(2026, 10, 24, 12, 0);
    await db.put('entries', entry('a', '2099-01-01T09:00', { note: 'a clock far ahead' }));
    const report = await importBackup(db, { entries: [entry('a', '2026-11-21T09:00', { updatedAt: 5 })], consents: [] }, false, now);
    expect(report.entries).toEqual({ ...nothing, keptPhone: 1 });
    expect((await db.get('entries', 'a'))?.note).toBe('a clock far ahead');
  });

  it('changes nothing when one record cannot be stored', async () => {
    const db = await openTracked();
    await putEntry(db, entry('mine', '2026-11-20T09:00'));
    await deleteEntry(db, 'gone');
    const unstorable = entry('bad', '2026-11-22T09:00', { note: (() => 'a function cannot be stored') as unknown as string });
    const backup = {
      entries: [entry('one', '2026-11-21T09:00'), entry('gone', '2026-11-21T10:00'), unstorable],
      consents: [{ id: 'abc', organisation: 'ABC催收' }],
    };

    await expect(importBackup(db, backup, true)).rejects.toThrow();
    expect((await listEntries(db)).items.map((e) => e.id)).toEqual(['mine']);
    expect((await listConsents(db)).items).toEqual([]);
    expect((await listDeletions(db)).map((d) => d.id)).toEqual(['gone']);
  });

  it('changes nothing when a consent cannot be stored, after every entry was written', async () => {
    const db = await openTracked();
    const backup = { entries: [entry('one', '2026-11-21T09:00')], consents: [{ id: undefined as unknown as string, organisation: 'ABC催收' }] };
    await expect(importBackup(db, backup)).rejects.toThrow();
    expect((await listEntries(db)).items).toEqual([]);
  });
});

describe('schema versions', () => {
  it('creates a new database at the current version', async () => {
    const db = await openTracked();
    expect(db.version).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.length).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(['consents', 'deletions', 'entries', 'images']);
  });

  it('opens a version-1 database made by hand, keeps its data and adds the tombstone and image stores (steps 2 and 3)', async () => {
    await createDatabase({ entries: [entry('a', '2026-11-23T09:00')], consents: [{ id: 'abc', organisation: 'ABC催收' }] });
    const db = await openTracked();
    expect(db.version).toBe(3);
    expect(await listImages(db)).toEqual({ items: [], skipped: 0 });
    expect((await listEntries(db)).items).toEqual([entry('a', '2026-11-23T09:00')]);
    expect((await listConsents(db)).items).toEqual([{ id: 'abc', organisation: 'ABC催收' }]);
    expect(await listDeletions(db)).toEqual([]);
  });

  it('repairs a version-1 database with a store missing, keeping the records of the others', async () => {
    await createDatabase({ entries: [entry('a', '2026-11-23T09:00')], consents: [] }, { stores: ['entries'] });
    const db = await openTracked();
    expect([...db.objectStoreNames].sort()).toEqual(['consents', 'deletions', 'entries', 'images']);
    expect(await listEntries(db)).toEqual({ items: [entry('a', '2026-11-23T09:00')], skipped: 0 });
    expect(await listConsents(db)).toEqual({ items: [], skipped: 0 });
  });

  it('calls a store missing at the current version damage, not a browser that cannot save', async () => {
    await createDatabase({ entries: [entry('a', '2026-11-23T09:00')], consents: [] }, { version: MIGRATIONS.length, stores: ['entries', 'consents'] });
    const db = await openTracked();
    const error = await listDeletions(db).catch((e: unknown) => e);
    expect(openProblem(error)).toBe('damaged');
  });

  it('calls a database from a newer release a newer version, and leaves it as it is', async () => {
    await createDatabase({ entries: [entry('a', '2026-11-23T09:00')], consents: [] }, { version: MIGRATIONS.length + 5 });
    const error = await openTracked().catch((e: unknown) => e);
    expect(openProblem(error)).toBe('newerVersion');
    const newer = await openTracked([...MIGRATIONS, ...Array(5).fill(() => {})]);
    expect(newer.version).toBe(MIGRATIONS.length + 5);
    expect((await listEntries(newer)).items).toEqual([entry('a', '2026-11-23T09:00')]);
  });

  it('calls any other failure a browser that cannot keep the log', () => {
    expect(openProblem(new DOMException('no', 'InvalidStateError'))).toBe('noStorage');
    expect(openProblem(new Error('x'))).toBe('noStorage');
    expect(openProblem(undefined)).toBe('noStorage');
  });

  it('runs a later step on a version-1 database, keeping its data (a future v2 is one more step)', async () => {
    await createDatabase({ entries: [entry('a', '2026-11-23T09:00'), { id: 'broken' }], consents: [] });
    const byDay: (typeof MIGRATIONS)[number] = (_db, tx) => tx.objectStore('entries').createIndex('at' as never, 'at');
    const db = await openTracked([...MIGRATIONS, byDay]);

    expect(db.version).toBe(MIGRATIONS.length + 1);
    expect([...db.transaction('entries').store.indexNames]).toEqual(['at']);
    expect(await listEntries(db)).toEqual({ items: [entry('a', '2026-11-23T09:00')], skipped: 1 });
  });

  it('lets a newer version in another tab upgrade instead of blocking it', async () => {
    const old = await openTracked();
    await putEntry(old, entry('a', '2026-11-23T09:00'));
    const newer = await openTracked([...MIGRATIONS, () => {}]);
    expect(newer.version).toBe(MIGRATIONS.length + 1);
    expect((await listEntries(newer)).items.map((e) => e.id)).toEqual(['a']);
  });
});
