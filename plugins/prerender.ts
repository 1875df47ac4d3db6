import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { zhTwLocales } from './zhTw.ts';

/** The pages a first-time visitor opens: rendered into their HTML at build time. */
const PAGES = [
  { url: '/', file: 'index.html' },
  { url: '/q/danger', file: 'q/danger.html' },
];

/**
 * Renders the start page and the first question with React on the server side of a
 * throwaway Vite instance, and writes them into the built HTML, so the phone shows real, readable
 * content before any JavaScript has run. For a first-time visitor in Simplified Chinese the client
 * then adopts this markup (hydration, see main.tsx); anyone else gets a fresh render over it.
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
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        plugins: [react(), zhTwLocales(localesDir)],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      });
      try {
        const { render } = (await server.ssrLoadModule('/src/prerender.tsx')) as { render: (url: string) => Promise<string> };
        for (const page of PAGES) {
          // The address rides along, so the client adopts this markup only on the page it was made for.
          const html = template.replace('<div id="root"></div>', `<div id="root" data-prerendered="${page.url}">${await render(page.url)}</div>`);
          if (page.file === 'index.html') shell.source = html;
          else this.emitFile({ type: 'asset', fileName: page.file, source: html });
        }
      } finally {
        await server.close();
      }
    },
  };
}
