import checklistJson from '../../flows/checklist.json' with { type: 'json' };
import { caseWithFacts, type Case } from '../case/case.ts';
import { checklistFor, type ChecklistItem as ItemWithId } from '../flow/checklist.ts';
import type { Live } from '../flow/replay.ts';
import type { Checklist, ChecklistItemSpec } from '../flow/schema.ts';
import { channelIds, citationIds, type ChannelId, type CitationId } from '../law/law.ts';

/** An item as the triage reads it: its citations and channels are the registry's ids. */
type ItemSpec = Omit<ChecklistItemSpec, 'cites' | 'channels'> & { cites?: CitationId[]; channels?: ChannelId[] };
export type ChecklistItem = ItemWithId<ItemSpec>;

const spec = checklistJson as Checklist;

/**
 * The triage's checklist items. Only the checklist screen imports this, so the items arrive
 * with that screen instead of holding back the first question; the tests hold them to the
 * schema and the lint.
 */
export const checklist = {
  ...spec,
  items: Object.fromEntries(
    Object.entries(spec.items).map(([id, { cites, channels, ...item }]): [string, ItemSpec] => [
      id,
      { ...item, ...(cites && { cites: citationIds(cites) }), ...(channels && { channels: channelIds(channels) }) },
    ]),
  ),
};

/**
 * The checklist for the live path and the tools' facts (the log's, the money tools'), with the
 * case they make: the items' conditions read the case's own facts (case.debtRecognised…), so the
 * checklist weighs the answers the way every other output does.
 */
export function triageChecklist(live: Live, toolFacts: ReadonlySet<string> = new Set()): { theCase: Case; items: ChecklistItem[] } {
  const { theCase, facts } = caseWithFacts(live.answers, toolFacts);
  return { theCase, items: checklistFor(checklist, live, facts) };
}

/** How many actions lead the checklist: a frightened person reads the first screen only. */
export const TODAY_MAX = 3;

/** The first few items the case shows, in the order of `today` (the flow data's priority rules). */
export function todayFirst(items: readonly ChecklistItem[]): ChecklistItem[] {
  const shown = new Map(items.map((item) => [item.id, item]));
  return checklist.today.flatMap((id) => shown.get(id) ?? []).slice(0, TODAY_MAX);
}
