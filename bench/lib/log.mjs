// The contact log with 2,000 and with 5,000 entries, one in ten with a screenshot: flag computation (Node, the real module), and
// in Chromium at 4x CPU slowdown opening the log, opening the printable timeline, and adding one more entry.
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { putLogEntries, putLogImages } from '../../tests/support/logDatabase.mjs';
import { CHROME_FLAGS, CHROME_PATH } from './chrome.mjs';
import { median } from './stats.mjs';

/** A heavy user's log, and the size the issue asked to open in under a second. */
export const LOG_SIZES = [2000, 5000];
/** One entry in ten keeps a screenshot, as in issue 16's measure (2,000 entries, 200 with images); BENCH_IMAGE_EVERY=100000 leaves out all but one, to compare. */
const IMAGE_EVERY = Number(process.env.BENCH_IMAGE_EVERY ?? 10);
const RUNS = 5;

/**
 * `count` entries over the 100 days before `today`, deterministic: a mix of kinds, a few from the
 * same organisation on a day, some at night, some with threats or the debt told to others.
 */
export function sampleEntries(count, today = new Date()) {
  const kinds = ['answeredCall', 'missedCall', 'sms', 'message', 'visit', 'thirdParty', 'letter'];
  const pad = (n) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1 - (i % 100));
    const hour = (i * 7) % 24;
    return {
      id: `bench-${i}`,
      kind: kinds[i % kinds.length],
      at: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T${pad(hour)}:${pad((i * 13) % 60)}`,
      organisation: `催收公司${i % 3}`,
      lender: '某银行',
      phone: `1380013${String(i % 50).padStart(4, '0')}`,
      name: '',
      events: i % 11 === 0 ? ['threatened'] : i % 13 === 0 ? ['toldOthers'] : [],
      note: i % 5 === 0 ? '对方说今天不还就上门。' : '',
    };
  });
}

/** Median ms of flagsFor over `count` entries, loading src/case/log/flags.ts as the app does. */
async function flagTime(root, count) {
  const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
  try {
    const { flagsFor } = await server.ssrLoadModule('/src/case/log/flags.ts');
    const entries = sampleEntries(count);
    flagsFor(entries, []); // warm up
    const times = Array.from({ length: 20 }, () => {
      const start = performance.now();
      flagsFor(entries, []);
      return performance.now() - start;
    });
    return median(times);
  } finally {
    await server.close();
  }
}

/** Clicks a link or button, and returns the ms until `selector` is in the page and a frame has been painted. */
async function timed(page, click, selector) {
  const start = await page.evaluate(() => performance.now());
  await click();
  await page.locator(selector).first().waitFor();
  return page.evaluate((t0) => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0))), start);
}

/** The log figures for a log of `count` entries, keyed for `key=value` lines: log_open_ms_median, or log5000_open_ms_median. */
export async function measureLog(baseUrl, root, count = LOG_SIZES[0]) {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
  const open = [];
  const timeline = [];
  const add = [];
  let imageCount = 0;
  let imageBytes = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(baseUrl + '/log');
    await page.locator('#consent-heading').waitFor();
    const entries = sampleEntries(count);
    await page.evaluate(putLogEntries, entries);
    const withImages = entries.filter((_, i) => i % IMAGE_EVERY === 0).map((entry) => entry.id);
    imageBytes = await page.evaluate(putLogImages, withImages);
    imageCount = withImages.length;
    for (let run = 0; run < RUNS; run++) {
      await page.goto(baseUrl + '/');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // Thumbnails load lazily, as they scroll into view; opening is when the first entries are painted.
      open.push(await timed(page, () => page.getByRole('link', { name: '催收记录本' }).click(), '.log-entry'));
      // The timeline's screen shows the latest days (printing takes them all): open is when they are painted.
      timeline.push(await timed(page, () => page.getByRole('link', { name: '打印、复制或下载时间线' }).click(), '.timeline-entry'));
      await page.goto(baseUrl + '/log/new');
      await page.getByRole('radio', { name: '未接来电' }).check();
      add.push(await timed(page, () => page.getByRole('button', { name: '保存' }).click(), '.log-entry'));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  } finally {
    await browser.close();
  }
  // The 2,000-entry figures keep the names they have always had, so older bench output compares.
  const key = count === LOG_SIZES[0] ? 'log' : `log${count}`;
  return {
    [`${key}_entries`]: count,
    [`${key}_images`]: imageCount,
    [`${key}_image_bytes`]: imageBytes,
    [`${key}_flags_ms_median`]: (await flagTime(root, count)).toFixed(1),
    [`${key}_open_ms_median`]: median(open).toFixed(0),
    [`${key}_timeline_ms_median`]: median(timeline).toFixed(0),
    [`${key}_add_ms_median`]: median(add).toFixed(0),
  };
}
