import { useState } from 'react';
import { isRecord } from '../flow/persistence.ts';
import { sharedValue, useSharedValue } from '../storage.ts';

/**
 * A tool's form, as typed, kept in this browser's localStorage so a reload or a mistake loses
 * nothing. Keys start with `duice:`, so "delete all my data" removes them with everything else.
 * What is stored carries a format number; anything unreadable, or saved in another format, is
 * removed and reported rather than trusted, because a half-understood draft could show wrong sums.
 */
export type SavedForm<T> = { key: `duice:${string}`; format: number; isValue: (value: unknown) => value is T; empty: () => T };
export type Loaded<T> = { value: T | null; discarded: boolean };
/** A money tool's form as kept: the draft as typed, and whether the user has asked for the result. */
export type SavedTool<D> = { draft: D; shown: boolean };

/** The saved value, null if there is none, 'unreadable' if what is there cannot be trusted; changes nothing. */
export function readForm<T>(storage: Storage, form: SavedForm<T>): T | null | 'unreadable' {
  const raw = storage.getItem(form.key);
  if (raw === null) return null;
  try {
    const saved: unknown = JSON.parse(raw);
    if (isRecord(saved) && saved.format === form.format && form.isValue(saved.value)) return saved.value;
  } catch {
    // Not JSON: unreadable, like any other value of the wrong shape.
  }
  return 'unreadable';
}

/** The saved value for the tool's own page, which removes an unreadable one and says so. */
export function loadForm<T>(storage: Storage, form: SavedForm<T>): Loaded<T> {
  const value = readForm(storage, form);
  if (value !== 'unreadable') return { value, discarded: false };
  storage.removeItem(form.key);
  return { value: null, discarded: true };
}

/** Throws if storage is full; the form's page catches that (see useSavedForm). */
export function saveForm<T>(storage: Storage, form: SavedForm<T>, value: T): void {
  storage.setItem(form.key, JSON.stringify({ format: form.format, value }));
}

/**
 * The form's value, saved after every change and in step with the same form in other tabs;
 * `discarded` says that something saved before could not be read and was removed. A page that is
 * only looked at writes nothing. If storage is full, the form still works and the user is told it
 * is not kept.
 */
export function useSavedForm<T>(form: SavedForm<T>): { value: T; update: (change: (value: T) => T) => void; discarded: boolean } {
  // First, so that an unreadable value is removed (and the user told) before the form reads.
  const [discarded] = useState(() => loadForm(localStorage, form).discarded);
  const [value, saved] = useSharedValue(() =>
    sharedValue(
      localStorage,
      form.key,
      () => {
        const stored = readForm(localStorage, form);
        return stored === null || stored === 'unreadable' ? form.empty() : stored;
      },
      // A value that would not load back (a paste of a whole page into one field) is not kept.
      (next) => form.isValue(next) && saveForm(localStorage, form, next),
    ),
  );
  return { value, update: (change) => void saved.set(change(saved.get())), discarded };
}

// Checks for stored values, written by hand to keep a schema library out of the download.

/** Longer than anything the forms let through; a stored string beyond it is not ours. */
const MAX_TEXT = 500;
type Check<T> = (value: unknown) => value is T;

export const isText: Check<string> = (value): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
export const isBoolean: Check<boolean> = (value): value is boolean => typeof value === 'boolean';
export const isOneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value): value is T =>
    values.includes(value as T);
export const isOptional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || check(value);
export const isListOf =
  <T>(check: Check<T>, max: number): Check<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.length <= max && value.every(check);

/** An object with exactly these properties (an optional one may be missing), each passing its check. */
export function isShape<T extends object>(checks: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  return (value): value is T =>
    isRecord(value) &&
    Object.keys(value).every((key) => key in checks) &&
    Object.entries(checks).every(([key, check]) => (check as Check<unknown>)(value[key]));
}
