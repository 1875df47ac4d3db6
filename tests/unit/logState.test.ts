// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { renderHook, waitFor } from '@testing-library/react';
import { decryptBackup, encryptBackup } from '../../src/case/log/backup.ts';
import type { EntryContent } from '../../src/case/log/entry.ts';
import { addConsent, deleteLog, removeEntry, restoreBackup, saveEntry, useLog, type LogState } from '../../src/case/log/logState.ts';
import { DB_NAME, listConsents, listDeletions, listEntries, MIGRATIONS, openLog, putEntry } from '../../src/case/log/store.ts';
import { logEntry } from '../support/logEntries.ts';

const call: EntryContent = logEntry('call', '2026-11-21T23:10', { organisation: 'ABC催收', note: 'first' });
const nothing = { added: 0, updated: 0, keptPhone: 0, unchanged: 0, skippedDeleted: 0 };
const passphrase = 'correct horse';

/** The log as the screens see it, once loaded. */
async function shownLog() {
  const { result, unmount } = renderHook(() => useLog());
  await waitFor(() => expect(result.current.status).toBe('ready'));
  const log = result.current as Extract<LogState, { status: 'ready' }>;
  // Unsubscribed at once, so the next change does not update a component nobody looks at.
  unmount();
  return log;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 24, 12, 0));
  await deleteLog();
});
afterEach(() => vi.useRealTimers());

describe('restoring an older backup after an edit', () => {
  it("keeps the edit and says it kept the phone's copy", async () => {
    await saveEntry(call);
    const { entries, consents } = await shownLog();
    const backup = await encryptBackup({ entries, consents }, passphrase, 1_000);

    vi.setSystemTime(new Date(2026, 10, 24, 13, 0));
    await saveEntry({ ...call, note: 'edited after the backup' });
    const opened = await decryptBackup(backup, passphrase);
    if (!opened.ok) throw new Error(opened.error);

    expect(await restoreBackup(opened.data)).toEqual({ entries: { ...nothing, keptPhone: 1 }, consents: nothing, images: nothing });
    expect((await shownLog()).entries.map((e) => e.note)).toEqual(['edited after the backup']);
  });

  it('does not bring back an entry deleted after the backup unless asked', async () => {
    await saveEntry(call);
    const { entries, consents } = await shownLog();
    const opened = await decryptBackup(await encryptBackup({ entries, consents }, passphrase, 1_000), passphrase);
    if (!opened.ok) throw new Error(opened.error);
    await removeEntry('call');

    expect(await restoreBackup(opened.data)).toEqual({ entries: { ...nothing, skippedDeleted: 1 }, consents: nothing, images: nothing });
    expect((await shownLog()).entries).toEqual([]);
    expect(await restoreBackup(opened.data, true)).toEqual({ entries: { ...nothing, added: 1 }, consents: nothing, images: nothing });
    expect((await shownLog()).entries.map((e) => e.id)).toEqual(['call']);
  });
});

describe('delete all my data', () => {
  it('leaves nothing behind, tombstones included', async () => {
    await saveEntry(call);
    await saveEntry({ ...call, id: 'second' });
    await removeEntry('second');
    await addConsent('ABC催收');

    await deleteLog();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    const db = await openLog();
    expect([await listEntries(db), await listConsents(db), await listDeletions(db)]).toEqual([{ items: [], skipped: 0 }, { items: [], skipped: 0 }, []]);
    db.close();
    expect(await shownLog()).toMatchObject({ entries: [], consents: [] });
  });
});

describe('a log the app cannot open', () => {
  it('says a newer release saved it and the records are safe, and leaves them as they are', async () => {
    const newerRelease = [...MIGRATIONS, () => {}];
    const newer = await openLog(newerRelease);
    await putEntry(newer, { ...call, updatedAt: 1 });
    newer.close();

    // A fresh copy of the module, as on a cold start of the older release.
    vi.resetModules();
    const olderApp = await import('../../src/case/log/logState.ts');
    const { result, unmount } = renderHook(() => olderApp.useLog());
    await waitFor(() => expect(result.current).toEqual({ status: 'unavailable', problem: 'newerVersion' }));
    unmount();

    const again = await openLog(newerRelease);
    expect((await listEntries(again)).items.map((e) => e.id)).toEqual(['call']);
    again.close();
  });
});

describe('the log in several tabs', () => {
  it('shows the log empty as soon as another tab deletes it, and a save after that does not bring back what was deleted', async () => {
    await saveEntry(call);
    await saveEntry({ ...call, id: 'second' });
    expect((await shownLog()).entries).toHaveLength(2);

    // Another tab's "delete all": this tab's connection is asked to close, and the database goes.
    await new Promise((resolve) => (indexedDB.deleteDatabase(DB_NAME).onsuccess = resolve));
    expect((await shownLog()).entries).toEqual([]);

    await saveEntry({ ...call, id: 'after', note: 'typed after the deletion' });
    expect((await shownLog()).entries.map((e) => e.id)).toEqual(['after']);
    const db = await openLog();
    expect((await listEntries(db)).items.map((e) => e.id)).toEqual(['after']);
    db.close();
  });

  it('reads the log again when another tab changes it', async () => {
    await saveEntry(call);
    const { result, unmount } = renderHook(() => useLog());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const otherTab = await openLog();
    await putEntry(otherTab, { ...call, id: 'from-the-other-tab', updatedAt: 1 });
    otherTab.close();
    const channel = new BroadcastChannel('duice');
    channel.postMessage('logChanged');
    channel.close();
    await waitFor(() => expect((result.current as Extract<LogState, { status: 'ready' }>).entries.map((e) => e.id)).toContain('from-the-other-tab'));
    unmount();
  });
});
