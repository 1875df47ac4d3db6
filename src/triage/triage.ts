import flowJson from '../../flows/triage.json' with { type: 'json' };
import lawJson from '../../flows/law.json' with { type: 'json' };
import { createFlowMachine } from '../flow/machine.ts';
import { flowSchema, lawSchema } from '../flow/schema.ts';

/** The triage flow and law registry, validated once at load; tests hold them to the lint. */
export const flow = flowSchema.parse(flowJson);
export const law = lawSchema.parse(lawJson);
export const machine = createFlowMachine(flow);
