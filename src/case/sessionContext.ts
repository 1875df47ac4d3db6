import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Session, SessionStore } from './session.ts';

export const SessionContext = createContext<SessionStore | null>(null);

/** The session store, to send it events (the name is older than the store: it was an XState actor). */
export function useSessionActor(): SessionStore {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSessionActor needs <SessionContext.Provider>');
  return session;
}

/**
 * A part of the session, and a new render whenever it changes. `select` must give the same value
 * for the same session (a part of it, or a primitive), not build a new object each time.
 */
export function useSession<T>(select: (session: Session) => T): T {
  const { subscribe, getSnapshot } = useSessionActor();
  const selected = () => select(getSnapshot());
  // The same on the server: the build's prerender and the adoption of its page read the session too.
  return useSyncExternalStore(subscribe, selected, selected);
}
