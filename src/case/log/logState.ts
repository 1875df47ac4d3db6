import { useEffect, useSyncExternalStore } from 'react';
import { isQuotaError, onDataDeleted, onOtherTabLogChange, tellOtherTabsLogChanged, tellUser } from '../../lib/storage.ts';
import { byTime, newId, pickEntry, validateConsent, type Consent, type EntryContent, type LogEntry } from './entry.ts';
import { flagsFor, type FlagId, type FlagReport } from './flags.ts';
import type { BackupData } from './backup.ts';
import type { LogImage } from './images.ts';
import {
  DB_NAME,
  deleteConsent,
  deleteEntry,
  deleteImage,
  importBackup,
  listConsents,
  listEntries,
  listImages,
  openLog,
  openProblem,
  putConsent,
  putEntry,
  type LogDb,
  type OpenProblem,
  type RestoreReport,
} from './store.ts';

/**
 * The contact log as the screens see it: read from IndexedDB once, re-read after every change,
 * with its flags computed once per change for every screen that shows them.
 */
export type LogState =
  | { status: 'loading' }
  /** The log cannot be opened; `problem` says why, since only one of the reasons means it cannot be kept. */
  | { status: 'unavailable'; problem: OpenProblem }
  | { status: 'ready'; entries: LogEntry[]; consents: Consent[]; images: EntryImages; report: FlagReport; skipped: number };

/** Each entry's images, in the order they were added; an entry without images has no key. */
export type EntryImages = ReadonlyMap<string, readonly LogImage[]>;

function byEntry(images: readonly LogImage[]): EntryImages {
  const map = new Map<string, LogImage[]>();
  for (const image of [...images].sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1))) {
    map.set(image.entryId, [...(map.get(image.entryId) ?? []), image]);
  }
  return map;
}

/** How many images the log holds, for "delete all" and the backup to say. */
export const imageCount = (images: EntryImages) => [...images.values()].reduce((sum, list) => sum + list.length, 0);

/** How many bytes the log's images take, for the limit checked before the user waits on a save. */
export const imageBytes = (images: EntryImages) => [...images.values()].flat().reduce((sum, image) => sum + image.blob.size, 0);

let state: LogState = { status: 'loading' };
const listeners = new Set<() => void>();
let connection: Promise<LogDb> | undefined;
let loading: Promise<void> | undefined;

function set(next: LogState) {
  state = next;
  listeners.forEach((notify) => notify());
}

/** How many times this tab has seen the log deleted; a step begun before a deletion must not recreate it. */
let deletions = 0;

const emptyLog = (): LogState => ({ status: 'ready', entries: [], consents: [], images: new Map(), report: flagsFor([], []), skipped: 0 });

/** The log was deleted (by "delete all" in this tab or another): show it empty, and let go of the connection. */
function forget() {
  deletions += 1;
  const open = connection;
  connection = undefined;
  void open?.then(
    (db) => db.close(),
    () => {},
  );
  set(emptyLog());
}

const connect = () =>
  (connection ??= openLog().then((db) => {
    // Another tab is deleting the database (it has already closed this connection): the log is empty.
    db.addEventListener('versionchange', (event) => event.newVersion === null && forget());
    return db;
  }));

/**
 * Runs a step on the database. If the connection was closed under us because another tab upgraded
 * the database, opens a fresh one and tries once more; if it was deleted, trying again would
 * bring back what the user deleted, so the step fails.
 */
async function withDb<T>(step: (db: LogDb) => Promise<T>): Promise<T> {
  const before = deletions;
  try {
    return await step(await connect());
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'InvalidStateError') || deletions !== before) throw error;
    connection = undefined;
    return step(await connect());
  }
}

async function refresh() {
  const before = deletions;
  try {
    const [entries, consents, images] = await withDb((db) => Promise.all([listEntries(db), listConsents(db), listImages(db)]));
    // Read, or failed, as the log was deleted: what the screen shows now, empty, is right.
    if (deletions !== before) return;
    set({
      status: 'ready',
      entries: entries.items,
      consents: consents.items,
      images: byEntry(images.items),
      report: flagsFor(entries.items, consents.items),
      skipped: entries.skipped + consents.skipped + images.skipped,
    });
  } catch (error) {
    if (deletions !== before) return;
    const open = connection;
    connection = undefined;
    (await open?.catch(() => undefined))?.close();
    set({ status: 'unavailable', problem: openProblem(error) });
  }
}

/** The log, loaded on first use. */
export function useLog(): LogState {
  useEffect(() => {
    if (state.status === 'loading') void (loading ??= refresh());
  }, []);
  return useSyncExternalStore(
    (notify) => (listeners.add(notify), () => listeners.delete(notify)),
    () => state,
    () => state,
  );
}

type Lists = { entries: LogEntry[]; consents: Consent[]; images: EntryImages };

/**
 * Every change is written first. Once the database has taken it, the same change is made to what
 * the screens show, rather than reading back a log of thousands of entries after each one; a
 * change without `apply` (a restored backup) is read back whole.
 */
async function change<T>(step: (db: LogDb) => Promise<T>, apply?: (lists: Lists) => Lists): Promise<T> {
  const before = deletions;
  let result: T;
  try {
    result = await withDb(step);
  } catch (error) {
    // The form keeps what was typed; the user learns why it was not kept.
    if (isQuotaError(error)) tellUser('full');
    throw error;
  }
  // Deleted meanwhile: the screen already shows the log empty, as it now is.
  if (deletions !== before) return result;
  if (!apply || state.status !== 'ready') await refresh();
  else {
    const { entries, consents, images } = apply(state);
    set({ ...state, entries, consents, images, report: flagsFor(entries, consents) });
  }
  tellOtherTabsLogChanged();
  return result;
}

/**
 * Adds or changes an entry, stamped with the time of this save so a restored older copy cannot
 * undo it, with the images picked for it (already re-encoded). All or nothing: past a limit it
 * rejects with ImageLimitError and nothing is saved.
 */
export function saveEntry(content: EntryContent, added: readonly Blob[] = []) {
  const now = Date.now();
  const entry: LogEntry = { ...pickEntry(content), updatedAt: now };
  const images = added.map((blob): LogImage => ({ entryId: entry.id, id: newId(), blob, addedAt: now }));
  return change(
    (db) => putEntry(db, entry, images),
    (lists) => ({
      ...lists,
      entries: [...lists.entries.filter((e) => e.id !== entry.id), entry].sort(byTime),
      images: images.length === 0 ? lists.images : new Map([...lists.images, [entry.id, [...(lists.images.get(entry.id) ?? []), ...images]]]),
    }),
  );
}
/** Deletes an entry and every image kept with it. */
export const removeEntry = (id: string) =>
  change(
    (db) => deleteEntry(db, id),
    (lists) => ({ ...lists, entries: lists.entries.filter((e) => e.id !== id), images: new Map([...lists.images].filter(([entryId]) => entryId !== id)) }),
  );
/** Removes one image from an entry. */
export const removeImage = (entryId: string, id: string) =>
  change(
    (db) => deleteImage(db, entryId, id),
    (lists) => {
      const left = (lists.images.get(entryId) ?? []).filter((image) => image.id !== id);
      const images = new Map(lists.images);
      if (left.length > 0) images.set(entryId, left);
      else images.delete(entryId);
      return { ...lists, images };
    },
  );
/** Records a consent for one named organisation; never for an empty name (the form says so first). */
export function addConsent(organisation: string) {
  const problem = validateConsent(organisation);
  if (problem) return Promise.reject(new RangeError(`consent: ${problem}`));
  const consent: Consent = { id: newId(), organisation: organisation.trim(), updatedAt: Date.now() };
  return change(
    (db) => putConsent(db, consent),
    (lists) => ({ ...lists, consents: [...lists.consents, consent] }),
  );
}
export const removeConsent = (id: string) =>
  change(
    (db) => deleteConsent(db, id),
    (lists) => ({ ...lists, consents: lists.consents.filter((c) => c.id !== id) }),
  );
/** Merges a backup into the log and says what it did; `reviveDeleted` when the user asks for what they deleted. */
export const restoreBackup = (data: BackupData, reviveDeleted = false): Promise<RestoreReport> => change((db) => importBackup(db, data, reviveDeleted));

/** "Delete all my data": the whole database goes, not just its records. */
export async function deleteLog(): Promise<void> {
  const open = connection;
  connection = undefined;
  (await open?.catch(() => undefined))?.close();
  if (typeof indexedDB !== 'undefined') {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      // Resolves either way: an error here means there was nothing this app could remove.
      request.onsuccess = request.onerror = () => resolve();
    });
  }
  set(emptyLog());
}

// Another tab added, changed or removed something: read the log again, if this tab shows it.
onOtherTabLogChange(() => void (state.status !== 'loading' && refresh()));
// "Delete all" ran here or in another tab (its database may still be going): show the log empty at once.
onDataDeleted(forget);

/** How the triage checklist names the log's flags as facts: "log.night". */
export const logFact = (flag: FlagId) => `log.${flag}`;

/** The facts the log holds, for the triage checklist's conditions. */
export function logFacts(report: FlagReport): Set<string> {
  return new Set([...report.entries.values()].flat().map(logFact));
}

/** How many entries raised any of these facts: the log's evidence behind a checklist item. */
export function entriesBehind(report: FlagReport, facts: readonly string[]): number {
  return [...report.entries.values()].filter((flags) => flags.some((flag) => facts.includes(logFact(flag)))).length;
}
