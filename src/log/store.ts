import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { byTime, pickConsent, pickEntry, readAll, readConsent, readEntry, type Consent, type LogEntry, type Read } from './entry.ts';

interface LogSchema extends DBSchema {
  entries: { key: string; value: LogEntry };
  consents: { key: string; value: Consent };
}

export type LogDb = IDBPDatabase<LogSchema>;
export type Migration = (db: LogDb, tx: IDBPTransaction<LogSchema, StoreNames<LogSchema>[], 'versionchange'>) => void;

export const DB_NAME = 'duice-log';

/**
 * Step i takes the database from version i to version i + 1, so the current version is the
 * number of steps and a phone that skipped releases runs every step it missed, in order. A
 * schema change is one more step at the end; a step that has shipped is never edited.
 */
export const MIGRATIONS: readonly Migration[] = [
  (db) => {
    db.createObjectStore('entries', { keyPath: 'id' });
    db.createObjectStore('consents', { keyPath: 'id' });
  },
];

/** Opens (creating or upgrading) the log. `migrations` is there so a test can play a future step. */
export function openLog(migrations: readonly Migration[] = MIGRATIONS): Promise<LogDb> {
  return openDB<LogSchema>(DB_NAME, migrations.length, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (const step of migrations.slice(oldVersion)) step(db, tx);
    },
    // A newer version of the app is opening in another tab: step aside so its upgrade can run.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

/** Every entry in time order. `now` bounds the dates, as in the form. */
export async function listEntries(db: LogDb, now = new Date()): Promise<Read<LogEntry>> {
  const result = readAll(await db.getAll('entries'), (value) => readEntry(value, now));
  result.items.sort(byTime);
  return result;
}

/** Adds an entry, or replaces the one with the same id (editing). */
export async function putEntry(db: LogDb, entry: LogEntry): Promise<void> {
  await db.put('entries', pickEntry(entry));
}

export async function deleteEntry(db: LogDb, id: string): Promise<void> {
  await db.delete('entries', id);
}

export async function listConsents(db: LogDb, now = new Date()): Promise<Read<Consent>> {
  return readAll(await db.getAll('consents'), (value) => readConsent(value, now));
}

export async function putConsent(db: LogDb, consent: Consent): Promise<void> {
  await db.put('consents', pickConsent(consent));
}

export async function deleteConsent(db: LogDb, id: string): Promise<void> {
  await db.delete('consents', id);
}

/** Empties the log, for "delete all my data": both stores in one transaction. */
export async function clearLog(db: LogDb): Promise<void> {
  const tx = db.transaction(['entries', 'consents'], 'readwrite');
  await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('consents').clear(), tx.done]);
}

/**
 * Adds a restored backup to the log, all or nothing, in one transaction. Entries and consents
 * keep their ids, so importing the same backup twice changes nothing and an entry already on
 * this phone is replaced by the backup's copy; nothing else on the phone is removed.
 */
export async function importEntries(db: LogDb, data: { entries: readonly LogEntry[]; consents: readonly Consent[] }): Promise<void> {
  const tx = db.transaction(['entries', 'consents'], 'readwrite');
  const requests: Promise<unknown>[] = [];
  try {
    for (const entry of data.entries) requests.push(tx.objectStore('entries').put(pickEntry(entry)));
    for (const consent of data.consents) requests.push(tx.objectStore('consents').put(pickConsent(consent)));
  } catch (error) {
    // A request that cannot even be made (a value that cannot be stored) throws here rather than
    // failing the transaction, which would otherwise commit the puts made before it.
    tx.abort();
    await Promise.allSettled([...requests, tx.done]);
    throw error;
  }
  await Promise.all([...requests, tx.done]);
}
