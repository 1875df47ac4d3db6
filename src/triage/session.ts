import { createActor, fromTransition } from 'xstate';
import { loadAnswers, saveAnswers, storageKey, type Notice } from '../flow/persistence.ts';
import { deleteAllStored, sharedValue } from '../storage.ts';
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

const TICKS_KEY = `duice:ticks:${flow.id}`;

function withoutKey<T extends object>(record: T, key: string): T {
  const copy = { ...record };
  delete copy[key as keyof T];
  return copy;
}

export const sessionLogic = fromTransition(
  (session: Session, event: SessionEvent): Session => {
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
  },
  ({ input }: { input: Session }) => input,
);

function loadTicks(storage: Storage): Record<string, true> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(TICKS_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    // A tick of an item the checklist no longer has is never shown, so it needs no check here.
    return Object.fromEntries(Object.entries(parsed).filter(([, ticked]) => ticked === true).map(([k]) => [k, true]));
  } catch {
    return {};
  }
}

/** One tap: the session empties (so nothing is written back) and every key of ours goes, in every tab. */
export function deleteAllData(actor: SessionActor, storage: Storage) {
  actor.send({ type: 'deleteAll' });
  deleteAllStored(storage);
}

/** Starts the session from storage, writes every change back, and follows changes made in other tabs. */
export function startSession(storage: Storage) {
  const key = storageKey(flow);
  // Answers saved by an older flow are kept as they are: replay uses those that still fit, and the
  // rest drop out the next time the path reaches a result, so the start page needs no engine.
  const saved = sharedValue(
    storage,
    key,
    () => loadAnswers(storage, flow),
    // An empty session leaves nothing behind in storage.
    ({ answers }) => (Object.keys(answers).length === 0 ? storage.removeItem(key) : saveAnswers(storage, flow, answers)),
  );
  const savedTicks = sharedValue(
    storage,
    TICKS_KEY,
    () => loadTicks(storage),
    (ticks) => (Object.keys(ticks).length === 0 ? storage.removeItem(TICKS_KEY) : storage.setItem(TICKS_KEY, JSON.stringify(ticks))),
  );
  const { answers, notice } = saved.get();
  const actor = createActor(sessionLogic, { input: { answers, ticks: savedTicks.get(), notice } });
  // Only what changed is written: a tick does not rewrite the answers.
  actor.subscribe(({ context }) => {
    if (context.answers !== saved.get().answers) saved.set({ answers: context.answers });
    if (context.ticks !== savedTicks.get()) savedTicks.set(context.ticks);
  });
  // A write refused as stale, another tab's change or "delete all" changes what is saved: show that.
  saved.subscribe(() => {
    const { answers } = saved.get();
    if (answers !== actor.getSnapshot().context.answers) actor.send({ type: 'reloaded', answers });
  });
  savedTicks.subscribe(() => {
    const ticks = savedTicks.get();
    if (ticks !== actor.getSnapshot().context.ticks) actor.send({ type: 'reloaded', ticks });
  });
  return actor.start();
}

export type SessionActor = ReturnType<typeof startSession>;
