import { assign, setup, type SnapshotFrom } from 'xstate';
import { holds } from './conditions.ts';
import { routesOf } from './graph.ts';
import type { Answer, Answers, Condition, Flow, QuestionNode } from './schema.ts';

export type FlowContext = { trail: string[]; answers: Answers };
export type FlowEvent = { type: 'answer'; value: Answer } | { type: 'continue' };

/** A single answer must be one of the question's ids; a multi-select is a non-empty set, with exclusive ids alone. */
export function isValidAnswer(question: QuestionNode, value: Answer): boolean {
  const known = (v: string) => question.answers.some((a) => a.id === v);
  if (!question.multiple) return typeof value === 'string' && known(value);
  if (!Array.isArray(value) || value.length === 0 || new Set(value).size !== value.length) return false;
  if (!value.every(known)) return false;
  const exclusive = value.filter((v) => question.answers.find((a) => a.id === v)?.exclusive);
  return exclusive.length === 0 || value.length === 1;
}

/**
 * Turns flow data into an XState machine: one state per node. A question accepts `answer`
 * when the value is valid and takes the first route whose condition holds; an info screen
 * takes `continue`; a result is tagged `result` and is not final, so the actor stays alive.
 * The context keeps the trail of nodes passed and the answers given on it, nothing else.
 */
export function createFlowMachine(flow: Flow) {
  const flowSetup = setup({
    types: {} as { context: FlowContext; events: FlowEvent },
    guards: {
      routeHolds: ({ context, event }, params: { node: string; when?: Condition }) => {
        const node = flow.nodes[params.node];
        let answers = context.answers;
        if (event.type === 'answer') {
          if (node.type !== 'question' || !isValidAnswer(node, event.value)) return false;
          answers = { ...answers, [params.node]: event.value };
        }
        return params.when === undefined || holds(params.when, { answers });
      },
    },
    actions: {
      record: assign(({ context, event }, params: { node: string }) => ({
        trail: [...context.trail, params.node],
        answers: event.type === 'answer' ? { ...context.answers, [params.node]: event.value } : context.answers,
      })),
    },
  });

  type States = NonNullable<Parameters<typeof flowSetup.createMachine>[0]['states']>;
  const states: States = {};
  for (const [nodeId, node] of Object.entries(flow.nodes)) {
    if (node.type === 'result') {
      states[nodeId] = { tags: ['result'] };
      continue;
    }
    const transitions = routesOf(node.next).map((route) => ({
      target: route.to,
      guard: { type: 'routeHolds' as const, params: { node: nodeId, when: route.when } },
      actions: { type: 'record' as const, params: { node: nodeId } },
    }));
    states[nodeId] = { on: node.type === 'question' ? { answer: transitions } : { continue: transitions } };
  }

  return flowSetup.createMachine({ id: flow.id, initial: flow.start, context: { trail: [], answers: {} }, states });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;

/** The machine's states are flat, one per node, so a snapshot's value is a node id. */
export function nodeOf(snapshot: SnapshotFrom<FlowMachine>): string {
  return snapshot.value as unknown as string;
}
