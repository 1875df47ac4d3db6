import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ui from '../../locales/zh-CN/ui.json' with { type: 'json' };
import { pick, SHELL_UI_KEYS } from '../../plugins/shellUi.ts';

/** Our source files the entry imports statically: the code of the first download. */
function firstDownload(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'(\.{1,2}\/[^']+\.tsx?)'/gm)) visit(resolve(dirname(file), spec!));
  };
  visit(entry);
  return [...seen];
}

/** The `ui` keys a file looks up with `t(…)`: whole keys, and the fixed start of a templated one. */
function keysLookedUp(code: string): string[] {
  return [...code.matchAll(/\bt\(\s*(?:'([^']+)'|`([^`$]+)\$\{)/g)].map(([, whole, start]) => whole ?? start!.replace(/\.$/, ''));
}

const has = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree) !== undefined;

describe('the Simplified Chinese copy in the first download', () => {
  const shell = pick(ui, SHELL_UI_KEYS);
  const files = firstDownload(join(import.meta.dirname, '../../src/app/main.tsx'));

  it('is found by walking the entry', () => expect(files.some((f) => f.endsWith('StartPage.tsx'))).toBe(true));

  it.each(files.map((f) => [f.slice(f.indexOf('src/')), f]))('holds every key %s looks up', (_, file) => {
    const missing = keysLookedUp(readFileSync(file, 'utf8')).filter((key) => !has(shell, key));
    expect(missing).toEqual([]);
  });

  it('is smaller than the whole namespace', () => expect(JSON.stringify(shell).length).toBeLessThan(JSON.stringify(ui).length / 2));
});
