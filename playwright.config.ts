import { defineConfig } from '@playwright/test';
import type { Engine } from './tests/e2e/engines.ts';
import { CHROME_FLAGS } from './bench/lib/chrome.mjs';

// Unusual and strict, so the tests never run against some other app; E2E_PORT lets two checkouts test at once.
const PORT = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig<object, { engine: Engine }>({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The bench's flags, without its headless switch: Playwright sets that itself.
      args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
    },
  },
  // Chromium runs every spec; WebKitGTK and Firefox run the journeys shared by all three engines
  // (tests/e2e/journeys.ts, run by crossEngine.spec.ts; the engine adapters are in engines.ts).
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'webkitgtk', testMatch: 'crossEngine.spec.ts', use: { engine: 'webkitgtk' } },
    { name: 'firefox', testMatch: 'crossEngine.spec.ts', use: { engine: 'firefox' } },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
  },
});
