import { holds } from './conditions.ts';
import type { Live } from './replay.ts';
import type { Checklist, ChecklistItemSpec } from './schema.ts';

export type ChecklistItem = ChecklistItemSpec & { id: string };

/**
 * The checklist for a finished path: the items whose condition holds on the live answers and
 * the facts the rest of the app supplies (the contact log's flags),
 * in urgency order (the checklist's group order, then the order items are written in).
 * Derived on demand, never stored.
 */
export function checklistFor(checklist: Checklist, live: Live, facts: ReadonlySet<string> = new Set()): ChecklistItem[] {
  if (!live.result) return [];
  const known = { answers: live.answers, result: live.result, facts };
  return Object.entries(checklist.items)
    .filter(([, item]) => item.when === undefined || holds(item.when, known))
    .map(([id, item]) => ({ id, ...item }))
    .sort((a, b) => checklist.groups.indexOf(a.group) - checklist.groups.indexOf(b.group));
}
