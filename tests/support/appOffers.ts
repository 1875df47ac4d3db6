import type { AppOffers } from '../../src/flow/lint.ts';
import { FLAG_IDS } from '../../src/log/flags.ts';
import { logFact } from '../../src/log/logState.ts';
import { TOOLS } from '../../src/tools.ts';

/** The facts and tools the real app supplies to the triage checklist. */
export const appOffers: AppOffers = { facts: FLAG_IDS.map(logFact), tools: Object.keys(TOOLS) };
