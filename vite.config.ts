import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { prerender } from './plugins/prerender.ts';
import { zhTwLocales } from './plugins/zhTw.ts';

/** Only our own files: no inline script, no eval, no other host. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The built page carries the policy as a <meta> for static hosting (the dev server needs inline scripts, so not there). */
const cspMeta: Plugin = {
  name: 'duice-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
};

const localesDir = fileURLToPath(new URL('./locales', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    cspMeta,
    zhTwLocales(localesDir),
    prerender(localesDir),
    VitePWA({
      // The registration is an external file (the CSP allows no inline script). A new version
      // installs in the background and takes over on the next visit, once every tab of the old
      // one is closed, so no page ever runs a mix of old and new files.
      injectRegister: 'script',
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
  build: {
    // Every browser we target preloads modules natively.
    modulePreload: { polyfill: false },
  },
  preview: {
    port: 4173,
    strictPort: true,
    // The server sends the same policy, plus what only a header can say.
    headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/{unit,flows,locales,component}/**/*.test.{ts,tsx}'],
  },
});
