import { useSelector } from '@xstate/react';
import { createContext, useContext } from 'react';
import type { Session, SessionActor } from './session.ts';

export const SessionContext = createContext<SessionActor | null>(null);

export function useSessionActor(): SessionActor {
  const actor = useContext(SessionContext);
  if (!actor) throw new Error('useSessionActor needs <SessionContext.Provider>');
  return actor;
}

export function useSession<T>(select: (session: Session) => T): T {
  return useSelector(useSessionActor(), (snapshot) => select(snapshot.context));
}
