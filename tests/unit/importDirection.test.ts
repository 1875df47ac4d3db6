import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// oxlint has no import/no-restricted-paths, and its no-restricted-imports sees only the written
// specifier, not where it leads; so this test resolves each relative import itself.

const root = join(import.meta.dirname, '../..');

/**
 * Imports go one way only: from the screens down to the case, from the case down to the engine.
 * For each folder, the project folders its files may import from (packages are always allowed).
 */
const allowed: Record<string, string[]> = {
  'src/flow': ['src/flow'],
  'src/case': ['src/case', 'src/flow'],
};

/** Every module a source names: `import … from`, `export … from`, `import '…'` and `import('…')`. */
const specifiersIn = (source: string) => [...source.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

/** Each project file a folder's sources import, as `importer → imported`, both from the repository root. */
function projectImports(folder: string): { importer: string; imported: string }[] {
  const files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
  return files.flatMap((file) => {
    const path = join(root, folder, file);
    return specifiersIn(readFileSync(path, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ importer: relative(root, path), imported: relative(root, resolve(dirname(path), specifier)) }));
  });
}

const inside = (path: string, folder: string) => path.startsWith(`${folder}/`);

describe('import direction', () => {
  it.each(Object.entries(allowed))('%s imports only from %j', (folder, from) => {
    const imports = projectImports(folder);
    expect(imports.length).toBeGreaterThan(0); // the folder was found and read
    const upward = imports.filter(({ imported }) => !from.some((f) => inside(imported, f)));
    expect(upward.map(({ importer, imported }) => `${importer} → ${imported}`)).toEqual([]);
  });
});
