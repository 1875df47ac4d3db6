import { holds } from './conditions.ts';
import type { Live } from './replay.ts';
import type { Checklist, ChecklistItemSpec } from './schema.ts';

/** An item and its id; `Spec` lets a caller keep the narrower types it gave its items (registry ids). */
export type ChecklistItem<Spec extends ChecklistItemSpec = ChecklistItemSpec> = Spec & { id: string };

/**
 * The checklist for a finished path: the items whose condition holds on the live answers and
 * the facts the rest of the app supplies (the contact log's flags),
 * in urgency order (the checklist's group order, then the order items are written in).
 * Derived on demand, never stored.
 */
export function checklistFor<Spec extends ChecklistItemSpec>(
  checklist: Omit<Checklist, 'items'> & { items: Record<string, Spec> },
  live: Live,
  facts: ReadonlySet<string> = new Set(),
): ChecklistItem<Spec>[] {
  if (!live.result) return [];
  const known = { answers: live.answers, result: live.result, facts };
  return Object.entries(checklist.items)
    .filter(([, item]) => item.when === undefined || holds(item.when, known))
    .map(([id, item]) => ({ id, ...item }))
    .sort((a, b) => checklist.groups.indexOf(a.group) - checklist.groups.indexOf(b.group));
}
