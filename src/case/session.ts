import { isRecord, loadAnswers, saveAnswers, type Notice } from '../flow/persistence.ts';
import { deleteAllStored, parseJson, sharedStored, sharedValue, type Stored } from '../lib/storage.ts';
import { STORAGE_KEYS } from '../lib/storageKeys.ts';
import type { Answers } from '../flow/schema.ts';
import { flow } from './flow.ts';

export type Session = {
  /** Everything the user answered, including answers kept for a branch they may come back to. */
  answers: Answers;
  /** Checklist items the user ticked. */
  ticks: Record<string, true>;
  notice?: Notice | 'deleted';
};

export type SessionEvent =
  /** The answers after the user's latest one, as the engine worked them out (answersAfter in triage.ts). */
  | { type: 'answer'; answers: Answers }
  | { type: 'tick'; item: string; done: boolean }
  | { type: 'restart' }
  | { type: 'deleteAll' }
  | { type: 'dismissNotice' }
  /** What is saved changed under this tab (another tab wrote it, or deleted everything): show that. */
  | { type: 'reloaded'; answers?: Answers; ticks?: Record<string, true> };

function withoutKey<T extends object>(record: T, key: string): T {
  const copy = { ...record };
  delete copy[key as keyof T];
  return copy;
}

/** What an event does to the session. Pure: it returns a new session and never changes the one it is given. */
export function reduce(session: Session, event: SessionEvent): Session {
  switch (event.type) {
    case 'answer':
      return { ...session, answers: event.answers };
    case 'tick':
      return { ...session, ticks: event.done ? { ...session.ticks, [event.item]: true } : withoutKey(session.ticks, event.item) };
    case 'restart':
      return { answers: {}, ticks: {} };
    case 'deleteAll':
      return { answers: {}, ticks: {}, notice: 'deleted' };
    case 'dismissNotice':
      return { answers: session.answers, ticks: session.ticks };
    case 'reloaded':
      return { ...session, answers: event.answers ?? session.answers, ticks: event.ticks ?? session.ticks };
  }
}

/**
 * The session as the screens see it: a plain store, read with useSyncExternalStore (as the log and
 * the settings are), so the start page needs no XState. `getSnapshot` returns the same object until
 * an event changes it, and every change makes a new one.
 */
export type SessionStore = {
  getSnapshot(): Session;
  /** Calls `listener` after every event; returns the function that stops that. */
  subscribe(listener: () => void): () => void;
  send(event: SessionEvent): void;
};

export function createSessionStore(initial: Session): SessionStore {
  let session = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => session,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // A listener may send an event in turn (the write-back, refused as stale, sends `reloaded`):
    // that one is applied at once, so every listener reads the latest session from getSnapshot.
    send(event) {
      session = reduce(session, event);
      listeners.forEach((notify) => notify());
    },
  };
}

/** Kept as a JSON object, item id → true; no ticks leave no key behind. */
const storedTicks: Stored<Record<string, true>> = {
  key: STORAGE_KEYS.ticks,
  encode: (ticks) => (Object.keys(ticks).length === 0 ? null : JSON.stringify(ticks)),
  decode(raw) {
    const parsed = parseJson(raw);
    // A tick of an item the checklist no longer has is never shown, so it needs no check here.
    return isRecord(parsed) ? Object.fromEntries(Object.entries(parsed).flatMap(([id, ticked]) => (ticked === true ? [[id, true as const]] : []))) : undefined;
  },
};

/** One tap: the session empties (so nothing is written back) and every key of ours goes, in every tab. */
export function deleteAllData(session: SessionStore, storage: Storage) {
  session.send({ type: 'deleteAll' });
  deleteAllStored(storage);
}

/** Starts the session from storage, writes every change back, and follows changes made in other tabs. */
export function startSession(storage: Storage): SessionStore {
  const key = STORAGE_KEYS.answers;
  // Answers saved by an older flow are kept as they are: replay uses those that still fit, and the
  // rest drop out the next time the path reaches a result, so the start page needs no engine.
  const saved = sharedValue(
    storage,
    key,
    () => loadAnswers(storage, flow),
    // An empty session leaves nothing behind in storage.
    ({ answers }) => (Object.keys(answers).length === 0 ? storage.removeItem(key) : saveAnswers(storage, flow, answers)),
  );
  const savedTicks = sharedStored(storage, storedTicks, () => ({}));
  const { answers, notice } = saved.get();
  const session = createSessionStore({ answers, ticks: savedTicks.get(), notice });
  // Only what changed is written: a tick does not rewrite the answers.
  session.subscribe(() => {
    const { answers, ticks } = session.getSnapshot();
    if (answers !== saved.get().answers) saved.set({ answers });
    if (ticks !== savedTicks.get()) savedTicks.set(ticks);
  });
  // A write refused as stale, another tab's change or "delete all" changes what is saved: show that.
  saved.subscribe(() => {
    const { answers } = saved.get();
    if (answers !== session.getSnapshot().answers) session.send({ type: 'reloaded', answers });
  });
  savedTicks.subscribe(() => {
    const ticks = savedTicks.get();
    if (ticks !== session.getSnapshot().ticks) session.send({ type: 'reloaded', ticks });
  });
  return session;
}
