import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { nodeOf, type FlowMachine } from './machine.ts';
import type { Answers, Flow } from './schema.ts';

/** Where the user stands, derived from their saved answers and nothing else. */
export type Live = {
  /** Nodes on the live path, first to current. */
  trail: string[];
  /** The current node: the first question without a usable answer, or the result reached. */
  at: string;
  /** Answers on the live path only; answers from abandoned branches are not here. */
  answers: Answers;
  result?: string;
};

type FlowSnapshot = SnapshotFrom<FlowMachine>;
/** A replay, with the machine's snapshot at each node of its trail (steps[i] is at trail[i]). */
export type Replayed = { live: Live; steps: readonly FlowSnapshot[] };

/**
 * Replays saved answers through the machine from its initial state. Info screens are passed;
 * replay stops at the first question with no answer, or one the machine rejects (the flow
 * changed), or at a result. Pure: the same answers always give the same place.
 */
export function replay(flow: Flow, machine: FlowMachine, saved: Answers): Live {
  return replayFrom(flow, machine, saved).live;
}

/**
 * The same replay, picked up at step `at` of an earlier one instead of from the start: for one
 * changed answer, the path up to that question stays as it was. Only answers before `at` shape
 * the snapshot there, so `saved` must agree with the earlier replay on those.
 */
export function replayFrom(flow: Flow, machine: FlowMachine, saved: Answers, earlier?: { steps: readonly FlowSnapshot[]; at: number }): Replayed {
  const steps = earlier ? earlier.steps.slice(0, earlier.at + 1) : [initialTransition(machine)[0]];
  let snapshot = steps[steps.length - 1];
  for (;;) {
    const nodeId = nodeOf(snapshot);
    const node = flow.nodes[nodeId];
    if (node.type === 'result') break;
    if (node.type === 'question' && !(nodeId in saved)) break;
    const event = node.type === 'info' ? { type: 'continue' as const } : { type: 'answer' as const, value: saved[nodeId] };
    const [next] = transition(machine, snapshot, event);
    if (next.context.trail.length === snapshot.context.trail.length) break; // rejected
    snapshot = next;
    steps.push(next);
  }
  return { live: liveAt(flow, snapshot), steps };
}

/** Where the user stands when the machine is at this snapshot. */
export function liveAt(flow: Flow, snapshot: FlowSnapshot): Live {
  const at = nodeOf(snapshot);
  const result = flow.nodes[at].type === 'result' ? at : undefined;
  return { trail: [...snapshot.context.trail, at], at, answers: snapshot.context.answers, result };
}
