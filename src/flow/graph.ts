import type { Condition, Flow, Next } from './schema.ts';

/**
 * The flow's edges, which both the engine (the machine's transitions) and the build-time checks
 * (lint, path enumeration) read; kept apart so the engine ships without the lint.
 */
export function routesOf(next: Next): { when?: Condition; to: string }[] {
  return typeof next === 'string' ? [{ to: next }] : next;
}

export function successors(flow: Flow, nodeId: string): string[] {
  const node = flow.nodes[nodeId];
  return node.type === 'result' ? [] : [...new Set(routesOf(node.next).map((r) => r.to))];
}
