// Tap → next heading painted, in Chromium at 360×740 with 4x CPU throttling, walking the real flow.
import { chromium } from '@playwright/test';
import { CHROME_FLAGS, CHROME_PATH } from './chrome.mjs';
import { median, percentile } from './stats.mjs';

const TIMEOUT_MS = 10_000;

/**
 * Runs in the page: note the time, click, wait until the first h1 shows different text, then one
 * animation frame plus a task (≈ the frame with the new heading has been painted). Returns ms.
 */
function timedClick({ kind, timeoutMs }) {
  const target =
    kind === 'question'
      ? document.querySelector('button[type=submit]')
      : // 继续, or 继续回答后面的问题 on a screen whose first control is a number to call.
        [...document.querySelectorAll('a.button')].find((a) => a.textContent.trim().startsWith('继续'));
  if (!target) throw new Error(`no ${kind} control on ${location.pathname}`);
  const before = document.querySelector('h1')?.textContent;
  return new Promise((resolve, reject) => {
    const changed = () => {
      const text = document.querySelector('h1')?.textContent;
      return text !== undefined && text !== before;
    };
    const done = () => {
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    };
    const observer = new MutationObserver(() => {
      if (!changed()) return;
      observer.disconnect();
      done();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`heading did not change after ${kind} on ${location.pathname}`));
    }, timeoutMs);
    const start = performance.now();
    target.click();
    if (changed()) {
      observer.disconnect();
      done();
    }
  });
}

/** Fresh session at the start page, then into the first question. */
async function startOver(page, cdp, baseUrl) {
  await page.goto(baseUrl + '/');
  await page.evaluate(() => localStorage.clear());
  await page.reload(); // the app read the old answers at load; reload so it shows 开始, not "resume"
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 }); // re-sent in case the renderer changed
  await page.getByRole('link', { name: '开始', exact: true }).click();
  await page.locator('form, a.button:text-matches("^继续")').first().waitFor({ timeout: TIMEOUT_MS });
}

/** One fresh browser walking the flow until `wanted` question transitions are timed; their times in ms. */
async function walk(baseUrl, wanted) {
  const times = [];
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
  try {
    // Same device as the e2e tests (playwright.config.ts); locale zh-CN so the app starts in Chinese.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await startOver(page, cdp, baseUrl);
    for (let steps = 0; times.length < wanted; steps++) {
      if (steps > wanted * 10) throw new Error(`walked ${steps} screens without ${wanted} question transitions`);
      if (/\/(review|checklist)$/.test(new URL(page.url()).pathname)) {
        await startOver(page, cdp, baseUrl);
        continue;
      }
      const isQuestion = (await page.locator('form').count()) > 0;
      // Untimed: pick the first answer (Playwright waits until React shows it checked).
      if (isQuestion) await page.locator('input[type=radio], input[type=checkbox]').first().check();
      const ms = await page.evaluate(timedClick, { kind: isQuestion ? 'question' : 'info', timeoutMs: TIMEOUT_MS });
      if (isQuestion) times.push(ms); // info → next screen is not a question transition
    }
  } finally {
    await browser.close();
  }
  return times;
}

/**
 * `sessions` fresh browsers of `wanted` transitions each, pooled: on this shared 2-core VM one
 * session's median swings by several ms with the machine's load (and the first session after a
 * build runs colder), so one figure over all of them is steadier. Each session's median is printed too.
 */
export async function measureTransitions(baseUrl, { wanted = 60, sessions = 3 } = {}) {
  const runs = [];
  for (let i = 0; i < sessions; i++) runs.push(await walk(baseUrl, wanted));
  const times = runs.flat();
  return {
    transition_ms_median: median(times).toFixed(1),
    transition_ms_p90: percentile(times, 90).toFixed(1),
    transition_count: times.length,
    transition_ms_session_medians: runs.map((run) => median(run).toFixed(1)).join(','),
  };
}
