/** Nested copy (a locale file) as `[dotted key, value]` pairs, the keys as i18next looks them up. */
export function flatten(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}
