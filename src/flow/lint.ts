import { leavesOf } from './conditions.ts';
import type { Condition, Flow, Law, Next } from './schema.ts';

export function routesOf(next: Next): { when?: Condition; to: string }[] {
  return typeof next === 'string' ? [{ to: next }] : next;
}

export function successors(flow: Flow, nodeId: string): string[] {
  const node = flow.nodes[nodeId];
  return node.type === 'result' ? [] : [...new Set(routesOf(node.next).map((r) => r.to))];
}

/**
 * The graph checks a schema cannot make: every reference resolves, every node is reachable,
 * the graph has no cycle, and every node can reach a result. Returns one message per problem.
 */
export function lintFlow(flow: Flow, law: Law): string[] {
  const problems: string[] = [];
  const nodeIds = Object.keys(flow.nodes);
  const results = nodeIds.filter((n) => flow.nodes[n].type === 'result');

  const checkCondition = (where: string, condition: Condition) => {
    for (const leaf of leavesOf(condition)) {
      if ('result' in leaf) {
        for (const r of leaf.result) if (!results.includes(r)) problems.push(`${where}: unknown result "${r}"`);
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
  };
  const checkRefs = (where: string, ids: string[] | undefined, registry: Record<string, unknown>, what: string) => {
    for (const ref of ids ?? []) if (!(ref in registry)) problems.push(`${where}: unknown ${what} "${ref}"`);
  };

  if (!(flow.start in flow.nodes)) problems.push(`start: unknown node "${flow.start}"`);
  for (const [nodeId, node] of Object.entries(flow.nodes)) {
    const where = `nodes.${nodeId}`;
    if (node.type === 'result') continue;
    if (!flow.stages.includes(node.stage)) problems.push(`${where}: unknown stage "${node.stage}"`);
    checkRefs(where, node.cites, law.citations, 'citation');
    if (node.type === 'info') checkRefs(where, node.channels, law.channels, 'channel');
    if (node.type === 'question') {
      const ids = node.answers.map((a) => a.id);
      if (new Set(ids).size !== ids.length) problems.push(`${where}: duplicate answer ids`);
      if (!node.multiple && node.answers.some((a) => a.exclusive)) problems.push(`${where}: "exclusive" needs "multiple"`);
    }
    for (const route of routesOf(node.next)) {
      if (!(route.to in flow.nodes)) problems.push(`${where}: next "${route.to}" does not exist`);
      if (route.when) checkCondition(where, route.when);
    }
  }
  for (const [itemId, item] of Object.entries(flow.checklist)) {
    const where = `checklist.${itemId}`;
    if (!flow.groups.includes(item.group)) problems.push(`${where}: unknown group "${item.group}"`);
    if (item.when) checkCondition(where, item.when);
    checkRefs(where, item.cites, law.citations, 'citation');
    checkRefs(where, item.channels, law.channels, 'channel');
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
