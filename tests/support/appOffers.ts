import { CASE_FACTS } from '../../src/case/case.ts';
import type { AppOffers } from '../../src/flow/lint.ts';
import { FLAG_IDS } from '../../src/case/log/flags.ts';
import { logFact } from '../../src/case/log/logState.ts';
import { MONEY_FACTS } from '../../src/case/money/moneyFacts.ts';
import { TOOLS } from '../../src/lib/tools.ts';

/** The facts and tools the real app supplies to the triage checklist. */
export const appOffers: AppOffers = { facts: [...FLAG_IDS.map(logFact), ...MONEY_FACTS, ...CASE_FACTS], tools: Object.keys(TOOLS) };
