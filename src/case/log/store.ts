import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { byTime, entryReader, pickConsent, pickEntry, readAll, readConsent, readEntry, type Consent, type LogEntry, type Read } from './entry.ts';
import { ImageLimitError, limitPassed, readImage, type LogImage } from './images.ts';
import { mergeImages, mergeList, type MergeCounts, type OnPhone } from './merge.ts';

export type ListName = 'entries' | 'consents';

/** What a tombstone can stand for: an entry, a consent, or one image the user removed from an entry. */
export type DeletionList = ListName | 'images';

/**
 * A tombstone: the user deleted this entry, consent or image on this phone. Kept so that restoring
 * an older backup does not quietly bring it back. Never put in a backup, and gone with "delete all".
 */
export type Deletion = { list: DeletionList; id: string; deletedAt: number };

interface LogSchema extends DBSchema {
  entries: { key: string; value: LogEntry };
  consents: { key: string; value: Consent };
  deletions: { key: [DeletionList, string]; value: Deletion };
  /** Keyed by entry first, so an entry's images are one key range. */
  images: { key: [string, string]; value: LogImage };
}

export type LogDb = IDBPDatabase<LogSchema>;
export type Migration = (db: LogDb, tx: IDBPTransaction<LogSchema, StoreNames<LogSchema>[], 'versionchange'>) => void;

export const DB_NAME = 'duice-log';

/** Every store the current version has, with its key. */
const STORE_KEYS: Record<StoreNames<LogSchema>, string | string[]> = { entries: 'id', consents: 'id', deletions: ['list', 'id'], images: ['entryId', 'id'] };

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
  // 2 → 3: screenshots and photos kept with an entry, as Blobs, keyed [entryId, id].
  (db) => {
    db.createObjectStore('images', { keyPath: ['entryId', 'id'] });
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
  const result = readAll(await db.getAll('entries'), entryReader(now));
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

/** Every key of one entry's images: [entryId] sorts before [entryId, anything], and [] after any string. */
const imagesOf = (entryId: string) => IDBKeyRange.bound([entryId], [entryId, []]);

/**
 * Adds an entry, or replaces the one with the same id (editing), with images added to it, all in
 * one transaction: if the images would pass a limit, nothing is written (ImageLimitError). The
 * caller stamps `updatedAt`.
 */
export async function putEntry(db: LogDb, entry: LogEntry, images: readonly LogImage[] = []): Promise<void> {
  if (images.length === 0) return putRecord(db, 'entries', pickEntry(entry));
  const tx = db.transaction(['entries', 'deletions', 'images'], 'readwrite');
  const store = tx.objectStore('images');
  const [onEntry, all] = await Promise.all([store.count(imagesOf(entry.id)), store.getAll()]);
  const limit = limitPassed(
    onEntry,
    all.reduce((sum, image) => sum + (image.blob?.size ?? 0), 0),
    images.map((image) => image.blob.size),
  );
  if (limit) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new ImageLimitError(limit);
  }
  await Promise.all([
    tx.objectStore('entries').put(pickEntry(entry)),
    tx.objectStore('deletions').delete(['entries', entry.id]),
    ...images.map((image) => store.put({ entryId: entry.id, id: image.id, blob: image.blob, addedAt: image.addedAt })),
    tx.done,
  ]);
}

/** Deletes an entry with its images, leaving one tombstone for the entry (it stands for its images too). */
export async function deleteEntry(db: LogDb, id: string, deletedAt = Date.now()): Promise<void> {
  const tx = db.transaction(['entries', 'deletions', 'images'], 'readwrite');
  await Promise.all([
    tx.objectStore('entries').delete(id),
    tx.objectStore('images').delete(imagesOf(id)),
    tx.objectStore('deletions').put({ list: 'entries', id, deletedAt }),
    tx.done,
  ]);
}

/** Removes one image from an entry, with a tombstone so a restore does not bring it back. */
export async function deleteImage(db: LogDb, entryId: string, id: string, deletedAt = Date.now()): Promise<void> {
  const tx = db.transaction(['images', 'deletions'], 'readwrite');
  await Promise.all([tx.objectStore('images').delete([entryId, id]), tx.objectStore('deletions').put({ list: 'images', id, deletedAt }), tx.done]);
}

/** Every image. Reading gives Blob handles, not the bytes, so it stays quick with many images. */
export async function listImages(db: LogDb): Promise<Read<LogImage>> {
  return readAll(await db.getAll('images'), readImage);
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
  return (
    (list === 'entries' || list === 'consents' || list === 'images') &&
    typeof id === 'string' &&
    typeof deletedAt === 'number' &&
    Number.isSafeInteger(deletedAt) &&
    deletedAt >= 0
  );
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

/** What a restore did, list by list, for the screen to say exactly. */
export type RestoreReport = Record<ListName | 'images', MergeCounts>;

/**
 * Merges a restored backup into the log (see mergeList for the rules), all or nothing, in one
 * transaction that reads the phone's side and writes the result, so nothing can change between
 * the two. Records keep their ids and update times, so importing the same backup twice changes
 * nothing the second time. `reviveDeleted` is the user asking for what they deleted back.
 */
export async function importBackup(
  db: LogDb,
  backup: { entries: readonly LogEntry[]; consents: readonly Consent[]; images?: readonly LogImage[] },
  reviveDeleted = false,
  now = new Date(),
): Promise<RestoreReport> {
  const tx = db.transaction(['entries', 'consents', 'deletions', 'images'], 'readwrite');
  const [storedEntries, storedConsents, deletions, imageKeys] = await Promise.all([
    tx.objectStore('entries').getAll(),
    tx.objectStore('consents').getAll(),
    tx.objectStore('deletions').getAll(),
    tx.objectStore('images').getAllKeys(),
  ]);
  const onPhone = <T extends { id: string }>(list: ListName, stored: unknown[], read: (value: unknown, now: Date) => T | undefined): OnPhone<T> => {
    const records = new Map<string, T>();
    const unreadable = new Set<string>();
    for (const value of stored) {
      const record = read(value, now);
      if (record !== undefined) records.set(record.id, record);
      // The store's key path guarantees a stored record has an id, whatever else is wrong with it.
      else unreadable.add((value as { id: string }).id);
    }
    const deleted = new Set(deletions.filter((d) => isDeletion(d) && d.list === list).map((d) => d.id));
    return { records, unreadable, deleted };
  };
  const entries = mergeList(onPhone('entries', storedEntries, readEntry), backup.entries, reviveDeleted);
  const consents = mergeList(onPhone('consents', storedConsents, readConsent), backup.consents, reviveDeleted);
  // The entries there will be once this restore is written: an image comes only with its entry.
  const entryIds = new Set([...storedEntries.map((e) => (e as { id: string }).id), ...entries.writes.map((e) => e.id)]);
  const images = mergeImages(
    { ids: new Set(imageKeys.map(([, id]) => id)), deleted: new Set(deletions.filter((d) => isDeletion(d) && d.list === 'images').map((d) => d.id)) },
    entryIds,
    backup.images ?? [],
    reviveDeleted,
  );

  const requests: Promise<unknown>[] = [];
  try {
    for (const entry of entries.writes)
      requests.push(tx.objectStore('entries').put(pickEntry(entry)), tx.objectStore('deletions').delete(['entries', entry.id]));
    for (const consent of consents.writes)
      requests.push(tx.objectStore('consents').put(pickConsent(consent)), tx.objectStore('deletions').delete(['consents', consent.id]));
    for (const image of images.writes) requests.push(tx.objectStore('images').put(image), tx.objectStore('deletions').delete(['images', image.id]));
  } catch (error) {
    // A request that cannot even be made (a value that cannot be stored) throws here rather than
    // failing the transaction, which would otherwise commit the puts made before it.
    tx.abort();
    await Promise.allSettled([...requests, tx.done]);
    throw error;
  }
  await Promise.all([...requests, tx.done]);
  return { entries: entries.counts, consents: consents.counts, images: images.counts };
}
