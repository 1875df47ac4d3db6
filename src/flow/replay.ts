import { initialTransition, transition } from 'xstate';
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

/**
 * Replays saved answers through the machine from its initial state. Info screens are passed;
 * replay stops at the first question with no answer, or one the machine rejects (the flow
 * changed), or at a result. Pure: the same answers always give the same place.
 */
export function replay(flow: Flow, machine: FlowMachine, saved: Answers): Live {
  let [snapshot] = initialTransition(machine);
  for (;;) {
    const nodeId = nodeOf(snapshot);
    const node = flow.nodes[nodeId];
    if (node.type === 'result') break;
    if (node.type === 'question' && !(nodeId in saved)) break;
    const event = node.type === 'info' ? { type: 'continue' as const } : { type: 'answer' as const, value: saved[nodeId] };
    const [next] = transition(machine, snapshot, event);
    if (next.context.trail.length === snapshot.context.trail.length) break; // rejected
    snapshot = next;
  }
  const at = nodeOf(snapshot);
  const result = flow.nodes[at].type === 'result' ? at : undefined;
  return { trail: [...snapshot.context.trail, at], at, answers: snapshot.context.answers, result };
}
