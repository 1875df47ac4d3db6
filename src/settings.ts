import { useSyncExternalStore } from 'react';

const KEY = 'duice:discreetTitle';
const listeners = new Set<() => void>();

/**
 * "Discreet title": on a shared phone the tab list and app switcher show only a neutral
 * word instead of question text about debts. Kept on the device like everything else.
 */
export function setDiscreetTitle(on: boolean) {
  if (on) localStorage.setItem(KEY, '1');
  else localStorage.removeItem(KEY);
  listeners.forEach((notify) => notify());
}

export function useDiscreetTitle(): boolean {
  return useSyncExternalStore(
    (notify) => (listeners.add(notify), () => listeners.delete(notify)),
    () => localStorage.getItem(KEY) === '1',
    () => false,
  );
}
