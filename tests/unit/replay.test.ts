import fc from 'fast-check';
import { createActor } from 'xstate';
import { triageChecklist } from '../../src/triage/checklistItems.ts';
import { isValidAnswer } from '../../src/flow/machine.ts';
import { replay } from '../../src/flow/replay.ts';
import type { Answers, QuestionNode } from '../../src/flow/schema.ts';
import { flow } from '../../src/case/flow.ts';
import { answersAfter, liveFor, machine } from '../../src/case/triage.ts';
import { fullPath } from './fixtures.ts';

describe('the flow machine', () => {
  it('starts at the first safety question and moves on a valid answer', () => {
    const actor = createActor(machine).start();
    expect(actor.getSnapshot().value).toBe('danger');
    actor.send({ type: 'answer', value: ['threatened'] });
    expect(actor.getSnapshot().value).toBe('dangerHelp');
    actor.send({ type: 'continue' });
    expect(actor.getSnapshot().value).toBe('caller');
    expect(actor.getSnapshot().context.trail).toEqual(['danger', 'dangerHelp']);
  });

  it('ignores answers the question does not have', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'answer', value: 'perhaps' });
    actor.send({ type: 'answer', value: 'threatened' });
    actor.send({ type: 'answer', value: ['none', 'threatened'] });
    expect(actor.getSnapshot().value).toBe('danger');
  });

  it('keeps a result alive (not final) so the user can still go back and change answers', () => {
    const live = replay(flow, machine, fullPath);
    expect(live.result).toBe('checklist');
    expect(flow.nodes[live.at].type).toBe('result');
  });
});

describe('isValidAnswer for a multi-select', () => {
  const conduct = flow.nodes.conduct as QuestionNode;
  it.each([
    [['nightCalls', 'threats'], true],
    [['none'], true],
    [['none', 'threats'], false],
    [[], false],
    [['nightCalls', 'nightCalls'], false],
    ['nightCalls', false],
  ])('%j → %s', (value, ok) => expect(isValidAnswer(conduct, value)).toBe(ok));
});

describe('replay', () => {
  it('stops at the first unanswered question', () => {
    const live = replay(flow, machine, { danger: ['none'] });
    expect(live.at).toBe('caller');
    expect(live.trail).toEqual(['danger', 'caller']);
    expect(live.result).toBeUndefined();
  });

  it('passes info screens on the way', () => {
    const live = replay(flow, machine, { danger: ['threatened', 'selfHarm'] });
    expect(live.trail).toEqual(['danger', 'dangerHelp', 'crisisHelp', 'caller']);
  });

  it('stops at an answer the flow no longer accepts', () => {
    const live = replay(flow, machine, { ...fullPath, lender: 'pawnshop' });
    expect(live.at).toBe('lender');
    expect(live.answers.lender).toBeUndefined();
  });

  it('passes the scam warning on the way: the answers after it still count', () => {
    const scam = replay(flow, machine, { ...fullPath, payRequests: ['personalAccount'], moneySent: ['none'], court: 'paymentOrder' });
    expect(scam.trail).toContain('scamWarning');
    expect(scam.result).toBe('checklist');
    expect(scam.answers.conduct).toEqual(fullPath.conduct);
    const ids = triageChecklist(scam).items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['scamStopPaying', 'objectPaymentOrder', 'nightCalls', 'complain12378']));
  });
});

describe('answering one question replays only the path after it', () => {
  const questions = Object.entries(flow.nodes).filter((entry): entry is [string, QuestionNode] => entry[1].type === 'question');
  /** A valid answer for each question, picked by the numbers fast-check draws. */
  const answerFor = (node: QuestionNode, pick: number) => {
    const plain = node.answers.filter((a) => !a.exclusive).map((a) => a.id);
    const one = node.answers[pick % node.answers.length].id;
    return node.multiple && pick % 3 === 0 && plain.length > 1 ? plain.slice(0, 1 + (pick % plain.length)) : node.multiple ? [one] : one;
  };

  it('lands where a full replay lands, for any answers given in any order, changed or not', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(questions.length - 1), fc.nat(50)), { maxLength: 40 }), (moves) => {
        let answers: Answers = {};
        for (const [which, pick] of moves) {
          // Mostly the current question, as a user goes; sometimes any question, as on the review page.
          const live = liveFor(answers);
          const nodeId = pick % 4 === 0 || live.result ? questions[which][0] : live.at;
          const node = flow.nodes[nodeId];
          if (node.type !== 'question') continue;
          answers = answersAfter(answers, nodeId, answerFor(node, pick));
          expect(liveFor(answers)).toEqual(replay(flow, machine, answers));
        }
      }),
    );
  });
});
