import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
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

export default defineConfig({
  plugins: [react(), cspMeta, zhTwLocales(fileURLToPath(new URL('./locales', import.meta.url)))],
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
