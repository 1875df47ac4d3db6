import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Plugin } from 'vite';

/** `export default { <namespace>: () => import(<that namespace in Traditional Chinese>) }` */
const INDEX_ID = 'virtual:zh-tw-locales';
/** One namespace, e.g. `virtual:zh-tw/triage`: its own chunk, fetched only when needed. */
const NAMESPACE_PREFIX = 'virtual:zh-tw/';

/** Deep-maps every string of a JSON value. */
export function mapStrings(value: unknown, convert: (s: string) => string): unknown {
  if (typeof value === 'string') return convert(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, convert));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, convert)]));
  }
  return value;
}

/**
 * Traditional Chinese is generated from the Simplified locale at build time (plain OpenCC
 * s2t, no Taiwan phrase substitution, so mainland legal terms stay as the law writes them),
 * instead of a hand-kept copy that drifts. Each namespace is a lazily imported virtual module,
 * like the other languages' JSON files.
 */
export function zhTwLocales(localesDir: string): Plugin {
  const convert = OpenCC.Converter({ from: 'cn', to: 't' });
  const source = join(localesDir, 'zh-CN');
  const namespaces = () =>
    readdirSync(source)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
  return {
    name: 'duice-zh-tw-locales',
    resolveId: (id) => (id === INDEX_ID || id.startsWith(NAMESPACE_PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const loaders = namespaces().map((ns) => `${JSON.stringify(ns)}: () => import(${JSON.stringify(NAMESPACE_PREFIX + ns)})`);
        return `export default { ${loaders.join(', ')} };`;
      }
      if (!id.startsWith(`\0${NAMESPACE_PREFIX}`)) return;
      const path = join(source, `${id.slice(1 + NAMESPACE_PREFIX.length)}.json`);
      this.addWatchFile(path);
      return `export default ${JSON.stringify(mapStrings(JSON.parse(readFileSync(path, 'utf8')), convert))};`;
    },
  };
}
