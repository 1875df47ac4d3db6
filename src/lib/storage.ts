import { useEffect, useState, useSyncExternalStore } from 'react';
import { isRecord } from '../flow/persistence.ts';
import { APP_PREFIX } from './storageKeys.ts';

/**
 * The app's data in localStorage, shared by every tab of the app the user has open. Each tab
 * holds what it read in memory, so without care one tab writes back what another has just
 * changed or deleted. Every value the session or a screen keeps goes through a `sharedValue`, which:
 * - stamps each write with a new revision (under the key + REVISION), and refuses to write over a
 *   revision it has not read: another tab changed the value since, so it reads the newer one and
 *   the user is told;
 * - reads the value again when another tab changes it (the browser's `storage` event) or when
 *   "delete all my data" runs in any tab (a BroadcastChannel message);
 * - catches the browser refusing a write because storage is full: the value stays on screen, and
 *   the user is told it is not kept.
 */

const REVISION = '#revision';

export type SaveResult = 'saved' | 'stale' | 'full';

/** What the user is told about their saved data, above any screen, until they dismiss it. */
export type StorageNotice = 'full' | 'changedElsewhere' | 'deletedElsewhere';

let notice: StorageNotice | undefined;
const noticeListeners = new Set<() => void>();

export function tellUser(next: StorageNotice | undefined) {
  notice = next;
  noticeListeners.forEach((notify) => notify());
}

export function useStorageNotice(): StorageNotice | undefined {
  return useSyncExternalStore(
    (notify) => (noticeListeners.add(notify), () => noticeListeners.delete(notify)),
    () => notice,
    () => undefined,
  );
}

/** What browsers throw when a write does not fit (Firefox once used its own name). */
export const isQuotaError = (error: unknown) =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** Runs a write; if it does not fit, tells the user rather than throwing. */
export function trySave(write: () => void): 'saved' | 'full' {
  try {
    write();
    return 'saved';
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    tellUser('full');
    return 'full';
  }
}

// One kept value: its key and its format.

/**
 * How one value is kept in storage: its key (from lib/storageKeys.ts), what is stored for it, and how
 * that is read back. `decode` answers undefined for anything it cannot trust (unreadable, another
 * format, the wrong shape), which is then discarded rather than shown.
 */
export type Stored<T> = {
  key: string;
  /** What is stored for the value; null keeps nothing, so an empty value leaves no key behind. */
  encode(value: T): string | null;
  decode(raw: string): T | undefined;
};

export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * A value kept as JSON `{ format, [field]: value }`, read back only in its own format and shape.
 * Bump `format` when the shape changes (with a step that reads the old one, or it is discarded).
 */
export function versioned<T>(key: string, format: number, isValue: (value: unknown) => value is T, field = 'value'): Stored<T> {
  return {
    key,
    encode: (value) => JSON.stringify({ format, [field]: value }),
    decode(raw) {
      const saved = parseJson(raw);
      const value = isRecord(saved) && saved.format === format ? saved[field] : undefined;
      return isValue(value) ? value : undefined;
    },
  };
}

/** The kept value, null if there is none, 'unreadable' if what is there cannot be trusted. Changes nothing. */
export function readStored<T>(storage: Storage, stored: Stored<T>): T | null | 'unreadable' {
  const raw = storage.getItem(stored.key);
  if (raw === null) return null;
  return stored.decode(raw) ?? 'unreadable';
}

/** The kept value; one that cannot be trusted is removed, and `discarded` says so (for the screen to tell). */
export function loadStored<T>(storage: Storage, stored: Stored<T>): { value: T | null; discarded: boolean } {
  const value = readStored(storage, stored);
  if (value !== 'unreadable') return { value, discarded: false };
  storage.removeItem(stored.key);
  return { value: null, discarded: true };
}

/**
 * Keeps the value now. Throws if storage is full: for a `sharedValue`'s save, which catches that
 * (elsewhere, `writeStored`). A value that would not read back (a paste of a whole page into one
 * field) is not kept: the one before stays.
 */
export function keep<T>(storage: Storage, stored: Stored<T>, value: T) {
  const raw = stored.encode(value);
  if (raw === null) storage.removeItem(stored.key);
  else if (stored.decode(raw) !== undefined) storage.setItem(stored.key, raw);
}

/** Keeps the value now; if it does not fit, the user is told, and nothing throws. */
export const writeStored = <T>(storage: Storage, stored: Stored<T>, value: T) => trySave(() => keep(storage, stored, value));

/** The kept value as every tab shares it (see `sharedValue`); none, or one that cannot be trusted, reads as `empty()`. */
export function sharedStored<T>(storage: Storage, stored: Stored<T>, empty: () => T, delay = 0): SharedValue<T> {
  const load = () => {
    const value = readStored(storage, stored);
    return value === null || value === 'unreadable' ? empty() : value;
  };
  return sharedValue(storage, stored.key, load, (value) => keep(storage, stored, value), delay);
}

// "Delete all", and the messages tabs send each other.

type TabMessage = 'deletedAll' | 'logChanged';

/** How many times "delete all" has run, in this tab or another, since this tab opened. */
let epoch = 0;
const deletionListeners = new Set<() => void>();
const logListeners = new Set<() => void>();
// Only in a page: the build renders screens in Node, where an open channel would keep it running.
const channel = typeof window === 'undefined' || typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('duice');

function dataDeleted() {
  epoch += 1;
  deletionListeners.forEach((listener) => listener());
}

channel?.addEventListener('message', ({ data }: MessageEvent<TabMessage>) => {
  if (data === 'deletedAll') {
    dataDeleted();
    tellUser('deletedElsewhere');
  } else if (data === 'logChanged') logListeners.forEach((listener) => listener());
});

/** Calls `listener` after "delete all" has run in this tab or another. */
export function onDataDeleted(listener: () => void): () => void {
  deletionListeners.add(listener);
  return () => deletionListeners.delete(listener);
}

/** Changes each time "delete all" runs, so the layout can open the screen again, empty. */
export function useDataEpoch(): number {
  return useSyncExternalStore(
    onDataDeleted,
    () => epoch,
    () => epoch,
  );
}

/** The contact log (IndexedDB, which has no change event of its own) tells the other tabs it changed. */
export const tellOtherTabsLogChanged = () => channel?.postMessage('logChanged' satisfies TabMessage);

export function onOtherTabLogChange(listener: () => void): () => void {
  logListeners.add(listener);
  return () => logListeners.delete(listener);
}

/** Removes every key of ours, tells every copy in this tab and every other tab. The log is deleted apart. */
export function deleteAllStored(storage: Storage) {
  const ours = Object.keys(storage).filter((key) => key.startsWith(APP_PREFIX));
  // Values before their revisions: a tab that reads between the two finds the value gone, never
  // the old value with no revision, which it could then write back.
  for (const key of ours.filter((k) => !k.endsWith(REVISION))) storage.removeItem(key);
  for (const key of ours.filter((k) => k.endsWith(REVISION))) storage.removeItem(key);
  dataDeleted();
  channel?.postMessage('deletedAll' satisfies TabMessage);
}

// One value, shared.

export type SharedValue<T> = {
  get(): T;
  /** Shows `value` at once and writes it now, or once `delay` ms have passed without another change. */
  set(value: T): SaveResult | 'pending';
  /** Writes a change still waiting for its delay. */
  flush(): SaveResult;
  subscribe(listener: () => void): () => void;
};

const newRevision = () => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;

/**
 * The value stored under `key` as this tab holds it: `load` reads it from storage, `save` writes
 * it there. Listening (subscribe) also follows other tabs' changes.
 */
export function sharedValue<T>(storage: Storage, key: string, load: () => T, save: (value: T) => void, delay = 0): SharedValue<T> {
  const revisionKey = key + REVISION;
  let value: T;
  /** The revision read with the value, and the "delete all" count then: what this copy may write over. */
  let seen: { revision: string | null; epoch: number };
  /** What is shown is not what is stored: waiting for its delay, or refused because storage is full. */
  let unsaved = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  function read() {
    clearTimeout(timer);
    unsaved = false;
    // The revision first: a write stamps it after the value, so the value read is never older.
    seen = { revision: storage.getItem(revisionKey), epoch };
    value = load();
  }

  /** After a write, the new revision; with no value stored, or no room for it, none (which no copy that read the value holds). */
  function stamp(): string | null {
    if (storage.getItem(key) !== null) {
      const revision = newRevision();
      try {
        storage.setItem(revisionKey, revision);
        return revision;
      } catch {
        // Full, just after the value fitted: fall through and remove the old revision.
      }
    }
    storage.removeItem(revisionKey);
    return null;
  }

  function write(): SaveResult {
    clearTimeout(timer);
    if (!unsaved) return 'saved';
    if (seen.epoch !== epoch || storage.getItem(revisionKey) !== seen.revision) {
      // Another tab changed or deleted the value since this copy read it: writing would undo that.
      const deleted = seen.epoch !== epoch;
      read();
      notify();
      // "Delete all" is told by the tab that ran it.
      if (!deleted) tellUser('changedElsewhere');
      return 'stale';
    }
    const result = trySave(() => save(value));
    if (result === 'saved') {
      unsaved = false;
      seen.revision = stamp();
    }
    return result;
  }

  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== storage || (event.key !== null && event.key !== key && event.key !== revisionKey)) return;
    const dropped = unsaved;
    read();
    notify();
    if (dropped) tellUser('changedElsewhere');
  };
  const onDeleted = () => {
    read();
    notify();
  };
  // A change waiting for its delay is written before the page goes away (closed, reloaded, or
  // put in the background, where a phone may end it without another event).
  const onHidden = () => document.visibilityState === 'hidden' && write();
  let stopDeletion = () => {};

  read();
  return {
    get: () => value,
    set(next) {
      if (!Object.is(next, value)) {
        value = next;
        unsaved = true;
        notify();
      }
      if (!unsaved) return 'saved';
      if (delay === 0) return write();
      clearTimeout(timer);
      timer = setTimeout(write, delay);
      return 'pending';
    },
    flush: write,
    subscribe(listener) {
      if (listeners.size === 0) {
        addEventListener('storage', onStorage);
        addEventListener('pagehide', write);
        document.addEventListener('visibilitychange', onHidden);
        stopDeletion = onDataDeleted(onDeleted);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        removeEventListener('storage', onStorage);
        removeEventListener('pagehide', write);
        document.removeEventListener('visibilitychange', onHidden);
        stopDeletion();
      };
    },
  };
}

/**
 * A screen's shared value, made by `make` when the screen opens: what it holds now, and the shared
 * value to set. A change still waiting to be written is written when the screen closes.
 */
export function useSharedValue<T>(make: () => SharedValue<T>): [T, SharedValue<T>] {
  const [shared] = useState(make);
  useEffect(() => () => void shared.flush(), [shared]);
  return [useSyncExternalStore(shared.subscribe, shared.get, shared.get), shared];
}
