/**
 * The core journeys through the triage, as data. `crossEngine.spec.ts` runs each of them, step
 * by step, in every engine (Chromium, WebKitGTK, Firefox): this file is the one description.
 * The text to tap and to expect is the Simplified Chinese copy, so a wording change follows.
 */
import triageFlow from '../../flows/triage.json' with { type: 'json' };
import zhLetters from '../../locales/zh-CN/letters.json' with { type: 'json' };
import zhLog from '../../locales/zh-CN/log.json' with { type: 'json' };
import zhTriage from '../../locales/zh-CN/triage.json' with { type: 'json' };
import zhUi from '../../locales/zh-CN/ui.json' with { type: 'json' };

const tt = zhTriage;
const ui = zhUi;
const letters = zhLetters;
const log = zhLog;

export type NodeId = keyof typeof zhTriage.nodes;
/** The answers given, screen by screen: `[node, answer id or ids]`; an info screen has no answer and is just continued. */
export type Answers = readonly (readonly [NodeId, (string | readonly string[])?])[];

export type Step =
  /** Go to this address, as a fresh visit (typed in, or opened from a bookmark). */
  | { open: string }
  /** Answer each screen in turn, checking first that its heading is the one expected. */
  | { answer: Answers }
  /** Tap the link, button or "why" toggle whose text is exactly this, inside `within` (a CSS selector) if given. */
  | { press: string; within?: string }
  | { heading: string }
  | { headingFocused: true }
  /** The address (path) is exactly this. */
  | { path: string }
  /** The answer with this label is ticked. */
  | { checked: string }
  /**
   * The checklist's items (`[data-item]` ids): `include` all shown with their titles, none of
   * `exclude`, `first` leading (the always-present `stayCalm` aside), each pair of `order` in that order.
   */
  | { items: { include?: string[]; exclude?: string[]; first?: string; order?: [string, string][] } }
  /**
   * The "today" panel: its first action is `first`, with its controls inside the first screen
   * (unscrolled); it also holds `include`; `calls` are the numbers each action's tel: links dial.
   */
  | { today: { first: string; include?: string[]; calls?: Record<string, string[]> } }
  /** The screen's `tel:` links dial these numbers, in this order, and the first is inside the first screen (unscrolled). */
  | { dial: string[] }
  /** Within checklist item `item`, (opened) citation `cite` shows the rule kind `kind`. */
  | { citeKind: { item: string; cite: string; kind: string } }
  /** Within checklist item `item`, no shown citation is of kind `kind`. */
  | { noKind: { item: string; kind: string } }
  /**
   * The page shows this text (whitespace aside), or with `absent` does not; `in` narrows it to an
   * element (a CSS selector), whose value is read if it is a text box (a draft).
   */
  | { text: string; in?: string; absent?: true }
  /**
   * Give the field labelled exactly so this value, as its picker would (input and change events).
   * Typing into a date field differs by engine and locale; courtDeadline.spec.ts types one in Chromium.
   */
  | { fill: string; value: string }
  /** Tap the radio button or checkbox labelled exactly so. */
  | { choose: string }
  /** Pick `images` image files (drawn in the page; the second a JPEG photo with an EXIF GPS position) in the file field labelled so. */
  | { attach: string; images: number }
  /** Exactly `images` images inside `in` (a CSS selector), each loaded and decoded. */
  | { images: number; in: string }
  /** The rest of the journey needs this of the driver: in an engine whose driver lacks it the journey ends here, and the test says so. */
  | { needs: 'keepsBlobs' }
  /**
   * From the heading, Tab reaches the read-aloud control and Enter presses it: it then reads (its
   * label turns to 暂停) or, with no voice on this machine for the language, says so in its place.
   */
  | { readAloud: true }
  /** The page does not scroll sideways. */
  | { noSidewaysScroll: true }
  /** Every visible link, button, select, summary and label is at least 44×44 CSS px (engines lay out controls differently). */
  | { tapTargets: true }
  | { reload: true }
  | { back: true }
  | { forward: true }
  /** Close the tab and open a new one (same browser profile). */
  | { newTab: true }
  /** Save a whole-page screenshot as `.reports/screenshots/<engine>/<journey name>.png`. */
  | { screenshot: true };

/** An info screen's way on: a screen that leads with numbers to call says that the answers are kept. */
export const continueLabel = (nodeId: string) =>
  'call' in (triageFlow.nodes as Record<string, object>)[nodeId] ? ui.question.continueKept : ui.question.continue;

export type Journey = { name: string; title: string; steps: Step[] };

const noSafetyFlags = [['danger', ['none']]] as const satisfies Answers;

/**
 * Someone claiming to be from a court wants the money in someone's personal account, and a real
 * payment order has arrived too: the warning is shown on the way, and the questions go on.
 */
export const courtCallerWantsPersonalAccount = [
  ...noSafetyFlags,
  ['caller', 'authority'],
  ['debtMatches', 'dontKnow'],
  ['payRequests', ['personalAccount']],
  ['scamWarning'],
  ['moneySent', ['none']],
  ['conduct', ['impersonation']],
  ['lender', 'dontKnow'],
  ['court', 'paymentOrder'],
  ['canPay', 'nothing'],
  ['circumstances', ['none']],
  ['goal', 'notSure'],
] as const satisfies Answers;

/** A collection agency for a bank card debt the user recognises, no court papers, part payable, a complaint wanted. */
export const agencyBankCardComplaint = [
  ...noSafetyFlags,
  ['caller', 'agency'],
  ['debtMatches', 'matches'],
  ['payRequests', ['none']],
  ['conduct', ['none']],
  ['lender', 'bankCard'],
  ['court', 'none'],
  ['canPay', 'part'],
  ['circumstances', ['none']],
  ['goal', 'complain'],
] as const satisfies Answers;

/** The lender itself, a recognised debt, a payment order, part of it payable, negotiation wanted. */
export const paymentOrderPartPay = [
  ...noSafetyFlags,
  ['caller', 'lender'],
  ['debtMatches', 'matches'],
  ['payRequests', ['none']],
  ['conduct', ['none']],
  ['lender', 'consumerFinance'],
  ['court', 'paymentOrder'],
  ['canPay', 'part'],
  ['circumstances', ['none']],
  ['goal', 'negotiate'],
] as const satisfies Answers;

/** The same payment order, for an amount the user disputes: the one case an objection is drafted for (民诉法解释第436条). */
export const paymentOrderDisputed = paymentOrderPartPay.map(([node, answer]) => [node, node === 'debtMatches' ? 'differs' : answer] as const) satisfies Answers;

const dayOf = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const written = (date: Date, weekday?: 'long') => new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', weekday }).format(date);
/**
 * A payment order signed for five days ago by this machine's clock, which the browsers share (no
 * engine but Chromium lets a test set the page's clock): the day after is day 1, so day 15, the
 * last day, is ten days from today (legal-cn H), whichever day the tests run.
 */
const now = new Date();
const served = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 5);
const lastDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 10);
const objectionPanel = '[data-today="objectPaymentOrder"]';
const servedFiveDaysAgo: Step[] = [
  { fill: ui.deadline.servedLabel, value: dayOf(served) },
  { text: `最后一天：${written(lastDay, 'long')}`, in: objectionPanel },
  { text: '还有 10 天', in: objectionPanel },
];

const begin: Step[] = [{ open: '/' }, { press: ui.start.begin }];
const toChecklist: Step[] = [{ path: '/review' }, { press: ui.review.seeChecklist }, { path: '/checklist' }];
const why = ui.checklist.why;

export const journeys: Journey[] = [
  {
    name: 'scam-court-personal-account',
    title: 'a payment order holder also asked to pay a personal account sees the scam warning and the 15-day objection',
    steps: [
      ...begin,
      { answer: courtCallerWantsPersonalAccount },
      ...toChecklist,
      { heading: tt.nodes.checklist.title },
      { today: { first: 'objectPaymentOrder', include: ['scamStopPaying'], calls: { scamStopPaying: ['110'] } } },
      { text: tt.nodes.scamWarning.title, in: '.notice.warning' },
      {
        items: {
          first: 'objectPaymentOrder',
          include: ['objectPaymentOrder', 'scamStopPaying', 'reportImpersonation', 'courtPapersAreServed', 'askDebtBasis'],
          exclude: ['contactLenderDirectly', 'realisticOffer'],
          order: [['objectPaymentOrder', 'scamStopPaying']],
        },
      },
      { noSidewaysScroll: true },
      { tapTargets: true },
      { screenshot: true },
    ],
  },
  {
    name: 'night-calls-credit-card-complain',
    title: 'night calls and relatives told about a credit card debt: complain to the bank and 12378, with the right kinds of rule',
    steps: [
      ...begin,
      {
        answer: [
          ...noSafetyFlags,
          ['caller', 'agency'],
          ['debtMatches', 'matches'],
          ['payRequests', ['none']],
          ['conduct', ['nightCalls', 'toldOthers']],
          ['lender', 'bankCard'],
          ['court', 'none'],
          ['canPay', 'part'],
          ['circumstances', ['none']],
          ['goal', 'complain'],
        ],
      },
      ...toChecklist,
      { heading: tt.nodes.checklist.title },
      {
        items: {
          include: ['recordCalls', 'keepScreenshots', 'nightCalls', 'thirdParties', 'complainToLender', 'complain12378'],
          exclude: ['complainLocalRegulator'],
          order: [['complainToLender', 'complain12378']],
        },
      },
      // The night-call limit is a national standard and self-regulation, never shown as law.
      { press: why, within: '[data-item="nightCalls"]' },
      { citeKind: { item: 'nightCalls', cite: 'gbt45251', kind: ui.kind.standard } },
      { citeKind: { item: 'nightCalls', cite: 'bankAssocGuide', kind: ui.kind.selfRegulation } },
      { noKind: { item: 'nightCalls', kind: ui.kind.law } },
      // Telling relatives about the debt does rest on law.
      { press: why, within: '[data-item="thirdParties"]' },
      { citeKind: { item: 'thirdParties', cite: 'civilCode1033', kind: ui.kind.law } },
      { noSidewaysScroll: true },
      { tapTargets: true },
      { screenshot: true },
    ],
  },
  {
    name: 'payment-order-part-pay',
    title: 'a payment order received comes first, with a written objection within 15 days, then negotiation without an instalment offer',
    steps: [
      ...begin,
      { answer: paymentOrderPartPay },
      ...toChecklist,
      { heading: tt.nodes.checklist.title },
      { today: { first: 'objectPaymentOrder', include: ['contactLenderDirectly'] } },
      ...servedFiveDaysAgo,
      {
        items: {
          first: 'objectPaymentOrder',
          include: ['objectPaymentOrder', 'contactLenderDirectly', 'prepareHardshipFile', 'getItInWriting'],
          // Asking for instalments does not stop a payment order (民诉法解释第436条).
          exclude: ['realisticOffer', 'creditCardInstalment'],
        },
      },
      { press: why, within: '[data-item="objectPaymentOrder"]' },
      { citeKind: { item: 'objectPaymentOrder', cite: 'civProc225', kind: ui.kind.law } },
      { noSidewaysScroll: true },
      { tapTargets: true },
      { screenshot: true },
      // The case summary for an adviser carries the same last day, and can be read aloud.
      { press: ui.checklist.summaryLink },
      { heading: letters.summary.title },
      { text: `书面异议的最后一天：${written(lastDay, 'long')}` },
      { text: '12348' },
      { readAloud: true },
    ],
  },
  {
    name: 'payment-order-objection',
    title: 'a payment order for a disputed amount: the last day at the top of the checklist, and the objection to print names the day it was served',
    steps: [
      ...begin,
      { answer: paymentOrderDisputed },
      ...toChecklist,
      { today: { first: 'objectPaymentOrder' } },
      ...servedFiveDaysAgo,
      { open: '/letters' },
      { press: letters.drafts.objection.name },
      { heading: letters.drafts.objection.name },
      // The printed letter is the text alone, the date from the checklist in it.
      { text: letters.drafts.objection.title, in: '.draft-print' },
      { text: `异议人于${written(served)}收到`, in: '.draft-print' },
      { noSidewaysScroll: true },
    ],
  },
  {
    name: 'log-entry-images',
    title: 'a text message logged with a screenshot and a photo: both are kept, and show as thumbnails in the form and in the log',
    steps: [
      { open: '/log' },
      { heading: log.page.title },
      { press: log.page.add },
      { heading: log.form.newTitle },
      { choose: log.kinds.sms },
      { attach: log.images.add, images: 2 },
      { images: 2, in: '.entry-images .thumbnail' },
      { needs: 'keepsBlobs' },
      { press: log.form.save },
      { heading: log.page.title },
      { images: 2, in: '.log-entry .thumbnail' },
      { reload: true },
      { images: 2, in: '.log-entry .thumbnail' },
      { noSidewaysScroll: true },
      { screenshot: true },
    ],
  },
  {
    name: 'unrecognised-debt-basis-letter',
    title: 'a debt the user does not recognise gets a request for its basis and no admission, in the checklist or the letters',
    steps: [
      ...begin,
      {
        answer: [
          ...noSafetyFlags,
          ['caller', 'agency'],
          ['debtMatches', 'noDebt'],
          ['payRequests', ['none']],
          ['conduct', ['manyCalls']],
          ['lender', 'consumerFinance'],
          ['court', 'none'],
          ['canPay', 'part'],
          ['circumstances', ['none']],
          ['goal', 'negotiate'],
        ],
      },
      ...toChecklist,
      {
        items: {
          include: ['askDebtBasis', 'checkBeforeNegotiating'],
          exclude: ['contactLenderDirectly', 'realisticOffer', 'getItInWriting', 'payInFullOfficially'],
        },
      },
      { open: '/letters' },
      { heading: letters.page.title },
      { text: letters.page.negotiateLater },
      { text: letters.drafts.negotiate.name, absent: true },
      { press: letters.drafts.basis.name },
      { heading: letters.drafts.basis.name },
      { text: letters.drafts.basis.purpose, in: 'textarea' },
      { text: '还款安排', in: 'textarea', absent: true },
      { text: letters.draft.offersToPay, absent: true },
      { open: '/letters/negotiate' },
      { text: letters.draft.notOffered },
      { noSidewaysScroll: true },
      { screenshot: true },
    ],
  },
  {
    name: 'private-lender-own-account',
    title: "a private lender's own account is the normal way to repay: no scam warning, and no standards that bind only institutions",
    steps: [
      ...begin,
      { answer: [...noSafetyFlags, ['caller', 'lender'], ['debtMatches', 'matches']] },
      { heading: tt.nodes.payRequests.title },
      { text: tt.nodes.payRequests.hint },
      {
        answer: [
          ['payRequests', ['none']],
          ['conduct', ['nightCalls', 'threats']],
          ['lender', 'private'],
          ['court', 'none'],
          ['canPay', 'part'],
          ['circumstances', ['none']],
          ['goal', 'complain'],
        ],
      },
      ...toChecklist,
      { text: tt.nodes.scamWarning.title, absent: true },
      {
        items: {
          include: ['privateLenderComplaint', 'threatsInsults'],
          exclude: ['scamStopPaying', 'nightCalls', 'complain12378', 'complainToLender', 'officialLine'],
        },
      },
      { noSidewaysScroll: true },
      { screenshot: true },
    ],
  },
  {
    name: 'danger-call-first',
    title: 'someone at the door: 110 and 120 lead the screen, and going on to the debt questions comes second',
    steps: [
      ...begin,
      { answer: [['danger', ['threatened']]] },
      { heading: tt.nodes.dangerHelp.title },
      { dial: ['110', '120'] },
      { tapTargets: true },
      { screenshot: true },
      { press: ui.question.continueKept },
      { heading: tt.nodes.caller.title },
    ],
  },
  {
    name: 'crisis-call-first',
    title: 'thoughts of self-harm: the 12356 help line leads the screen, then 120 and 110, with no source footnote',
    steps: [
      ...begin,
      { answer: [['danger', ['selfHarm']]] },
      { heading: tt.nodes.crisisHelp.title },
      { dial: ['12356', '120', '110'] },
      { text: ui.kind.channel, absent: true },
      { tapTargets: true },
      { screenshot: true },
      { press: ui.question.continueKept },
      { heading: tt.nodes.caller.title },
    ],
  },
  {
    name: 'scam-money-sent',
    title: 'money already sent to a scammer: the warning leads with 110, and the checklist starts with 110 and the account details',
    steps: [
      ...begin,
      { answer: [...noSafetyFlags, ['caller', 'agency'], ['debtMatches', 'dontKnow'], ['payRequests', ['personalAccount']]] },
      { heading: tt.nodes.scamWarning.title },
      { dial: ['110'] },
      { screenshot: true },
      {
        answer: [
          ['scamWarning'],
          ['moneySent', ['transferred', 'gaveCodes']],
          ['conduct', ['manyCalls']],
          ['lender', 'platform'],
          ['court', 'none'],
          ['canPay', 'nothing'],
          ['circumstances', ['none']],
          ['goal', 'notSure'],
        ],
      },
      ...toChecklist,
      { today: { first: 'moneySentCall110', include: ['freezeOwnCard', 'scamStopPaying'], calls: { moneySentCall110: ['110'] } } },
      { noSidewaysScroll: true },
    ],
  },
  {
    name: 'reload-resume',
    title: 'progress survives a reload and closing the tab',
    steps: [
      ...begin,
      { answer: [...noSafetyFlags, ['caller', 'agency']] },
      { path: '/q/debtMatches' },
      { reload: true },
      { heading: tt.nodes.debtMatches.title },
      { newTab: true },
      { open: '/' },
      { press: ui.start.resume },
      { heading: tt.nodes.debtMatches.title },
    ],
  },
  {
    name: 'browser-back',
    title: 'browser Back and Forward match the in-app Back link, and answers stay filled in',
    steps: [
      ...begin,
      { answer: [...noSafetyFlags, ['caller', 'legalDept']] },
      { back: true },
      { heading: tt.nodes.caller.title },
      { checked: tt.nodes.caller.answers.legalDept },
      { forward: true },
      { heading: tt.nodes.debtMatches.title },
      { press: ui.question.back },
      { heading: tt.nodes.caller.title },
      { headingFocused: true },
    ],
  },
];
