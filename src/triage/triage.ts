import flowJson from '../../flows/triage.json' with { type: 'json' };
import lawJson from '../../flows/law.json' with { type: 'json' };
import { createFlowMachine } from '../flow/machine.ts';
import type { Flow, Law } from '../flow/schema.ts';

/**
 * The triage flow and law registry. The tests hold both to the schema and the lint, so the
 * phone does not download a schema library to check them again at every start.
 */
export const flow = flowJson as Flow;
export const law = lawJson as Law;
export const machine = createFlowMachine(flow);
