// Loads a built dist folder into memory and compresses every file once (gzip 9, brotli 11).
// The same table feeds the byte figures and the static server, so both see identical bytes.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** @returns {Promise<Map<string, {raw: Buffer, gzip: Buffer, br: Buffer}>>} keyed by URL path, e.g. "/assets/a.js" */
export async function loadDist(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map();
  for (const entry of entries.filter((e) => e.isFile())) {
    const abs = path.join(entry.parentPath ?? entry.path, entry.name);
    const raw = await readFile(abs);
    const [gz, br] = await Promise.all([
      gzip(raw, { level: 9 }),
      brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    ]);
    files.set('/' + path.relative(dir, abs).split(path.sep).join('/'), { raw, gzip: gz, br });
  }
  if (!files.has('/index.html')) throw new Error(`${dir} has no index.html`);
  return files;
}
