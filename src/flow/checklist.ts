import { holds } from './conditions.ts';
import type { Live } from './replay.ts';
import type { ChecklistItemSpec, Flow } from './schema.ts';

export type ChecklistItem = ChecklistItemSpec & { id: string };

/**
 * The checklist for a finished path: the items whose condition holds on the live answers,
 * in urgency order (the flow's group order, then the order items are written in).
 * Derived on demand, never stored.
 */
export function checklistFor(flow: Flow, live: Live): ChecklistItem[] {
  if (!live.result) return [];
  const facts = { answers: live.answers, result: live.result };
  return Object.entries(flow.checklist)
    .filter(([, item]) => item.when === undefined || holds(item.when, facts))
    .map(([id, item]) => ({ id, ...item }))
    .sort((a, b) => flow.groups.indexOf(a.group) - flow.groups.indexOf(b.group));
}
