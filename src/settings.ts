import { useSyncExternalStore } from 'react';
import { trySave } from './storage.ts';

const KEY = 'duice:discreetTitle';
const listeners = new Set<() => void>();

/**
 * "Discreet title": on a shared phone the tab list and app switcher show only a neutral
 * word instead of question text about debts. Kept on the device like everything else.
 */
export function setDiscreetTitle(on: boolean) {
  // If storage is full, the setting stays as it was and the user is told.
  trySave(() => (on ? localStorage.setItem(KEY, '1') : localStorage.removeItem(KEY)));
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
  return useSyncExternalStore(subscribe, () => localStorage.getItem(KEY) === '1', () => false);
}
