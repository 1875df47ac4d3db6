import { useSelector } from '@xstate/react';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createFlowMachine, type FlowMachine } from '../flow/machine.ts';
import { liveAt, replayFrom, type Live, type Replayed } from '../flow/replay.ts';
import type { Answer, Answers } from '../flow/schema.ts';
import { flow } from './flow.ts';
import { useSession } from './sessionContext.ts';

/**
 * The triage engine: the XState machine built from the flow, and where the user stands.
 * Only the screens of the questions, the review and the checklist import it, so the start
 * page never waits for it; app/main.tsx fetches it once the first screen is up.
 */
export const machine = createFlowMachine(flow);

const replays = new WeakMap<Answers, Replayed>();

/** Each answers object is replayed once (the session never mutates one), however many screens and handlers ask. */
function replayed(answers: Answers, earlier?: Parameters<typeof replayFrom>[3]): Replayed {
  let done = replays.get(answers);
  if (!done) replays.set(answers, (done = replayFrom(flow, machine, answers, earlier)));
  // The live answers (what the session keeps once a result is reached) replay to the same place.
  if (!replays.has(done.live.answers)) replays.set(done.live.answers, done);
  return done;
}

/** Where the user stands for a set of answers. */
export function liveFor(answers: Answers): Live {
  return replayed(answers).live;
}

/**
 * The answers after one more: once a path reaches a result, answers off that path belong to
 * branches the user left, and are dropped. Until then they are kept, in case the user goes back.
 * The path up to the question answered is unchanged, so only the rest of it is replayed.
 */
export function answersAfter(answers: Answers, nodeId: string, value: Answer): Answers {
  const next = { ...answers, [nodeId]: value };
  const before = replayed(answers);
  const at = before.live.trail.indexOf(nodeId);
  const live = replayed(next, at === -1 ? undefined : { steps: before.steps, at }).live;
  return live.result ? live.answers : next;
}

const positions = new WeakMap<Replayed, Actor<FlowMachine>>();

/**
 * The flow machine where a set of answers leads: an actor restored from the last step of their
 * replay, one per replay. It takes no events: the session's answers are what is kept, and each
 * new set of them has its own actor.
 */
function positionOf(answers: Answers): Actor<FlowMachine> {
  const done = replayed(answers);
  let actor = positions.get(done);
  if (!actor) positions.set(done, (actor = createActor(machine, { snapshot: done.steps[done.steps.length - 1] })));
  return actor;
}

// Defined once, so each screen's selection is worked out once per snapshot, not on every render.
const liveHere = (snapshot: SnapshotFrom<FlowMachine>) => liveAt(flow, snapshot);

/** The live path for the current answers, read from the flow machine with @xstate/react: where the machine meets React. */
export function useLive(): Live {
  return useSelector(positionOf(useSession((s) => s.answers)), liveHere);
}
