import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { shellUi } from './shellUi.ts';
import { zhTwLocales } from './zhTw.ts';

/**
 * The pages a first-time visitor opens, rendered into their HTML at build time; and quick exit's
 * blank page (`neutral`), which must name nothing from its first byte, before any script runs.
 */
const PAGES = [
  { url: '/', file: 'index.html' },
  { url: '/q/danger', file: 'q/danger.html' },
  { url: '/blank', file: 'blank.html', neutral: true },
];

/** A head like a new tab's: its title, and no description, icon, colour or web app manifest of the app's. */
function neutralHead(html: string, title: string): string {
  return (
    html
      .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
      .replace(/\s*<meta name="(description|theme-color)"[^>]*>/g, '')
      .replace(/\s*<link rel="manifest"[^>]*>/, '')
      // An empty icon, so the browser neither shows the app's nor asks for /favicon.ico.
      .replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="data:,">')
  );
}

/**
 * Renders the start page and the first question with React on the server side of a
 * throwaway Vite instance, and writes them into the built HTML, so the phone shows real, readable
 * content before any JavaScript has run. For a first-time visitor in Simplified Chinese the client
 * then adopts this markup (hydration, see app/main.tsx); anyone else gets a fresh render over it.
 */
export function prerender(localesDir: string): Plugin {
  return {
    name: 'duice-prerender',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_, bundle) {
      const shell = bundle['index.html'];
      if (shell?.type !== 'asset') return;
      const template = String(shell.source);
      const blankTitle = (JSON.parse(readFileSync(join(localesDir, 'zh-CN/ui.json'), 'utf8')) as { blank: { title: string } }).blank.title;
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        plugins: [react(), zhTwLocales(localesDir), shellUi(localesDir)],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      });
      try {
        const { render } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as { render: (url: string) => Promise<string> };
        for (const page of PAGES) {
          // The address rides along, so the client adopts this markup only on the page it was made for.
          const rendered = template.replace('<div id="root"></div>', `<div id="root" data-prerendered="${page.url}">${await render(page.url)}</div>`);
          const html = page.neutral ? neutralHead(rendered, blankTitle) : rendered;
          if (page.file === 'index.html') shell.source = html;
          else this.emitFile({ type: 'asset', fileName: page.file, source: html });
        }
      } finally {
        await server.close();
      }
    },
  };
}
