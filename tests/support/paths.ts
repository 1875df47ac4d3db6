import { transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { nodeOf, type FlowEvent, type FlowMachine } from '../../src/flow/machine.ts';
import type { Flow } from '../../src/flow/schema.ts';

type Snapshot = Parameters<typeof nodeOf>[0];

/**
 * The events to try in each state: one per distinct next node. Candidates are each answer
 * alone and, for a multi-select, all non-exclusive answers together; trying every answer
 * combination would enumerate billions of paths that differ only in the checklist.
 */
export function sampleEvents(flow: Flow, machine: FlowMachine) {
  return (snapshot: Snapshot): FlowEvent[] => {
    const node = flow.nodes[nodeOf(snapshot)];
    if (node.type === 'result') return [];
    if (node.type === 'info') return [{ type: 'continue' }];
    const together = node.answers.filter((a) => !a.exclusive).map((a) => a.id);
    const values = node.multiple ? [...node.answers.map((a) => [a.id]), together] : node.answers.map((a) => a.id);
    const seen = new Set<string>();
    return values
      .map((value): FlowEvent => ({ type: 'answer', value }))
      .filter((event) => {
        const to = nodeOf(transition(machine, snapshot, event)[0]);
        if (seen.has(to)) return false;
        seen.add(to);
        return true;
      });
  };
}

/** States are told apart by node, so the graph walked is the flow's node graph. */
const options = (flow: Flow, machine: FlowMachine) => ({ events: sampleEvents(flow, machine), serializeState: (s: Snapshot) => nodeOf(s) });

export const simplePaths = (flow: Flow, machine: FlowMachine) => getSimplePaths(machine, options(flow, machine));
export const shortestPaths = (flow: Flow, machine: FlowMachine) => getShortestPaths(machine, options(flow, machine));
