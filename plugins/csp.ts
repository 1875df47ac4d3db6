import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Only our own files: no inline script, no eval, no other host. No `manifest-src`: `default-src`
 * covers the manifest already, and WebKit builds without web app manifest support (WebKitGTK, WPE)
 * log "Unrecognized Content-Security-Policy directive" as a console error on every page load.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: for the screenshots and photos kept in the contact log, shown from object URLs.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;

/**
 * Build step for the first paint and the Content-Security-Policy together: the stylesheet is
 * inlined into every page (a separate request would hold back the first paint by a round
 * trip), and the policy, allowing exactly that stylesheet by its hash, goes in as a <meta>.
 * The page is prerendered, so its scripts are not needed to paint it: they are fetched at low
 * priority, which keeps them from competing with the page itself on a slow connection.
 */
export function cspAndInlineCss(): Plugin {
  return {
    name: 'duice-csp-inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const css = Object.values(bundle).find((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
      if (css?.type !== 'asset') throw new Error('no stylesheet in the build');
      const text = String(css.source);
      const hash = createHash('sha256').update(text).digest('base64');
      const policy = POLICY.map((d) => (d === "style-src 'self'" ? `${d} 'sha256-${hash}'` : d)).join('; ');
      for (const page of Object.values(bundle)) {
        if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
        page.source = String(page.source)
          .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${text}</style>`)
          .replaceAll('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin')
          .replace('<head>', () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
      }
      delete bundle[css.fileName];
    },
  };
}

/**
 * The policy the server sends: the built page's own (with its stylesheet hash) when there is
 * a build, plus what only a header can say.
 */
export function cspHeader(builtPage: string): string {
  const policy = existsSync(builtPage) ? META.exec(readFileSync(builtPage, 'utf8'))?.[1] : undefined;
  return `${policy ?? POLICY.join('; ')}; frame-ancestors 'none'`;
}
