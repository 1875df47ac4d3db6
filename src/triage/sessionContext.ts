import { useSelector } from '@xstate/react';
import { createContext, useContext, useMemo } from 'react';
import { replay } from '../flow/replay.ts';
import type { Session, SessionActor } from './session.ts';
import { flow, machine } from './triage.ts';

export const SessionContext = createContext<SessionActor | null>(null);

export function useSessionActor(): SessionActor {
  const actor = useContext(SessionContext);
  if (!actor) throw new Error('useSessionActor needs <SessionContext.Provider>');
  return actor;
}

export function useSession<T>(select: (session: Session) => T): T {
  return useSelector(useSessionActor(), (snapshot) => select(snapshot.context));
}

/** The live path, recomputed from the answers whenever they change. */
export function useLive() {
  const answers = useSession((s) => s.answers);
  return useMemo(() => replay(flow, machine, answers), [answers]);
}

/** The page that shows a node: results are all shown by the checklist page. */
export function pathOf(nodeId: string): string {
  return flow.nodes[nodeId].type === 'result' ? '/checklist' : `/q/${nodeId}`;
}
