import { useState } from 'react';
import { isRecord } from '../../flow/persistence.ts';
import { loadStored, sharedStored, useSharedValue, versioned, type Stored } from '../../lib/storage.ts';

/**
 * A tool's form, as typed, kept in this browser's localStorage so a reload or a mistake loses
 * nothing, under its key in lib/storageKeys.ts. What is stored carries a format number; anything
 * unreadable, or saved in another format, is removed and reported rather than trusted, because a
 * half-understood draft could show wrong sums.
 */
export type SavedForm<T> = Stored<T> & { empty: () => T };
/** A money tool's form as kept: the draft as typed, and whether the user has asked for the result. */
export type SavedTool<D> = { draft: D; shown: boolean };

/** Kept as `{ format, value }`. */
export const savedForm = <T>(key: string, format: number, isValue: Check<T>, empty: () => T): SavedForm<T> => ({ ...versioned(key, format, isValue), empty });

/**
 * The form's value, saved after every change and in step with the same form in other tabs;
 * `discarded` says that something saved before could not be read and was removed. A page that is
 * only looked at writes nothing. If storage is full, the form still works and the user is told it
 * is not kept.
 */
export function useSavedForm<T>(form: SavedForm<T>): { value: T; update: (change: (value: T) => T) => void; discarded: boolean } {
  // First, so that an unreadable value is removed (and the user told) before the form reads.
  const [discarded] = useState(() => loadStored(localStorage, form).discarded);
  const [value, saved] = useSharedValue(() => sharedStored(localStorage, form, form.empty));
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
