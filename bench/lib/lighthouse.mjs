// One Lighthouse run (performance category, mobile, default simulated throttling) in a fresh Chromium.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, CHROME_PATH } from './chrome.mjs';
import { median } from './stats.mjs';

export async function lighthouseRun(url) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'bench-lh-'));
  let chrome;
  try {
    // Our users' browsers ask for Simplified Chinese, the language the first screen is prerendered in;
    // Chromium's default en-US would make the app switch language after load and measure that instead.
    chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: [...CHROME_FLAGS, '--accept-lang=zh-CN'], userDataDir, logLevel: 'silent' });
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: ['performance'],
      formFactor: 'mobile',
      throttlingMethod: 'simulate', // the default: slow 4G, 4x CPU slowdown
    });
    const score = lhr.categories.performance.score;
    if (lhr.runtimeError || score === null) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError?.message ?? 'no score'}`);
    const audit = (id) => lhr.audits[id].numericValue;
    // What the browser itself saw while loading at full speed, before Lighthouse simulates a slow
    // phone: whether the largest paint is the first one (the prerendered page, adopted without a
    // repaint), which the simulated LCP cannot tell, as it charges every request made before it.
    const observed = lhr.audits.metrics.details.items[0];
    return {
      observedFcp: observed.observedFirstContentfulPaint,
      observedLcp: observed.observedLargestContentfulPaint,
      score: Math.round(score * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    await chrome?.kill();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** key=value figures from several runs. */
export function lighthouseFigures(runs) {
  const of = (key) => runs.map((r) => r[key]);
  return {
    lh_perf_min: Math.min(...of('score')),
    lh_perf_median: median(of('score')),
    lh_perf_runs: of('score').join(','),
    lh_fcp_ms_median: Math.round(median(of('fcp'))),
    lh_lcp_ms_median: Math.round(median(of('lcp'))),
    lh_tbt_ms_median: Math.round(median(of('tbt'))),
    lh_cls_median: Number(median(of('cls')).toFixed(4)),
    lh_observed_fcp_ms_median: Math.round(median(of('observedFcp'))),
    lh_observed_lcp_ms_median: Math.round(median(of('observedLcp'))),
  };
}
