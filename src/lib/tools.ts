/** The tools beside the guided questions, each at its own address; the start page lists them and checklist items link to them. */
export const TOOLS = {
  log: '/log',
  cost: '/tools/cost',
  plan: '/tools/plan',
  letters: '/letters',
  courtCheck: '/court-check',
  legalAid: '/help/legal-aid',
} as const;

export type ToolId = keyof typeof TOOLS;

export const isTool = (id: string): id is ToolId => id in TOOLS;

/** The repayment plan as a proposal for a mediator, reached from the plan's result. */
export const MEDIATION_PROPOSAL = '/tools/plan/proposal';
