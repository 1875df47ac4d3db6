import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { cspAndInlineCss, cspHeader } from './plugins/csp.ts';
import { prerender } from './plugins/prerender.ts';
import { shellUi } from './plugins/shellUi.ts';
import { zhTwLocales } from './plugins/zhTw.ts';

const localesDir = fileURLToPath(new URL('./locales', import.meta.url));

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    zhTwLocales(localesDir),
    shellUi(localesDir),
    prerender(localesDir),
    cspAndInlineCss(),
    VitePWA({
      // app/main.tsx registers the worker after the page has loaded, so nothing blocks the first
      // paint. A new version installs in the background and takes over on the next visit, once
      // every tab of the old one is closed, so no page ever runs a mix of old and new files.
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: '对策',
        short_name: '对策',
        description: '被催收时，一步一步弄清该做什么。',
        lang: 'zh-CN',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d5c4d',
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      // Precache the whole app, lazy chunks and every language included, so it works offline after one visit.
      workbox: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'], navigateFallback: 'index.html' },
    }),
  ],
  resolve: {
    // @xstate/react (6.1, used only by the lazy triage screens) still imports the shim that
    // backfills useSyncExternalStore for React 17; React 19 has it, so take the same package's
    // entry points that use React's own. Without this the shim lands in the first download, in
    // the entry's chunk with React (0.24 kB gzip more, measured when the session left XState).
    alias: [
      { find: /^use-sync-external-store\/shim\/with-selector$/, replacement: 'use-sync-external-store/with-selector' },
      { find: /^use-sync-external-store\/shim$/, replacement: 'use-sync-external-store' },
      // react-router's package points every import at its development build, which differs from its
      // production build only in keeping the development warnings; the build takes the production
      // one, so the warnings' code is left out of the first download (tests and dev keep them).
      ...(command === 'build'
        ? [{ find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) }]
        : []),
    ],
  },
  build: {
    // Every browser we target preloads modules natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the entry imports statically goes in one chunk. Left alone, Rolldown moves the
        // modules the lazy screens share with the entry into a second first-load chunk, which
        // compresses worse and costs the first screen another request.
        codeSplitting: { groups: [{ name: 'index', test: /\/src\/app\/main\.tsx$/, includeDependenciesRecursively: true }] },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    // The server sends the same policy, plus what only a header can say.
    headers: {
      'Content-Security-Policy': cspHeader(fileURLToPath(new URL('./dist/index.html', import.meta.url))),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    globals: true,
    // Pure modules run in Node; a file that needs a DOM (screens, localStorage) says so in its
    // first line (`@vitest-environment jsdom`), since setting up jsdom costs more than most tests.
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/{unit,flows,locales,component}/**/*.test.{ts,tsx}'],
    // A screen test clicks through several screens; on two busy cores that can pass 5 s.
    testTimeout: 20_000,
  },
}));
