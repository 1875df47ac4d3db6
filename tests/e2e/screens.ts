import { nodeOf } from '../../src/flow/machine.ts';
import type { Answers } from '../../src/flow/schema.ts';
import { flow } from '../../src/triage/flow.ts';
import { machine } from '../../src/triage/triage.ts';
import { shortestPaths } from '../support/paths.ts';

export type Screen = { name: string; path: string; answers: Answers };

/**
 * Every screen the app can show, generated from the machine: each node reached by its
 * shortest path (with the answers that lead there), each result's review and checklist,
 * and the pages outside the flow.
 */
export function everyScreen(): Screen[] {
  const screens: Screen[] = [
    { name: 'start', path: '/', answers: {} },
    { name: 'data', path: '/data', answers: {} },
  ];
  for (const path of shortestPaths(flow, machine)) {
    const nodeId = nodeOf(path.state);
    const answers = path.state.context.answers;
    if (flow.nodes[nodeId].type === 'result') {
      screens.push({ name: `review (${nodeId})`, path: '/review', answers }, { name: `result ${nodeId}`, path: '/checklist', answers });
    } else {
      screens.push({ name: nodeId, path: `/q/${nodeId}`, answers });
    }
  }
  return screens;
}

/** Puts answers into the page's storage the way the app saves them. */
export function seed(answers: Answers) {
  return { key: `duice:flow:${flow.id}`, value: JSON.stringify({ format: 1, flowId: flow.id, flowVersion: flow.version, answers }) };
}
