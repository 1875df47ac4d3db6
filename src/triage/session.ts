import { createActor, fromTransition } from 'xstate';
import { loadAnswers, saveAnswers, storageKey, type Notice } from '../flow/persistence.ts';
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
  | { type: 'dismissNotice' };

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

/** Every key this app writes starts with this, so "delete all my data" can find them all. */
const APP_PREFIX = 'duice:';

/** One tap: the session empties (so nothing is written back) and every key of ours goes. */
export function deleteAllData(actor: SessionActor, storage: Storage) {
  actor.send({ type: 'deleteAll' });
  for (const key of Object.keys(storage)) if (key.startsWith(APP_PREFIX)) storage.removeItem(key);
}

/** Starts the session from storage and writes every change back. */
export function startSession(storage: Storage) {
  // Answers saved by an older flow are kept as they are: replay uses those that still fit, and the
  // rest drop out the next time the path reaches a result, so the start page needs no engine.
  const loaded = loadAnswers(storage, flow);
  const actor = createActor(sessionLogic, { input: { answers: loaded.answers, ticks: loadTicks(storage), notice: loaded.notice } });
  actor.subscribe(({ context }) => {
    // An empty session leaves nothing behind in storage.
    if (Object.keys(context.answers).length === 0) storage.removeItem(storageKey(flow));
    else saveAnswers(storage, flow, context.answers);
    if (Object.keys(context.ticks).length === 0) storage.removeItem(TICKS_KEY);
    else storage.setItem(TICKS_KEY, JSON.stringify(context.ticks));
  });
  return actor.start();
}

export type SessionActor = ReturnType<typeof startSession>;
