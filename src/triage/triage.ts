import { createFlowMachine } from '../flow/machine.ts';
import { replay, type Live } from '../flow/replay.ts';
import type { Answer, Answers } from '../flow/schema.ts';
import { flow } from './flow.ts';
import { useSession } from './sessionContext.ts';

/**
 * The triage engine: the XState machine built from the flow, and where the user stands.
 * Only the screens of the questions, the review and the checklist import it, so the start
 * page never waits for it; main.tsx fetches it as soon as the page has loaded.
 */
export const machine = createFlowMachine(flow);

const liveCache = new WeakMap<Answers, Live>();

/**
 * Where the user stands for a set of answers. The session never mutates an answers object,
 * so each one is replayed once, however many screens and handlers ask.
 */
export function liveFor(answers: Answers): Live {
  let live = liveCache.get(answers);
  if (!live) liveCache.set(answers, (live = replay(flow, machine, answers)));
  return live;
}

/**
 * The answers after one more: once a path reaches a result, answers off that path belong to
 * branches the user left, and are dropped. Until then they are kept, in case the user goes back.
 */
export function answersAfter(answers: Answers, nodeId: string, value: Answer): Answers {
  const next = { ...answers, [nodeId]: value };
  const live = liveFor(next);
  return live.result ? live.answers : next;
}

/** The live path for the current answers. */
export function useLive(): Live {
  return liveFor(useSession((s) => s.answers));
}
