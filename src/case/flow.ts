import flowJson from '../../flows/triage.json' with { type: 'json' };
import type { Flow } from '../flow/schema.ts';

/**
 * The triage flow's data: enough for the session to save answers and for links to name screens.
 * The tests hold it to the schema and the lint, so the phone does not download a schema library
 * to check it again at every start. The machine built from it lives in triage.ts.
 */
export const flow = flowJson as Flow;

/** The page that shows a node: results are all shown by the checklist page. */
export function pathOf(nodeId: string): string {
  return flow.nodes[nodeId].type === 'result' ? '/checklist' : `/q/${nodeId}`;
}
