import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** `export default` the part of the Simplified Chinese `ui` namespace the first screen needs. */
const ID = 'virtual:zh-cn-shell-ui';

/**
 * The `ui` keys the shell and the start page use: the layout, quick exit and its blank page, the
 * read-aloud control, the page frame, the screen error, the not-found page and the start page with
 * its list of tools. Only these ship in the first download (app/i18n.ts); every later screen waits
 * for the whole namespace (app/App.tsx), so a key missing here shows up on the first screen only,
 * and tests/unit/shellUi.test.ts checks that none is.
 */
export const SHELL_UI_KEYS = [
  'appName',
  'skipToContent',
  'language',
  'start',
  'tools',
  'notice',
  'storage',
  'data.deleteAll',
  'quickExit',
  'blank',
  'readAloud',
  'discreetTitle',
  'screenError',
  'notFound',
];

type Tree = { [key: string]: unknown };

/** The listed dotted paths of `tree`, each with all it holds, in a tree of the same shape. */
export function pick(tree: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const path of paths) {
    const parts = path.split('.');
    let from: unknown = tree;
    for (const part of parts) from = (from as Tree | undefined)?.[part];
    if (from === undefined) throw new Error(`ui.json has no ${path}`);
    let to = picked;
    for (const part of parts.slice(0, -1)) to = (to[part] ??= {}) as Tree;
    to[parts.at(-1)!] = from;
  }
  return picked;
}

export function shellUi(localesDir: string): Plugin {
  const path = join(localesDir, 'zh-CN/ui.json');
  return {
    name: 'duice-shell-ui',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return;
      this.addWatchFile(path);
      return `export default ${JSON.stringify(pick(JSON.parse(readFileSync(path, 'utf8')) as Tree, SHELL_UI_KEYS))};`;
    },
  };
}
