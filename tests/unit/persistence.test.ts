// @vitest-environment jsdom
import { loadAnswers, saveAnswers, storageKey } from '../../src/flow/persistence.ts';
import type { Answer } from '../../src/flow/schema.ts';
import { deleteAllData, startSession } from '../../src/case/session.ts';
import { answersAfter, liveFor } from '../../src/case/triage.ts';
import { flow } from '../../src/case/flow.ts';
import { fullPath } from './fixtures.ts';

const key = storageKey(flow);

describe('loadAnswers', () => {
  it('round-trips saved answers', () => {
    saveAnswers(localStorage, flow, fullPath);
    expect(loadAnswers(localStorage, flow)).toEqual({ answers: fullPath });
  });

  it('starts empty with no notice when nothing is saved', () => {
    expect(loadAnswers(localStorage, flow)).toEqual({ answers: {} });
  });

  it.each([
    ['not JSON', '{"format":1,'],
    ['wrong shape', JSON.stringify({ format: 1, flowId: 'triage', flowVersion: 1, answers: { danger: 3 } })],
    ['unknown format', JSON.stringify({ format: 99, flowId: 'triage', flowVersion: 1, answers: {} })],
    ['another flow', JSON.stringify({ format: 1, flowId: 'other', flowVersion: 1, answers: {} })],
    ['null', 'null'],
  ])('discards %s with a notice and removes it', (_, raw) => {
    localStorage.setItem(key, raw);
    expect(loadAnswers(localStorage, flow)).toEqual({ answers: {}, notice: 'corrupt' });
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('hands back answers from an older flow version with a notice', () => {
    localStorage.setItem(key, JSON.stringify({ format: 1, flowId: 'triage', flowVersion: 0, answers: { danger: 'no' } }));
    expect(loadAnswers(localStorage, flow)).toEqual({ answers: { danger: 'no' }, notice: 'updated' });
  });
});

describe('the session', () => {
  it('uses only answers that still fit after a flow update, and drops the rest once the path is complete', () => {
    const stale = { ...fullPath, lender: 'pawnshop', obsoleteQuestion: 'x' };
    localStorage.setItem(key, JSON.stringify({ format: 1, flowId: 'triage', flowVersion: 0, answers: stale }));
    const actor = startSession(localStorage);
    expect(actor.getSnapshot().notice).toBe('updated');
    const live = liveFor(actor.getSnapshot().answers);
    expect(live.at).toBe('lender'); // the answer the new flow no longer has is asked again
    expect(live.answers.lender).toBeUndefined();
    expect(live.answers.conduct).toEqual(fullPath.conduct);

    actor.send({ type: 'answer', answers: answersAfter(actor.getSnapshot().answers, 'lender', 'bankCard') });
    expect(actor.getSnapshot().answers).toEqual(fullPath);
  });

  it('saves answers and ticks as they change; a scam warning on the way keeps every later answer', () => {
    const actor = startSession(localStorage);
    const answer = (node: string, value: Answer) => actor.send({ type: 'answer', answers: answersAfter(actor.getSnapshot().answers, node, value) });
    for (const [node, value] of Object.entries(fullPath)) answer(node, value);
    actor.send({ type: 'tick', item: 'recordCalls', done: true });
    expect(JSON.parse(localStorage.getItem(key)!).answers).toEqual(fullPath);
    expect(JSON.parse(localStorage.getItem('duice:ticks:triage')!)).toEqual({ recordCalls: true });

    answer('payRequests', ['stopFee']);
    expect(actor.getSnapshot().answers).toEqual({ ...fullPath, payRequests: ['stopFee'] });
  });

  it('deletes everything of ours in one step, and nothing else', () => {
    const actor = startSession(localStorage);
    actor.send({ type: 'answer', answers: { danger: ['none'] } });
    localStorage.setItem('duice:lang', 'en');
    localStorage.setItem('someone-else', 'keep');
    deleteAllData(actor, localStorage);
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
    expect(actor.getSnapshot()).toEqual({ answers: {}, ticks: {}, notice: 'deleted' });
  });

  it('reads back only well-formed ticks, and nothing from damaged tick data', () => {
    localStorage.setItem('duice:ticks:triage', JSON.stringify({ recordCalls: true, madeUp: 'yes' }));
    expect(startSession(localStorage).getSnapshot().ticks).toEqual({ recordCalls: true });
    localStorage.setItem('duice:ticks:triage', '["recordCalls"');
    expect(startSession(localStorage).getSnapshot().ticks).toEqual({});
  });
});

describe('the session in several tabs', () => {
  /** Five answers in tab A, as the question screens give them. */
  const answerFive = (actor: ReturnType<typeof startSession>) => {
    for (const [node, value] of Object.entries(fullPath).slice(0, 5)) {
      actor.send({ type: 'answer', answers: answersAfter(actor.getSnapshot().answers, node, value) });
    }
  };
  const saved = () => JSON.parse(localStorage.getItem(key)!).answers;

  it('a tab that has not heard of newer answers cannot overwrite them: it shows them instead', () => {
    const a = startSession(localStorage);
    const b = startSession(localStorage);
    answerFive(a);
    // B never got the storage event (a tab the phone had frozen, say): it still holds no answers.
    b.send({ type: 'answer', answers: answersAfter(b.getSnapshot().answers, 'danger', ['none']) });
    expect(Object.keys(saved())).toHaveLength(5);
    expect(b.getSnapshot().answers).toEqual(a.getSnapshot().answers);
  });

  it("follows another tab's answers, so its next answer adds to them", () => {
    const a = startSession(localStorage);
    const b = startSession(localStorage);
    answerFive(a);
    window.dispatchEvent(new StorageEvent('storage', { key: `${key}#revision`, storageArea: localStorage }));
    b.send({ type: 'answer', answers: answersAfter(b.getSnapshot().answers, 'danger', ['none']) });
    expect(saved()).toEqual(a.getSnapshot().answers);
    expect(Object.keys(saved())).toHaveLength(5);
  });

  it('after "delete all" in another tab, empties, and its next answer does not bring the deleted ones back', async () => {
    const a = startSession(localStorage);
    const b = startSession(localStorage);
    answerFive(a);
    window.dispatchEvent(new StorageEvent('storage', { key: `${key}#revision`, storageArea: localStorage }));
    b.send({ type: 'tick', item: 'recordCalls', done: true });
    // Tab A's "delete all", as tab B sees it: its keys gone, and a message.
    localStorage.clear();
    const tabA = new BroadcastChannel('duice');
    tabA.postMessage('deletedAll');
    tabA.close();
    await vi.waitFor(() => expect([b.getSnapshot().answers, b.getSnapshot().ticks]).toEqual([{}, {}]));
    b.send({ type: 'answer', answers: answersAfter(b.getSnapshot().answers, 'danger', ['none']) });
    expect(saved()).toEqual({ danger: ['none'] });
    expect(localStorage.getItem('duice:ticks:triage')).toBeNull();
  });

  it('a tick rewrites only the ticks, and storage that is full keeps the session going', () => {
    const actor = startSession(localStorage);
    answerFive(actor);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    actor.send({ type: 'tick', item: 'recordCalls', done: true });
    expect(setItem.mock.calls.map(([k]) => k)).toEqual(['duice:ticks:triage', 'duice:ticks:triage#revision']);
    setItem.mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => actor.send({ type: 'answer', answers: answersAfter(actor.getSnapshot().answers, 'caller', 'buyer') })).not.toThrow();
    expect(actor.getSnapshot().answers.caller).toBe('buyer');
    setItem.mockRestore();
  });
});
