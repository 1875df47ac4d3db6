import lawJson from '../../flows/law.json' with { type: 'json' };
import type { Law } from '../flow/schema.ts';

/** The citation registry every piece of advice cites from (checked by the tests, like the flow). */
export const law = lawJson as Law;
