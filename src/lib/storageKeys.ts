import flow from '../../flows/triage.json' with { type: 'json' };
import { storageKey as answersKey } from '../flow/persistence.ts';
import type { Flow } from '../flow/schema.ts';

/** Every key this app writes starts with this, so "delete all my data" can find them all. */
export const APP_PREFIX = 'duice:';

/**
 * Every key this app keeps a value under in localStorage, in one list: "delete all my data"
 * removes every key that starts with `duice:`, and a test fills each of these through the app's own
 * save functions and checks none survives. A new saved value gets its key here.
 */
export const STORAGE_KEYS = {
  /** The triage's answers (flow/persistence.ts has the format; the engine names the key). */
  answers: answersKey(flow as Flow),
  /** The checklist items the user ticked. */
  ticks: `duice:ticks:${flow.id}`,
  language: 'duice:lang',
  discreetTitle: 'duice:discreetTitle',
  letterDetails: 'duice:letters',
  costForm: 'duice:money:cost',
  planForm: 'duice:money:plan',
  /** When each court paper was served, for its last day (case/serviceDates.ts). */
  courtService: 'duice:courtService',
  /** The complaints the user filed, to follow up (case/complaints.ts). */
  complaints: 'duice:complaints',
} as const;

/** A letter draft the user changed by hand, one key per draft (and addressee). */
export const draftEditKey = (draft: string) => `duice:letters:edit:${draft}`;

/** Where an earlier version kept every edited draft in one value; read once, to move them (case/details.ts). */
export const EARLIER_DRAFT_EDITS_KEY = 'duice:letters:edits';

/**
 * In the tab's sessionStorage, not localStorage: set by a quick exit, so that Back into the app lands
 * on the blank page again (app/QuickExit.tsx). It holds nothing of the user's and ends with the tab.
 */
export const EXITED_KEY = 'duice:exited';
