import flowJson from '../../flows/triage.json' with { type: 'json' };
import lawJson from '../../flows/law.json' with { type: 'json' };
import { createFlowMachine } from '../flow/machine.ts';
import { replay, type Live } from '../flow/replay.ts';
import type { Answers, Flow, Law } from '../flow/schema.ts';

/**
 * The triage flow and law registry. The tests hold both to the schema and the lint, so the
 * phone does not download a schema library to check them again at every start.
 */
export const flow = flowJson as Flow;
export const law = lawJson as Law;
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
