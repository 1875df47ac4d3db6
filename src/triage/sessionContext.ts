import { useSelector } from '@xstate/react';
import { createContext, useContext } from 'react';
import type { Session, SessionActor } from './session.ts';
import { flow, liveFor } from './triage.ts';

export const SessionContext = createContext<SessionActor | null>(null);

export function useSessionActor(): SessionActor {
  const actor = useContext(SessionContext);
  if (!actor) throw new Error('useSessionActor needs <SessionContext.Provider>');
  return actor;
}

export function useSession<T>(select: (session: Session) => T): T {
  return useSelector(useSessionActor(), (snapshot) => select(snapshot.context));
}

/** The live path for the current answers. */
export function useLive() {
  const answers = useSession((s) => s.answers);
  return liveFor(answers);
}

/** The page that shows a node: results are all shown by the checklist page. */
export function pathOf(nodeId: string): string {
  return flow.nodes[nodeId].type === 'result' ? '/checklist' : `/q/${nodeId}`;
}
