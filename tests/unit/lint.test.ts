import { lintChecklist, lintFlow } from '../../src/flow/lint.ts';
import { appOffers } from '../support/appOffers.ts';
import { checklistSchema, flowSchema, lawSchema, type Checklist, type Flow } from '../../src/flow/schema.ts';
import { checklist } from '../../src/triage/checklistItems.ts';
import { flow } from '../../src/case/flow.ts';
import { law } from '../../src/law/law.ts';

/** A tiny valid flow to break one way at a time. */
function tinyFlow(): Flow {
  return {
    id: 'tiny',
    version: 1,
    start: 'first',
    stages: ['only'],
    nodes: {
      first: {
        type: 'question',
        stage: 'only',
        answers: [{ id: 'yes' }, { id: 'no' }],
        next: [{ when: { q: 'first', in: ['yes'] }, to: 'done' }, { to: 'second' }],
      },
      second: { type: 'question', stage: 'only', multiple: true, answers: [{ id: 'a' }, { id: 'none', exclusive: true }], next: 'done' },
      done: { type: 'result' },
    },
  };
}

const tinyChecklist = (): Checklist => ({
  flow: 'tiny',
  groups: ['main'],
  today: ['step'],
  items: { step: { group: 'main', when: { q: 'second', has: ['a'] }, cites: ['civilCode577'] } },
});

describe('flow schema', () => {
  it('accepts the real flow and checklist, and the tiny ones', () => {
    expect(flowSchema.safeParse(flow).success).toBe(true);
    expect(flowSchema.safeParse(tinyFlow()).success).toBe(true);
    expect(checklistSchema.safeParse(checklist).success).toBe(true);
    expect(checklistSchema.safeParse(tinyChecklist()).success).toBe(true);
  });

  it('rejects a question with one answer, a dotted id, and a default route that is not last', () => {
    const oneAnswer = tinyFlow();
    (oneAnswer.nodes.first as { answers: unknown[] }).answers = [{ id: 'yes' }];
    expect(flowSchema.safeParse(oneAnswer).success).toBe(false);

    const dotted = tinyFlow();
    dotted.nodes['bad.id'] = { type: 'result' };
    expect(flowSchema.safeParse(dotted).success).toBe(false);

    const defaultFirst = tinyFlow();
    (defaultFirst.nodes.first as { next: unknown }).next = [{ to: 'done' }, { when: { q: 'first', in: ['yes'] }, to: 'second' }];
    expect(flowSchema.safeParse(defaultFirst).success).toBe(false);
  });

  it('rejects a legal item without a citation unless it is marked practical', () => {
    const bare = tinyChecklist();
    bare.items.step = { group: 'main' };
    expect(checklistSchema.safeParse(bare).success).toBe(false);
    bare.items.step = { group: 'main', practical: true };
    expect(checklistSchema.safeParse(bare).success).toBe(true);
  });
});

describe('lintFlow', () => {
  it('finds nothing wrong with the real flow', () => {
    expect(lintFlow(flow, law)).toEqual([]);
  });

  it('reports a dangling next', () => {
    const f = tinyFlow();
    (f.nodes.second as { next: string }).next = 'nowhere';
    expect(lintFlow(f, law)).toContain('nodes.second: next "nowhere" does not exist');
  });

  it('reports an unreachable node', () => {
    const f = tinyFlow();
    f.nodes.orphan = { type: 'result' };
    expect(lintFlow(f, law)).toContain('nodes.orphan: unreachable from "first"');
  });

  it('reports a cycle and a dead end', () => {
    const f = tinyFlow();
    (f.nodes.second as { next: string }).next = 'first';
    const problems = lintFlow(f, law);
    expect(problems.some((p) => p.includes('cycle'))).toBe(true);
  });

  it('reports a loop with no way out as a dead end', () => {
    const f = tinyFlow();
    f.nodes.loop = { type: 'info', stage: 'only', next: 'loop2' };
    f.nodes.loop2 = { type: 'info', stage: 'only', next: 'loop' };
    (f.nodes.second as { next: string }).next = 'loop';
    const problems = lintFlow(f, law);
    expect(problems).toContain('nodes.second: no path to a result (dead end)');
  });
});

describe('lintChecklist', () => {
  it('finds nothing wrong with the real checklist', () => {
    expect(lintChecklist(checklist, flow, law, appOffers)).toEqual([]);
  });

  it('reports unknown answers, wrong operators, unknown citations and unknown groups', () => {
    const c = tinyChecklist();
    c.items.step = {
      group: 'nope',
      tool: 'abacus',
      when: { all: [{ q: 'first', in: ['maybe'] }, { q: 'second', in: ['a'] }, { fact: 'log.unheardOf' }] },
      cites: ['madeUp'],
    };
    expect(lintChecklist(c, tinyFlow(), law, appOffers)).toEqual([
      'checklist.step: unknown group "nope"',
      'checklist.step: "first" has no answer "maybe"',
      'checklist.step: use "has" for question "second"',
      'checklist.step: unknown fact "log.unheardOf"',
      'checklist.step: unknown tool "abacus"',
      'checklist.step: unknown citation "madeUp"',
    ]);
  });

  it('reports a "today" list naming an item it does not have, or one twice', () => {
    expect(lintChecklist({ ...tinyChecklist(), today: ['step', 'ghost', 'step'] }, tinyFlow(), law, appOffers)).toEqual([
      'today: unknown item "ghost"',
      'today: an item twice',
    ]);
  });

  it('reports a checklist written for another flow', () => {
    expect(lintChecklist({ ...tinyChecklist(), flow: 'other' }, tinyFlow(), law, appOffers)).toEqual(['flow: "other" is not "tiny"']);
  });
});

describe('the law registry', () => {
  it('matches its schema', () => {
    expect(lawSchema.safeParse(law).error).toBeUndefined();
  });
});
