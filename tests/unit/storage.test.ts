// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import {
  deleteAllStored,
  loadStored,
  readStored,
  sharedValue,
  tellUser,
  useStorageNotice,
  versioned,
  writeStored,
  type SharedValue,
} from '../../src/lib/storage.ts';

/**
 * Two tabs share one localStorage; here they share jsdom's, each with its own copy of a value.
 * The browser tells every tab but the writer with a `storage` event; a test sends it by hand,
 * or leaves it out to play a tab that has not heard yet.
 */
const KEY = 'duice:test';
const tab = (delay = 0) =>
  sharedValue(
    localStorage,
    KEY,
    () => localStorage.getItem(KEY) ?? '',
    (text) => localStorage.setItem(KEY, text),
    delay,
  );
const storageEvent = (key: string | null) => window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
/** What the user is told now, as the layout would show it. */
const told = () => renderHook(() => useStorageNotice()).result.current;
const following = (copy: SharedValue<string>) => copy.subscribe(() => {});

afterEach(() => tellUser(undefined));

describe('a value shared by several tabs', () => {
  it('is not written over by a tab that read it before another tab changed it: that tab reads the newer value, and says so', () => {
    const a = tab();
    const b = tab();
    expect(a.set('five answers')).toBe('saved');
    expect(b.set('one answer')).toBe('stale');
    expect(localStorage.getItem(KEY)).toBe('five answers');
    expect(b.get()).toBe('five answers');
    expect(told()).toBe('changedElsewhere');
    // Having read it, that tab may change it.
    expect(b.set('five answers and one more')).toBe('saved');
    expect(a.set('mine')).toBe('stale');
  });

  it("follows another tab's change as soon as the browser tells it", () => {
    const a = tab();
    const b = tab();
    const stop = following(b);
    a.set('typed in a');
    storageEvent(`${KEY}#revision`);
    expect(b.get()).toBe('typed in a');
    expect(b.set('then in b')).toBe('saved');
    stop();
  });

  it("drops a change still waiting to be written when another tab's arrives, and says so", () => {
    vi.useFakeTimers();
    const a = tab();
    const b = tab(500);
    const stop = following(b);
    expect(b.set('typing in b')).toBe('pending');
    a.set('saved in a');
    storageEvent(KEY);
    expect(b.get()).toBe('saved in a');
    expect(told()).toBe('changedElsewhere');
    vi.advanceTimersByTime(1000);
    expect(localStorage.getItem(KEY)).toBe('saved in a');
    stop();
    vi.useRealTimers();
  });

  it('writes a delayed value once typing pauses, or when the page is hidden, not on every change', () => {
    vi.useFakeTimers();
    const draft = tab(500);
    const stop = following(draft);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    for (const text of ['a', 'ab', 'abc']) {
      draft.set(text);
      vi.advanceTimersByTime(100);
    }
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(setItem.mock.calls.filter(([key]) => key === KEY)).toEqual([[KEY, 'abc']]);

    draft.set('abcd');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(KEY)).toBe('abcd');
    setItem.mockRestore();
    stop();
    vi.useRealTimers();
  });
});

describe('delete all', () => {
  it('removes every key of ours, revisions included, and every copy here reads the empty value', () => {
    const a = tab();
    const stop = following(a);
    a.set('answers');
    localStorage.setItem('someone-else', 'keep');
    deleteAllStored(localStorage);
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
    expect(a.get()).toBe('');
    stop();
  });

  it('in another tab: copies here read the empty value, say so, and a copy that read before cannot write back', async () => {
    const listening = tab();
    const stop = following(listening);
    const notListening = tab();
    listening.set('answers');
    // That tab removes the keys (one localStorage) and tells the others.
    for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
    const otherTab = new BroadcastChannel('duice');
    otherTab.postMessage('deletedAll');
    otherTab.close();
    await vi.waitFor(() => expect(told()).toBe('deletedElsewhere'));
    expect(listening.get()).toBe('');
    // Read before the deletion, and even with no revision to compare, it cannot write its value back.
    expect(notListening.set('answers, again')).toBe('stale');
    expect(localStorage.getItem(KEY)).toBeNull();
    stop();
  });
});

describe('storage full', () => {
  it('keeps the value for the screen, writes nothing, throws nothing and tells the user', () => {
    const draft = tab();
    const paste = 'x'.repeat(5_100_000);
    expect(() => draft.set(paste)).not.toThrow();
    expect(draft.get()).toBe(paste);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(told()).toBe('full');
    // A change that fits is kept.
    expect(draft.set('shorter')).toBe('saved');
    expect(localStorage.getItem(KEY)).toBe('shorter');
  });
});

describe('a kept value', () => {
  const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length <= 10;
  const note = versioned(KEY, 2, isShortText);

  it('is read back only in its own format and shape; anything else is removed and reported, never thrown', () => {
    expect(writeStored(localStorage, note, 'hello')).toBe('saved');
    expect(localStorage.getItem(KEY)).toBe('{"format":2,"value":"hello"}');
    expect(loadStored(localStorage, note)).toEqual({ value: 'hello', discarded: false });
    for (const stored of ['{"format":1,"value":"hello"}', '{"format":2,"value":42}', 'not json', '[]']) {
      localStorage.setItem(KEY, stored);
      expect(readStored(localStorage, note)).toBe('unreadable');
      expect(localStorage.getItem(KEY)).toBe(stored);
      expect(loadStored(localStorage, note)).toEqual({ value: null, discarded: true });
      expect(localStorage.getItem(KEY)).toBeNull();
    }
  });

  it('is not written when it would not read back: the value before stays', () => {
    writeStored(localStorage, note, 'hello');
    writeStored(localStorage, note, 'far too long to read back');
    expect(readStored(localStorage, note)).toBe('hello');
  });
});
