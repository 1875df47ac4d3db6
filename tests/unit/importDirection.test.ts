import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// oxlint has no import/no-restricted-paths, and its no-restricted-imports sees only the written
// specifier, not where it leads; so this test resolves each relative import itself.

const root = join(import.meta.dirname, '../..');

/**
 * Imports go one way only: the app shell → a feature → the shared folders → the engine.
 * Each layer may import its own folder and the layers below it; a feature never imports another
 * feature (what two features need lives in a shared folder). The data in flows/ and locales/ is
 * not code and may be read from anywhere.
 */
const LAYERS: string[][] = [
  ['src/app'],
  ['src/triage', 'src/log', 'src/letters', 'src/money', 'src/help'],
  ['src/components'],
  ['src/case'],
  ['src/law'],
  ['src/lib'],
  ['src/flow'],
];

const folderOf = (path: string) => LAYERS.flat().find((folder) => path.startsWith(`${folder}/`));
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

/** May a file in `from` import a file in `to`? */
const mayImport = (from: string, to: string) => from === to || layerOf(to) > layerOf(from);

/** Every module a source names: `import … from`, `export … from`, `import '…'` and `import('…')`. */
const specifiersIn = (source: string) => [...source.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

/** Each project file under src/ that a file imports, as `importer → imported`, both from the repository root. */
function projectImports(): { importer: string; imported: string }[] {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
  return files.flatMap((file) => {
    const path = join(root, 'src', file);
    return specifiersIn(readFileSync(path, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ importer: relative(root, path), imported: relative(root, resolve(dirname(path), specifier)) }))
      .filter(({ imported }) => imported.startsWith('src/'));
  });
}

describe('import direction', () => {
  const imports = projectImports();

  it('every source file lives in one of the layers', () => {
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && f.includes('/'));
    expect(files.filter((file) => !folderOf(`src/${file}`))).toEqual([]);
  });

  it.each(LAYERS.flat())('%s imports only its own folder and the layers below it', (folder) => {
    const from = imports.filter(({ importer }) => folderOf(importer) === folder);
    expect(from.length).toBeGreaterThan(0); // the folder was found and read
    const wrong = from.filter(({ imported }) => !mayImport(folder, folderOf(imported) ?? imported));
    expect(wrong.map(({ importer, imported }) => `${importer} → ${imported}`)).toEqual([]);
  });
});
