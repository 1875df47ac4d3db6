import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:zh-tw-locales';

/** Deep-maps every string of a JSON value. */
function mapStrings(value: unknown, convert: (s: string) => string): unknown {
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
 * instead of a hand-kept copy that drifts. Exposed as one lazily imported virtual module.
 */
export function zhTwLocales(localesDir: string): Plugin {
  const convert = OpenCC.Converter({ from: 'cn', to: 't' });
  const source = join(localesDir, 'zh-CN');
  return {
    name: 'duice-zh-tw-locales',
    resolveId: (id) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    load(id) {
      if (id !== `\0${MODULE_ID}`) return;
      const namespaces: Record<string, unknown> = {};
      for (const file of readdirSync(source).filter((f) => f.endsWith('.json'))) {
        const path = join(source, file);
        this.addWatchFile(path);
        namespaces[file.replace(/\.json$/, '')] = mapStrings(JSON.parse(readFileSync(path, 'utf8')), convert);
      }
      return `export default ${JSON.stringify(namespaces)};`;
    },
  };
}
