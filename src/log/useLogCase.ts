import { useState } from 'react';
import { caseOf, type Case } from '../case/case.ts';
import { moneyFacts } from '../case/money/moneyFacts.ts';
import { useLive } from '../case/triage.ts';

/**
 * The case as far as the log's flags depend on it: who lent the money (the triage's answer and the
 * money tools' saved facts) decides which rules bind the collector, so which flags are breaches
 * and which channels take a complaint.
 */
export function useLogCase(): Case {
  // The live path's answers, as the checklist and the letters read them: an answer left behind on
  // a branch the user turned away from must not decide which rules bind the collector.
  const { answers } = useLive();
  // The money tools' saved results, read once: they change only on their own pages.
  const [fromMoney] = useState(() => moneyFacts(localStorage));
  return caseOf(answers, fromMoney);
}
