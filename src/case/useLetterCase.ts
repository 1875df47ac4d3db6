import { useMemo, useState } from 'react';
import { toLocalDateTime } from './log/entry.ts';
import { imageCount, logFacts, useLog } from './log/logState.ts';
import { moneyFacts, planProposalFor } from './money/moneyFacts.ts';
import { loadServiceDates } from './serviceDates.ts';
import { sharedValue, useSharedValue, type SaveResult } from '../lib/storage.ts';
import { useLive } from './triage.ts';
import { caseFrom, mostFrequent, type LetterCase } from './letterCase.ts';
import { loadDetails, saveDetails, storedDetails, type Details } from './details.ts';

/**
 * The user's case for the letters: the live triage answers, the contact log and the details they
 * typed, with the agency and lender prefilled from the log and the repayment proposal from the
 * saved plan where the user has not typed them.
 * Undefined while the log is being read, so no draft is written from half the facts.
 */
export function useLetterCase(): {
  letterCase?: LetterCase;
  discarded: boolean;
  /** The details as saved, the same object until they change (here or in another tab). */
  saved: Details;
  save: (details: Details) => SaveResult | 'pending';
} {
  const live = useLive();
  const log = useLog();
  // Unreadable details are removed as they are read; the notice stays until details are saved again.
  const [{ details, discarded }, kept] = useSharedValue(() =>
    sharedValue(
      localStorage,
      storedDetails.key,
      () => loadDetails(localStorage),
      ({ details }) => saveDetails(localStorage, details),
    ),
  );
  const save = (next: Details) => kept.set({ details: next, discarded: false });
  // The money tools' saved results, read once: they change only on their own pages.
  const [fromMoney] = useState(() => moneyFacts(localStorage));
  const today = toLocalDateTime(new Date()).slice(0, 10);
  // The dates court papers were served, as the checklist's deadline has them; read once, like the money facts.
  const [{ served }] = useState(() => loadServiceDates(localStorage, today));
  const entries = log.status === 'ready' ? log.entries : [];
  const lenderName = details.lenderName || mostFrequent(entries, 'lender');
  // The repayment plan's proposal for this lender, unless the user typed their own; worked out
  // again only when the lender changes, not on every render.
  const typedOwn = Boolean(details.perMonth || details.months);
  const proposal = useMemo(() => (typedOwn ? undefined : planProposalFor(localStorage, lenderName)), [typedOwn, lenderName]);
  if (log.status === 'loading') return { discarded, saved: details, save };
  const prefilled = {
    ...details,
    ...proposal,
    servedOn: details.servedOn || served.paymentOrder || served.lawsuit || '',
    agencyName: details.agencyName || mostFrequent(entries, 'organisation'),
    lenderName,
  };
  const report = log.status === 'ready' ? log.report : undefined;
  const images = log.status === 'ready' ? imageCount(log.images) : 0;
  const facts = new Set([...(report ? logFacts(report) : []), ...fromMoney]);
  return { letterCase: caseFrom({ details: prefilled, answers: live.answers, facts, entries, report, images, today }), discarded, saved: details, save };
}
