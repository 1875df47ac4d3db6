import { createSessionStore, reduce, type Session } from '../../src/case/session.ts';

const start = (): Session => ({ answers: { danger: 'no' }, ticks: { recordCalls: true }, notice: 'updated' });

describe('reduce', () => {
  it('gives a new session for each event and leaves the old one as it was', () => {
    const session = start();
    const next = reduce(session, { type: 'tick', item: 'recordCalls', done: false });
    expect(next).toEqual({ answers: { danger: 'no' }, ticks: {}, notice: 'updated' });
    expect(session).toEqual(start());
  });

  it('keeps what an event does not touch, by reference', () => {
    const session = start();
    const next = reduce(session, { type: 'reloaded', ticks: { nightCalls: true } });
    expect(next.answers).toBe(session.answers);
    expect(reduce(next, { type: 'dismissNotice' })).toEqual({ answers: { danger: 'no' }, ticks: { nightCalls: true } });
  });

  it('empties on restart, and says so after "delete all"', () => {
    expect(reduce(start(), { type: 'restart' })).toEqual({ answers: {}, ticks: {} });
    expect(reduce(start(), { type: 'deleteAll' })).toEqual({ answers: {}, ticks: {}, notice: 'deleted' });
  });
});

describe('the session store', () => {
  it('keeps one snapshot until an event, then tells every listener', () => {
    const store = createSessionStore(start());
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    const seen: Session[] = [];
    store.subscribe(() => seen.push(store.getSnapshot()));
    store.send({ type: 'answer', answers: { danger: 'yes' } });
    expect(seen).toEqual([{ ...first, answers: { danger: 'yes' } }]);
    expect(store.getSnapshot()).toBe(seen[0]);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createSessionStore(start());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.send({ type: 'dismissNotice' });
    unsubscribe();
    store.send({ type: 'restart' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('applies an event sent from a listener at once, so later listeners read the latest session', () => {
    const store = createSessionStore(start());
    store.subscribe(() => {
      if (store.getSnapshot().answers.danger === 'yes') store.send({ type: 'reloaded', answers: { danger: 'no' } });
    });
    const read: Session[] = [];
    store.subscribe(() => read.push(store.getSnapshot()));
    store.send({ type: 'answer', answers: { danger: 'yes' } });
    expect(store.getSnapshot().answers).toEqual({ danger: 'no' });
    expect(read.at(-1)).toBe(store.getSnapshot());
  });
});
