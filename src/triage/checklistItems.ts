import checklistJson from '../../flows/checklist.json' with { type: 'json' };
import type { Checklist } from '../flow/schema.ts';

/**
 * The triage's checklist items. Only the checklist screen imports this, so the items arrive
 * with that screen instead of holding back the first question; the tests hold them to the
 * schema and the lint.
 */
export const checklist = checklistJson as Checklist;
