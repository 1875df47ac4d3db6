import { useEffect, useState } from 'react';
import { isRecord } from '../flow/persistence.ts';

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

export function saveForm<T>(storage: Storage, form: SavedForm<T>, value: T): void {
  try {
    storage.setItem(form.key, JSON.stringify({ format: form.format, value }));
  } catch {
    // Storage full or switched off: the form still works, it just is not kept for next time.
  }
}

/**
 * The form's value, loaded once and saved after every change; `discarded` says that something
 * saved before could not be read and was removed. A page that is only looked at writes nothing.
 */
export function useSavedForm<T>(form: SavedForm<T>): { value: T; update: (change: (value: T) => T) => void; discarded: boolean } {
  const [loaded] = useState(() => {
    const { value, discarded } = loadForm(localStorage, form);
    return { value: value ?? form.empty(), discarded };
  });
  const [value, setValue] = useState(loaded.value);
  useEffect(() => {
    // A value that would not load back (a paste of a whole page into one field) is not kept.
    if (value !== loaded.value && form.isValue(value)) saveForm(localStorage, form, value);
  }, [value, loaded, form]);
  return { value, update: setValue, discarded: loaded.discarded };
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
