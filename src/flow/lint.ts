import { leavesOf } from './conditions.ts';
import { routesOf, successors } from './graph.ts';
import type { Checklist, Condition, Flow, Law } from './schema.ts';

/**
 * Checks that a condition names real questions, answers, results and facts, with the right operator.
 * A route may not depend on a fact: where the user stands must follow from their answers alone.
 */
function conditionProblems(flow: Flow, where: string, condition: Condition, knownFacts: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const leaf of leavesOf(condition)) {
    if ('fact' in leaf) {
      if (!knownFacts.includes(leaf.fact)) problems.push(`${where}: unknown fact "${leaf.fact}"`);
      continue;
    }
    if ('result' in leaf) {
      for (const r of leaf.result) if (flow.nodes[r]?.type !== 'result') problems.push(`${where}: unknown result "${r}"`);
      continue;
    }
    const question = flow.nodes[leaf.q];
    if (question?.type !== 'question') {
      problems.push(`${where}: "${leaf.q}" is not a question`);
      continue;
    }
    const wantsMultiple = 'has' in leaf;
    if (wantsMultiple !== Boolean(question.multiple)) {
      problems.push(`${where}: use ${question.multiple ? '"has"' : '"in"'} for question "${leaf.q}"`);
    }
    const values = 'in' in leaf ? leaf.in : leaf.has;
    for (const v of values) {
      if (!question.answers.some((a) => a.id === v)) problems.push(`${where}: "${leaf.q}" has no answer "${v}"`);
    }
  }
  return problems;
}

const refProblems = (where: string, ids: string[] | undefined, registry: Record<string, unknown>, what: string) =>
  (ids ?? []).filter((ref) => !(ref in registry)).map((ref) => `${where}: unknown ${what} "${ref}"`);

/**
 * The graph checks a schema cannot make: every reference resolves, every node is reachable,
 * the graph has no cycle, and every node can reach a result. Returns one message per problem.
 */
export function lintFlow(flow: Flow, law: Law): string[] {
  const problems: string[] = [];
  const nodeIds = Object.keys(flow.nodes);

  if (!(flow.start in flow.nodes)) problems.push(`start: unknown node "${flow.start}"`);
  for (const [nodeId, node] of Object.entries(flow.nodes)) {
    const where = `nodes.${nodeId}`;
    if (node.type === 'result') continue;
    if (!flow.stages.includes(node.stage)) problems.push(`${where}: unknown stage "${node.stage}"`);
    problems.push(...refProblems(where, node.cites, law.citations, 'citation'));
    if (node.type === 'info') problems.push(...refProblems(where, node.channels, law.channels, 'channel'));
    if (node.type === 'question') {
      const ids = node.answers.map((a) => a.id);
      if (new Set(ids).size !== ids.length) problems.push(`${where}: duplicate answer ids`);
      if (!node.multiple && node.answers.some((a) => a.exclusive)) problems.push(`${where}: "exclusive" needs "multiple"`);
    }
    for (const route of routesOf(node.next)) {
      if (!(route.to in flow.nodes)) problems.push(`${where}: next "${route.to}" does not exist`);
      if (route.when) problems.push(...conditionProblems(flow, where, route.when));
    }
  }
  for (const [citeId, cite] of Object.entries(law.citations)) {
    if (!(cite.rule in law.rules)) problems.push(`citations.${citeId}: unknown rule "${cite.rule}"`);
  }
  if (problems.length) return problems; // the graph walk below needs resolved references

  const reachable = new Set<string>();
  const visit = (n: string) => {
    if (reachable.has(n)) return;
    reachable.add(n);
    successors(flow, n).forEach(visit);
  };
  visit(flow.start);
  for (const n of nodeIds) if (!reachable.has(n)) problems.push(`nodes.${n}: unreachable from "${flow.start}"`);

  // Depth-first search with colours: grey = on the current path, so meeting grey again is a cycle.
  const colour = new Map<string, 'grey' | 'black'>();
  const reachesResult = new Map<string, boolean>();
  const walk = (n: string): boolean => {
    if (colour.get(n) === 'grey') {
      problems.push(`nodes.${n}: part of a cycle`);
      return false;
    }
    if (colour.get(n) === 'black') return reachesResult.get(n)!;
    colour.set(n, 'grey');
    const next = successors(flow, n);
    const ok = flow.nodes[n].type === 'result' || next.map(walk).some(Boolean);
    colour.set(n, 'black');
    reachesResult.set(n, ok);
    if (!ok) problems.push(`nodes.${n}: no path to a result (dead end)`);
    return ok;
  };
  walk(flow.start);
  return problems;
}

/** What the rest of the app offers a checklist: facts its conditions may read, tools its items may link to. */
export type AppOffers = { facts: readonly string[]; tools: readonly string[] };

/**
 * A checklist's items: each in a known group, with conditions on the flow's real questions and
 * the facts the app supplies, links to tools the app has, and citations that resolve.
 */
export function lintChecklist(checklist: Checklist, flow: Flow, law: Law, app: AppOffers): string[] {
  const problems: string[] = [];
  if (checklist.flow !== flow.id) problems.push(`flow: "${checklist.flow}" is not "${flow.id}"`);
  for (const id of checklist.today) if (!(id in checklist.items)) problems.push(`today: unknown item "${id}"`);
  if (new Set(checklist.today).size !== checklist.today.length) problems.push('today: an item twice');
  for (const [itemId, item] of Object.entries(checklist.items)) {
    const where = `checklist.${itemId}`;
    if (!checklist.groups.includes(item.group)) problems.push(`${where}: unknown group "${item.group}"`);
    if (item.when) problems.push(...conditionProblems(flow, where, item.when, app.facts));
    if (item.tool !== undefined && !app.tools.includes(item.tool)) problems.push(`${where}: unknown tool "${item.tool}"`);
    problems.push(...refProblems(where, item.cites, law.citations, 'citation'));
    problems.push(...refProblems(where, item.channels, law.channels, 'channel'));
  }
  return problems;
}
