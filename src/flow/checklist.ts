import { holds } from './conditions.ts';
import type { Live } from './replay.ts';
import type { Checklist, ChecklistItemSpec } from './schema.ts';

export type ChecklistItem = ChecklistItemSpec & { id: string };

/**
 * The checklist for a finished path: the items whose condition holds on the live answers,
 * in urgency order (the checklist's group order, then the order items are written in).
 * Derived on demand, never stored.
 */
export function checklistFor(checklist: Checklist, live: Live): ChecklistItem[] {
  if (!live.result) return [];
  const facts = { answers: live.answers, result: live.result };
  return Object.entries(checklist.items)
    .filter(([, item]) => item.when === undefined || holds(item.when, facts))
    .map(([id, item]) => ({ id, ...item }))
    .sort((a, b) => checklist.groups.indexOf(a.group) - checklist.groups.indexOf(b.group));
}
