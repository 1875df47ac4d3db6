import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { zhTwLocales } from './plugins/zhTw.ts';

export default defineConfig({
  plugins: [react(), zhTwLocales(fileURLToPath(new URL('./locales', import.meta.url)))],
  build: {
    // Every browser we target preloads modules natively.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/{unit,flows,locales,component}/**/*.test.{ts,tsx}'],
  },
});
