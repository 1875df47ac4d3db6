import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { byTime, pickConsent, pickEntry, readAll, readConsent, readEntry, type Consent, type LogEntry, type Read } from './entry.ts';

export type ListName = 'entries' | 'consents';

/**
 * A tombstone: the user deleted this entry or consent on this phone. Kept so that restoring an
 * older backup does not quietly bring it back. Never put in a backup, and gone with "delete all".
 */
export type Deletion = { list: ListName; id: string; deletedAt: number };

interface LogSchema extends DBSchema {
  entries: { key: string; value: LogEntry };
  consents: { key: string; value: Consent };
  deletions: { key: [ListName, string]; value: Deletion };
}

export type LogDb = IDBPDatabase<LogSchema>;
export type Migration = (db: LogDb, tx: IDBPTransaction<LogSchema, StoreNames<LogSchema>[], 'versionchange'>) => void;

export const DB_NAME = 'duice-log';

/** Every store the current version has, with its key. */
const STORE_KEYS: Record<StoreNames<LogSchema>, string | string[]> = { entries: 'id', consents: 'id', deletions: ['list', 'id'] };

/**
 * Step i takes the database from version i to version i + 1, so the current version is the
 * number of steps and a phone that skipped releases runs every step it missed, in order. A
 * schema change is one more step at the end; a step that has shipped is never edited.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1
  (db) => {
    db.createObjectStore('entries', { keyPath: 'id' });
    db.createObjectStore('consents', { keyPath: 'id' });
  },
  // 1 → 2: tombstones for deleted entries and consents, so a restore cannot resurrect them.
  (db) => {
    db.createObjectStore('deletions', { keyPath: ['list', 'id'] });
  },
];

/**
 * The repair after every upgrade: a store the steps should have made but that is missing (a
 * database made by hand or by a broken build) is created empty, so the records in the other
 * stores can be read instead of the whole log failing. Only an upgrade can create a store.
 */
function createMissingStores(db: LogDb) {
  for (const [name, keyPath] of Object.entries(STORE_KEYS) as [StoreNames<LogSchema>, string | string[]][]) {
    if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath });
  }
}

/** Why the log could not be opened, so the screen can say what is true. */
export type OpenProblem =
  /** IndexedDB refused: storage switched off, some private modes. */
  | 'noStorage'
  /** The database was upgraded by a newer release and this older one cannot read it: the records are there. */
  | 'newerVersion'
  /** A store is missing at the current version, which no upgrade of ours leaves behind. */
  | 'damaged';

export function openProblem(error: unknown): OpenProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'VersionError') return 'newerVersion';
  // What a transaction on a store the database does not have throws.
  if (name === 'NotFoundError') return 'damaged';
  return 'noStorage';
}

/** Opens (creating or upgrading) the log. `migrations` is there so a test can play a future step. */
export function openLog(migrations: readonly Migration[] = MIGRATIONS): Promise<LogDb> {
  return openDB<LogSchema>(DB_NAME, migrations.length, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (const step of migrations.slice(oldVersion)) step(db, tx);
      createMissingStores(db);
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

/** Stores a record and, in the same transaction, drops any tombstone it had: it is back. */
async function putRecord(db: LogDb, list: ListName, record: LogEntry | Consent): Promise<void> {
  const tx = db.transaction([list, 'deletions'], 'readwrite');
  await Promise.all([tx.objectStore(list).put(record), tx.objectStore('deletions').delete([list, record.id]), tx.done]);
}

/** Deletes a record and leaves a tombstone in its place, in one transaction. */
async function deleteRecord(db: LogDb, list: ListName, id: string, deletedAt: number): Promise<void> {
  const tx = db.transaction([list, 'deletions'], 'readwrite');
  await Promise.all([tx.objectStore(list).delete(id), tx.objectStore('deletions').put({ list, id, deletedAt }), tx.done]);
}

/** Adds an entry, or replaces the one with the same id (editing). The caller stamps `updatedAt`. */
export function putEntry(db: LogDb, entry: LogEntry): Promise<void> {
  return putRecord(db, 'entries', pickEntry(entry));
}

export function deleteEntry(db: LogDb, id: string, deletedAt = Date.now()): Promise<void> {
  return deleteRecord(db, 'entries', id, deletedAt);
}

export async function listConsents(db: LogDb, now = new Date()): Promise<Read<Consent>> {
  return readAll(await db.getAll('consents'), (value) => readConsent(value, now));
}

export function putConsent(db: LogDb, consent: Consent): Promise<void> {
  return putRecord(db, 'consents', pickConsent(consent));
}

export function deleteConsent(db: LogDb, id: string, deletedAt = Date.now()): Promise<void> {
  return deleteRecord(db, 'consents', id, deletedAt);
}

const isDeletion = (value: unknown): value is Deletion => {
  const { list, id, deletedAt } = (value ?? {}) as Partial<Deletion>;
  return (list === 'entries' || list === 'consents') && typeof id === 'string' && typeof deletedAt === 'number' && Number.isSafeInteger(deletedAt) && deletedAt >= 0;
};

/** The tombstones. A malformed one is ignored: it hides nothing, it only fails to stop a restore. */
export async function listDeletions(db: LogDb): Promise<Deletion[]> {
  return (await db.getAll('deletions')).filter(isDeletion);
}

/** Empties the log: every store, tombstones included, in one transaction. */
export async function clearLog(db: LogDb): Promise<void> {
  const names = Object.keys(STORE_KEYS) as StoreNames<LogSchema>[];
  const tx = db.transaction(names, 'readwrite');
  await Promise.all([...names.map((name) => tx.objectStore(name).clear()), tx.done]);
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
