// Which JavaScript is "initial" (needed before the first screen is interactive) and how big it is.
const BASE = 'http://dist.invalid';

/** Attribute map of one start tag's attribute text, e.g. ` type="module" src="/a.js"`. */
function attributes(text) {
  const attrs = {};
  for (const m of text.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

/**
 * URL paths of the scripts the HTML loads up front: external scripts (module, or classic such as a
 * service-worker register script; not `nomodule`) and modulepreload links. Inline scripts are part
 * of the HTML's bytes, not counted here. Works on any index.html, prerendered or not.
 */
export function entryScripts(html) {
  const urls = [];
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs = attributes(m[2]);
    const isScript = m[1].toLowerCase() === 'script' && attrs.src !== undefined && !('nomodule' in attrs);
    const isPreload = m[1].toLowerCase() === 'link' && /(^|\s)modulepreload(\s|$)/i.test(attrs.rel ?? '');
    if (isScript || isPreload) urls.push(resolve(isScript ? attrs.src : attrs.href, '/'));
  }
  return urls;
}

function resolve(specifier, fromPath) {
  const url = new URL(specifier, BASE + fromPath);
  if (url.origin !== BASE) throw new Error(`script from another origin: ${specifier}`);
  return url.pathname;
}

/**
 * Static import specifiers of a bundled chunk. Bundlers hoist them to the top of the chunk, so read
 * `import … from "x"`, `import "x"` (and `export … from "x"`) statements from the start and stop at
 * the first other statement; dynamic `import("x")` never matches (no quote right after `import`).
 */
export function staticImports(code) {
  const statement = /\s*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*\n|(?:import|export)\s*(?:[^"'();]*?from\s*)?(["'])(.*?)\1\s*;?)/y;
  const specifiers = [];
  let m;
  while ((m = statement.exec(code)) && m[0].trim() !== '') if (m[2] !== undefined) specifiers.push(m[2]);
  return specifiers;
}

/** Every initial JS file (URL paths, in discovery order): HTML entries plus static imports, recursively. */
export function initialJs(files) {
  const seen = new Set();
  const visit = (urlPath) => {
    if (seen.has(urlPath)) return;
    const file = files.get(urlPath);
    if (!file) throw new Error(`initial script ${urlPath} is not in dist`);
    seen.add(urlPath);
    for (const spec of staticImports(file.raw.toString('utf8'))) visit(resolve(spec, urlPath));
  };
  entryScripts(files.get('/index.html').raw.toString('utf8')).forEach(visit);
  if (seen.size === 0) throw new Error('index.html loads no script');
  return [...seen];
}

export function byteFigures(files) {
  const initial = initialJs(files);
  const sum = (paths, enc) => paths.reduce((total, p) => total + files.get(p)[enc].length, 0);
  const allJs = [...files.keys()].filter((p) => p.startsWith('/assets/') && p.endsWith('.js'));
  return {
    initial_js_gzip_bytes: sum(initial, 'gzip'),
    initial_js_brotli_bytes: sum(initial, 'br'),
    total_js_gzip_bytes: sum(allJs, 'gzip'),
    initial_js_files: initial.map((p) => p.slice(1)).join(','),
  };
}
