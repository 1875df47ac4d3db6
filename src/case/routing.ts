/**
 * Which complaint channels fit a case, in the order to use them (legal-cn §D). Channels legal-cn
 * leaves unconfirmed are not offered: 12378 for small-loan companies (whether it passes them on
 * is U), 12363 (whether it still runs is U), a 12321 phone line (U); 12315 does not take them.
 */

import type { LenderType } from './case.ts';

/** What happened, as far as routing cares. */
export type Concern =
  /** Threats, entering the home, impersonating the authorities, spreading private information: 110. */
  | 'police'
  /** Calls at night, too many calls, spam texts: 12321 takes nuisance calls and texts. */
  | 'nuisance'
  /** Relatives, colleagues or contacts were contacted or told about the debt. */
  | 'thirdParty';

/** `lender`: the lender's own complaint line (not a rule, so not in the law registry). */
export type Channel = 'police110' | 'lender' | 'nfra12378' | 'localFinance' | 'nifaReport' | 'report12321';

export type Route = { channel: Channel; reason: RouteReason };
export type RouteReason = 'safety' | 'lenderFirst' | 'bankRegulator' | 'localRegulator' | 'platformReport' | 'nuisance';

/**
 * The lender first (legal-cn D; advice F1: "先向借款平台官方投诉、再向有关部门举报"), then whoever
 * supervises that kind of lender. A private lender has no financial regulator; when the user does
 * not know the lender, finding out comes first (see `needsLenderFound`).
 */
const BY_LENDER: Record<LenderType, Route[]> = {
  bankCard: [
    { channel: 'lender', reason: 'lenderFirst' },
    { channel: 'nfra12378', reason: 'bankRegulator' },
  ],
  bankLoan: [
    { channel: 'lender', reason: 'lenderFirst' },
    { channel: 'nfra12378', reason: 'bankRegulator' },
  ],
  consumerFinance: [
    { channel: 'lender', reason: 'lenderFirst' },
    { channel: 'nfra12378', reason: 'bankRegulator' },
  ],
  smallLoan: [
    { channel: 'lender', reason: 'lenderFirst' },
    { channel: 'localFinance', reason: 'localRegulator' },
  ],
  platform: [
    { channel: 'lender', reason: 'lenderFirst' },
    { channel: 'nifaReport', reason: 'platformReport' },
  ],
  private: [],
  dontKnow: [],
};

/** Safety first: 110 leads when it applies; nuisance calls and texts can also go to 12321. */
export function routesFor(lender: LenderType | undefined, concerns: ReadonlySet<Concern>): Route[] {
  return [
    ...(concerns.has('police') ? [{ channel: 'police110', reason: 'safety' } as const] : []),
    ...BY_LENDER[lender ?? 'dontKnow'],
    ...(concerns.has('nuisance') ? [{ channel: 'report12321', reason: 'nuisance' } as const] : []),
  ];
}

/** Where the lender is unknown or only a platform, the channel depends on who actually lent. */
export const needsLenderFound = (lender: LenderType | undefined) => lender === undefined || lender === 'dontKnow' || lender === 'platform';
