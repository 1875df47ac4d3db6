import type { Answers, Condition } from './schema.ts';

/**
 * What a condition is evaluated against: the live path's answers, once reached the result node,
 * and the facts other parts of the app contribute (the contact log's flags: "log.night").
 */
export type Facts = { answers: Answers; result?: string; facts?: ReadonlySet<string> };

export function holds(condition: Condition, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, facts));
  if ('any' in condition) return condition.any.some((c) => holds(c, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  if ('result' in condition) return facts.result !== undefined && condition.result.includes(facts.result);
  if ('fact' in condition) return facts.facts?.has(condition.fact) ?? false;
  const answer = facts.answers[condition.q];
  if (answer === undefined) return false;
  const chosen = Array.isArray(answer) ? answer : [answer];
  const wanted = 'in' in condition ? condition.in : condition.has;
  return chosen.some((value) => wanted.includes(value));
}

type Leaf = Extract<Condition, { q: string } | { result: string[] } | { fact: string }>;

/** The plain tests inside a condition, so the lint can check every question, value and result it names. */
export function leavesOf(condition: Condition): Leaf[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}
