import { z } from 'zod';

/** Ids double as i18next key segments and XState state names, so no dots. */
const id = z.string().regex(/^[a-z][a-zA-Z0-9]*$/);

export type Condition =
  | { q: string; in: string[] }
  | { q: string; has: string[] }
  | { result: string[] }
  /** A fact from outside the flow, e.g. "log.night": the contact log holds a night contact. */
  | { fact: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: id, in: z.array(id).min(1) }),
    z.strictObject({ q: id, has: z.array(id).min(1) }),
    z.strictObject({ result: z.array(id).min(1) }),
    z.strictObject({ fact: z.string().regex(/^[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$/) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/** Either one fixed next node, or routes tried in order; the last route has no `when`. */
const nextSchema = z.union([
  id,
  z
    .array(z.strictObject({ when: conditionSchema.optional(), to: id }))
    .min(1)
    .refine((routes) => routes.at(-1)!.when === undefined && routes.slice(0, -1).every((r) => r.when), {
      message: 'only the last route is the default (no `when`)',
    }),
]);

const citeIds = z.array(id).optional();
/** A page of the app that helps with the screen's question, linked quietly from it (its address: src/lib/tools.ts). */
const guide = z.enum(['courtCheck']).optional();
/** Ids of the advice inventory (../shared/content/advice-inventory.md) that a screen or item carries. */
const adviceIds = z.array(z.string().regex(/^[A-J][0-9]+$/)).optional();

const questionSchema = z.strictObject({
  type: z.literal('question'),
  stage: id,
  multiple: z.boolean().optional(),
  cites: citeIds,
  advice: adviceIds,
  answers: z.array(z.strictObject({ id, exclusive: z.boolean().optional() })).min(2),
  guide,
  next: nextSchema,
});

/** Emergency and help lines an item or screen offers as one-tap `tel:` links; no other number. */
const callNumbers = z.array(z.enum(['110', '120', '12356'])).optional();

const infoSchema = z.strictObject({
  type: z.literal('info'),
  stage: id,
  /** The screen's first actions: numbers to call now, before anything to read. */
  call: callNumbers,
  cites: citeIds,
  channels: citeIds,
  advice: adviceIds,
  guide,
  next: nextSchema,
});

const resultSchema = z.strictObject({ type: z.literal('result') });

const checklistItemSchema = z
  .strictObject({
    group: id,
    /** The app's tool that helps act on the item (the lint checks the app has it). */
    tool: id.optional(),
    when: conditionSchema.optional(),
    advice: adviceIds,
    cites: citeIds,
    channels: citeIds,
    /** Practical advice makes no legal claim, so it needs no citation. */
    practical: z.boolean().optional(),
    /** Numbers to call for it, each a one-tap `tel:` link. */
    call: callNumbers,
  })
  .refine((item) => item.practical || (item.cites?.length ?? 0) + (item.channels?.length ?? 0) > 0, {
    message: 'an item that is not practical advice must cite a rule or a channel',
  });

export const flowSchema = z.strictObject({
  id,
  version: z.number().int().positive(),
  start: id,
  stages: z.array(id).min(1),
  nodes: z.record(id, z.discriminatedUnion('type', [questionSchema, infoSchema, resultSchema])),
});

/**
 * A flow's action checklist, kept apart from the flow's graph: the graph is needed for the first
 * question, the items only once a result is reached, so they load with the checklist screen.
 */
export const checklistSchema = z.strictObject({
  flow: id,
  /** Urgency order: items are shown group by group in this order. */
  groups: z.array(id).min(1),
  /**
   * What to do today, most urgent first (danger or crisis → a court deadline → stop paying a
   * scammer → the step toward the user's goal that fits their lender): the first few of these
   * the case shows lead the checklist, each with its control.
   */
  today: z.array(id).min(1),
  items: z.record(id, checklistItemSchema),
});

export type Flow = z.infer<typeof flowSchema>;
export type FlowNode = Flow['nodes'][string];
export type QuestionNode = Extract<FlowNode, { type: 'question' }>;
export type Next = QuestionNode['next'];
export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistItemSpec = Checklist['items'][string];

const kind = z.enum(['law', 'judicialInterpretation', 'administrativeRegulation', 'regulation', 'standard', 'selfRegulation']);
/** U (unconfirmed) facts never enter the registry: only P and S. */
const status = z.enum(['P', 'S']);

/**
 * The kinds of lender a rule or channel is for (the triage's lender answers), where it is not for
 * every lender: 信用卡办法 for credit cards, 4 × LPR for private loans, 12378 for banks…
 */
const lenders = z
  .array(z.enum(['bankCard', 'bankLoan', 'consumerFinance', 'smallLoan', 'platform', 'private']))
  .min(1)
  .optional();

export const lawSchema = z.strictObject({
  /** inForce "unconfirmed": legal-cn could not confirm the rule is still in force (U), and every citation says so. */
  rules: z.record(id, z.strictObject({ kind, inForce: z.literal('unconfirmed').optional() })),
  citations: z.record(id, z.strictObject({ rule: id, status, section: z.string().min(1), lenders })),
  channels: z.record(id, z.strictObject({ status, section: z.string().min(1), lenders })),
});

export type Law = z.infer<typeof lawSchema>;
export type RuleKind = z.infer<typeof kind>;

/** A single-choice answer is one id; a multi-select answer is the set of chosen ids. */
export type Answer = string | string[];
export type Answers = Record<string, Answer>;
