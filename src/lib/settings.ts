import { useSyncExternalStore } from 'react';
import { readStored, writeStored, type Stored } from './storage.ts';
import { STORAGE_KEYS } from './storageKeys.ts';

/** Kept as '1' while on; off leaves no key behind. */
const discreetTitle: Stored<boolean> = {
  key: STORAGE_KEYS.discreetTitle,
  encode: (on) => (on ? '1' : null),
  decode: (raw) => (raw === '1' ? true : undefined),
};
const listeners = new Set<() => void>();

/**
 * "Discreet title": on a shared phone the tab list and app switcher show only a neutral
 * word instead of question text about debts. Kept on the device like everything else.
 */
export function setDiscreetTitle(on: boolean) {
  // If storage is full, the setting stays as it was and the user is told.
  writeStored(localStorage, discreetTitle, on);
  listeners.forEach((notify) => notify());
}

function subscribe(notify: () => void) {
  listeners.add(notify);
  // Set in another tab, or gone with "delete all" there.
  addEventListener('storage', notify);
  return () => {
    listeners.delete(notify);
    removeEventListener('storage', notify);
  };
}

export function useDiscreetTitle(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => readStored(localStorage, discreetTitle) === true,
    () => false,
  );
}
