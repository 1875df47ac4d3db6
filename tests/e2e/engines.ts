/**
 * The three engines the shared journeys (journeys.ts, crossEngine.spec.ts) run in, behind one
 * small `Driver`. All engine-specific code is in this file:
 * - chromium: Debian's Chromium through Playwright, as in the other specs;
 * - webkitgtk: Debian's WebKitGTK MiniBrowser through `WebKitWebDriver` (W3C WebDriver classic,
 *   spoken with Node's fetch) in a private Xvfb: WebKitGTK has no headless mode;
 * - firefox: Debian's Firefox ESR through puppeteer-core (WebDriver BiDi), headless.
 * Nothing downloads a browser (scripts/install.sh installs all three from Debian).
 */
import { test as base, expect, type ElementHandle } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer, { type ElementHandle as PuppeteerElement, type Page as PuppeteerPage } from 'puppeteer-core';
import { expectNoTrouble, watch, type Trouble } from './fixtures.ts';

export { expect };
export type Engine = 'chromium' | 'webkitgtk' | 'firefox';
export type Key = 'Tab' | 'Enter';
/** WebDriver's code points for the keys (WebDriver classic, "Keyboard actions"). */
const WEBDRIVER_KEYS: Record<Key, string> = { Tab: '\uE004', Enter: '\uE007' };

/** What the shared journeys ask of a browser tab. Waiting and checking are done once, in the spec. */
export interface Driver {
  readonly engine: Engine;
  /** What this engine cannot do here; the spec notes each on the test. */
  readonly limits: string[];
  /** Whether the page can keep a Blob in IndexedDB, as the log does its images. */
  readonly keepsBlobs: boolean;
  /** The viewport the app should see, in CSS px. */
  readonly viewport: { width: number; height: number; scale: number };
  /** Loads `path` on the app's origin and waits for its load event. */
  open(path: string): Promise<void>;
  /** The value of a JavaScript expression in the page (a promise is awaited), as JSON. */
  evaluate(expression: string): Promise<unknown>;
  /** Clicks with the engine's own input events the element the expression gives; false if it gives none (yet). */
  clickOn(expression: string): Promise<boolean>;
  /** Picks these files (paths on this machine) in the file input the expression gives, as the file chooser would. */
  upload(expression: string, files: string[]): Promise<void>;
  /** Presses these keys in turn, on whatever has the focus, as a keyboard would. */
  press(keys: readonly Key[]): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  /** Closes the tab and goes on in a new, empty one of the same browser profile. */
  newTab(): Promise<void>;
  /** PNG of the whole page, not just the viewport. */
  screenshot(): Promise<Buffer>;
  /** What went wrong so far: requests to other hosts, console errors, uncaught errors, CSP violations. */
  trouble(): Promise<Trouble>;
  /**
   * Only where `trouble()` cannot see what a page logs while it loads (WebKitGTK): the console
   * errors of a plain load of `path`, seen another way.
   */
  loadConsole?(path: string): Promise<string[]>;
  close(): Promise<void>;
}

type Setup = { baseURL: string; width: number; height: number; scale: number; isMobile: boolean; hasTouch: boolean; locale: string };
type Launched = { newDriver(setup: Setup): Promise<Driver>; close(): Promise<void> };
type WorkerArgs = { playwright: typeof import('playwright-core'); launchOptions: import('@playwright/test').LaunchOptions };

const NO_TOUCH = 'no touch emulation: taps are mouse clicks, and `ontouchstart`/`(pointer: coarse)` are absent';
const foreignTo = (origin: string) => (url: string) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin;

// ---------------------------------------------------------------------------------------------
// Chromium: Playwright. A browser of its own (the journeys' fixture must not depend on `page`,
// or the other engines' workers would start Chromium too), with the config's launch options,
// context options, and the same watch as every other Chromium test.
async function chromium({ playwright, launchOptions }: WorkerArgs): Promise<Launched> {
  const browser = await playwright.chromium.launch(launchOptions);
  return {
    close: () => browser.close(),
    async newDriver({ baseURL, width, height, scale, isMobile, hasTouch, locale }) {
      const context = await browser.newContext({ baseURL, viewport: { width, height }, deviceScaleFactor: scale, isMobile, hasTouch, locale });
      let page = await context.newPage();
      const trouble = await watch(page, new URL(baseURL).origin);
      return {
        engine: 'chromium',
        limits: [],
        keepsBlobs: true,
        viewport: { width, height, scale },
        open: async (path) => void (await page.goto(path)),
        evaluate: (expression) => page.evaluate(expression),
        async clickOn(expression) {
          const element = (await page.evaluateHandle(expression)).asElement() as ElementHandle<Element> | null;
          if (!element) return false;
          await element.click({ timeout: 5_000 });
          return true;
        },
        async upload(expression, files) {
          await ((await page.evaluateHandle(expression)).asElement() as ElementHandle<Element> | null)!.setInputFiles(files);
        },
        async press(keys) {
          for (const key of keys) await page.keyboard.press(key);
        },
        reload: async () => void (await page.reload()),
        back: async () => void (await page.goBack()),
        forward: async () => void (await page.goForward()),
        async newTab() {
          const next = await context.newPage();
          await watch(next, new URL(baseURL).origin, trouble);
          await page.close();
          page = next;
        },
        screenshot: () => page.screenshot({ fullPage: true }),
        trouble: async () => trouble,
        close: () => context.close(),
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Firefox ESR: puppeteer-core over WebDriver BiDi. A fresh profile per worker, a fresh browser
// context (own storage) per test. No display needed.
async function firefox(): Promise<Launched> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Without MOZ_REMOTE_SETTINGS_DEVTOOLS this release build ignores `services.settings.server`
    // and asks firefox.settings.services.mozilla.com for settings on every start.
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'services.settings.server': 'http://127.0.0.1:9/dummy/blocklist/', // loopback, refused at once
      'network.trr.mode': 5, // no DNS over HTTPS
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'browser.safebrowsing.update.enabled': false,
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'intl.accept_languages': 'zh-CN, zh',
      // Scrollbars over the page, as on a phone: classic ones took 12 px of the 360 px layout width.
      'ui.useOverlayScrollbars': 1,
    },
    protocolTimeout: 30_000,
  });
  return {
    close: () => browser.close(),
    async newDriver({ baseURL, width, height, scale }) {
      const context = await browser.createBrowserContext();
      const origin = new URL(baseURL).origin;
      const trouble: Trouble = { foreign: [], errors: [] };
      const newPage = async () => {
        const tab = await context.newPage();
        tab.on('request', (request) => foreignTo(origin)(request.url()) && trouble.foreign.push(request.url()));
        tab.on('console', (message) => message.type() === 'error' && trouble.errors.push(message.text()));
        tab.on('pageerror', (error) => trouble.errors.push((error as Error).message));
        await tab.evaluateOnNewDocument(() =>
          document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
        );
        await tab.setViewport({ width, height, deviceScaleFactor: scale });
        return tab;
      };
      let page: PuppeteerPage = await newPage();
      return {
        engine: 'firefox',
        limits: [NO_TOUCH],
        keepsBlobs: true,
        viewport: { width, height, scale },
        open: async (path) => void (await page.goto(new URL(path, baseURL).href, { waitUntil: 'load' })),
        evaluate: (expression) => page.evaluate(expression),
        async clickOn(expression) {
          const element = (await page.evaluateHandle(expression)).asElement() as PuppeteerElement<Element> | null;
          if (!element) return false;
          await element.click();
          return true;
        },
        // WebDriver BiDi's input.setFiles.
        async upload(expression, files) {
          await ((await page.evaluateHandle(expression)).asElement() as PuppeteerElement<HTMLInputElement>).uploadFile(...files);
        },
        async press(keys) {
          for (const key of keys) await page.keyboard.press(key);
        },
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        back: async () => void (await page.goBack()),
        forward: async () => void (await page.goForward()),
        async newTab() {
          const next = await newPage();
          await page.close();
          page = next;
        },
        screenshot: async () => Buffer.from(await page.screenshot({ fullPage: true })),
        trouble: async () => trouble,
        close: () => context.close(),
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// WebKitGTK: WebKitWebDriver (W3C WebDriver classic) in a private Xvfb. One driver per worker,
// one session (a fresh MiniBrowser with ephemeral storage) per test.

/** MiniBrowser's toolbar keeps its window at least this wide: WebKitGTK cannot show a narrower viewport. */
export const WEBKITGTK_MIN_WIDTH = 447;
const MINIBROWSER = process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'; // W3C web element key
/**
 * WebDriver classic has no log API (and this WebKitWebDriver has no BiDi), and MiniBrowser ignores
 * --enable-write-console-messages-to-stdout for the windows automation opens, so errors are caught
 * by a hook put into each page once it has loaded. What a page logs while it is still loading is
 * not seen this way; `loadConsole` below looks at that for the pages the smoke checks open.
 */
const HOOK = `(() => {
  if (window.__duiceTrouble) return;
  const trouble = (window.__duiceTrouble = []);
  const error = console.error.bind(console);
  console.error = (...args) => (trouble.push(args.map(String).join(' ')), error(...args));
  addEventListener('error', (e) => trouble.push(e.message));
  addEventListener('unhandledrejection', (e) => trouble.push('unhandled rejection: ' + e.reason));
  document.addEventListener('securitypolicyviolation', (e) => trouble.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
})()`;
/** Errors since the last look, and every resource this document fetched (Resource Timing; the page itself and the service worker's fetches are not in it). */
const COLLECT = `({ errors: (window.__duiceTrouble || []).splice(0), requests: performance.getEntriesByType('resource').map((e) => e.name) })`;

/**
 * An automation session's website data is ephemeral, as in private browsing, and there WebKit
 * cannot store a Blob in IndexedDB: the put fails (a string is stored), so a log entry with images
 * is not saved and the form says so. A browser keeping its data on disk is not affected; whether
 * private browsing on an iPhone is, this cannot tell.
 */
const BLOBS =
  "no Blobs in IndexedDB: WebKitWebDriver's sessions have ephemeral storage, where WebKit cannot store them, so a log entry with images cannot be saved";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * A proxy to `origin` on a port of its own, to load a page through it and learn when it has
 * finished loading (a MiniBrowser not under automation gives no signal): `loaded` resolves once
 * something was served and no request has been open for half a second. The page's scripts, the
 * screens it downloads after its load event and the service worker's precache all come through it.
 */
function loadWatcher(origin: string): Promise<{ url: string; loaded: Promise<void>; close: () => void }> {
  let open = 0;
  let settle: () => void;
  let quietTimer: NodeJS.Timeout | undefined;
  const loaded = new Promise<void>((resolve, reject) => {
    settle = resolve;
    setTimeout(() => reject(new Error('the page was still loading after 20 s')), 20_000).unref();
  });
  const server = createHttpServer((req, res) => {
    open++;
    clearTimeout(quietTimer);
    const upstream = request(new URL(req.url!, origin), { method: req.method, headers: { ...req.headers, host: new URL(origin).host } }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
    res.on('close', () => {
      if (--open === 0) quietTimer = setTimeout(settle, 500);
    });
  });
  return new Promise((resolve, reject) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, loaded, close: () => (clearTimeout(quietTimer), server.closeAllConnections(), server.close()) });
    });
    server.on('error', reject);
  });
}

async function webkitgtk(): Promise<Launched> {
  // Each child in its own process group: ending the driver alone would leave MiniBrowser and the
  // WebKit web and network processes running.
  const children: ChildProcess[] = [];
  const start = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    children.push(child);
    return Object.assign(child, { lastStderr: () => stderr });
  };
  const stop = () => {
    for (const child of children.splice(0)) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }
  };
  process.once('exit', stop);
  try {
    // Xvfb picks a free display itself and writes its number to stdout (-displayfd): no race between
    // workers. Tall, so that a whole-page screenshot fits in one window. -noreset: by default the X
    // server resets when its last client leaves, i.e. between two tests' MiniBrowsers; one started
    // during the reset fails with "cannot open display" and WebKitWebDriver then waits on it forever
    // (1 session in ~10 hung that way here).
    const xvfb = start('Xvfb', ['-displayfd', '1', '-screen', '0', '1024x16384x24', '-nolisten', 'tcp', '-noreset']);
    const display = await new Promise<string>((resolve, reject) => {
      xvfb.stdout!.once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
      xvfb.once('exit', () => reject(new Error(`Xvfb did not start: ${xvfb.lastStderr()}`)));
    });
    // GDK_SCALE=2: devicePixelRatio 2, as on the phones and in the other engines.
    const env = { ...process.env, DISPLAY: display, GDK_SCALE: '2' };
    let base = '';
    for (let attempt = 0; !base; attempt++) {
      const url = `http://127.0.0.1:${await freePort()}`;
      const driver = start('WebKitWebDriver', [`--port=${new URL(url).port}`, '--host=local'], env);
      for (let i = 0; i < 200 && driver.exitCode === null && !base; i++) {
        if (
          await fetch(`${url}/status`).then(
            (r) => r.ok,
            () => false,
          )
        )
          base = url;
        else await sleep(25);
      }
      if (!base && attempt === 2) throw new Error(`WebKitWebDriver did not answer: ${driver.lastStderr()}`);
    }

    const wd = async (method: string, path: string, body?: object) => {
      if (process.env.DEBUG_WEBDRIVER) console.error(new Date().toISOString(), method, path, JSON.stringify(body ?? '').slice(0, 120));
      const response = await fetch(base + path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body && JSON.stringify(body),
        signal: AbortSignal.timeout(20_000), // a hung call fails the test with its name, not a bare timeout
      }).catch((error: Error) => Promise.reject(new Error(`WebDriver ${method} ${path}: ${error.message}`)));
      const { value } = (await response.json()) as { value: any };
      if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error} ${value?.message}`);
      return value;
    };

    return {
      close: async () => stop(),
      async newDriver({ baseURL, width, height }) {
        const { sessionId } = await wd('POST', '/session', {
          capabilities: {
            alwaysMatch: {
              browserName: 'MiniBrowser',
              // --automation is required with an explicit binary: without it POST /session never returns.
              'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
            },
          },
        });
        const s = (path = '') => `/session/${sessionId}${path}`;
        const run = (script: string) => wd('POST', s('/execute/sync'), { script: `return ${script}`, args: [] });
        const origin = new URL(baseURL).origin;
        const trouble: Trouble = { foreign: [], errors: [] };
        const collect = async () => {
          const { errors, requests } = await run(COLLECT);
          trouble.errors.push(...errors);
          for (const url of requests.filter(foreignTo(origin))) if (!trouble.foreign.includes(url)) trouble.foreign.push(url);
        };
        /** Wraps a navigation: what the old page saw is kept, the new page gets the hook. */
        const navigate = async (go: () => Promise<unknown>) => {
          await collect().catch(() => {}); // about:blank and the like have nothing to say
          await go();
          // The page can still be replacing itself when the URL call returns ("no such frame …
          // unload"): the hook then goes into the page that stays.
          for (let tries = 1; ; tries++) {
            try {
              return await run(HOOK);
            } catch (error) {
              if (tries === 3 || !/unload|no such frame/.test(String(error))) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        };
        // The window is sized so the viewport is width×height; the toolbar takes some of the height.
        let toolbar = 0;
        const fit = async (viewportHeight: number) => {
          await wd('POST', s('/window/rect'), { width, height: viewportHeight + toolbar });
          if (!toolbar) {
            toolbar = viewportHeight - (await run('innerHeight'));
            await wd('POST', s('/window/rect'), { width, height: viewportHeight + toolbar });
          }
        };
        await fit(height);
        // The language: WebKitGTK takes navigator.languages from the process locale (`C` here, and
        // a zh_CN locale is not installed), so the choice a user can make in the app is saved
        // first, from a page of the origin that is not the app.
        await wd('POST', s('/url'), { url: new URL('/favicon.svg', baseURL).href });
        await run(`localStorage.setItem('duice:lang', 'zh-CN')`);
        return {
          engine: 'webkitgtk',
          viewport: { width: Math.max(WEBKITGTK_MIN_WIDTH, width), height, scale: 2 },
          limits: [
            `viewport ${WEBKITGTK_MIN_WIDTH} px wide, not ${width}: MiniBrowser's toolbar keeps its window at least ${WEBKITGTK_MIN_WIDTH} px wide`,
            NO_TOUCH,
            'a console error is seen only once its page has loaded (WebDriver classic has no log API); the smoke checks load their page in a plain MiniBrowser for that',
            BLOBS,
          ],
          keepsBlobs: false,
          open: (path) => navigate(() => wd('POST', s('/url'), { url: new URL(path, baseURL).href })),
          async evaluate(expression) {
            const script = `const done = arguments[0];
              Promise.resolve().then(() => (${expression})).then((value) => done({ value }), (e) => done({ error: String((e && e.stack) || e) }));`;
            const result = await wd('POST', s('/execute/async'), { script, args: [] });
            if (result.error) throw new Error(result.error);
            return result.value;
          },
          async clickOn(expression) {
            const element = await run(expression);
            if (!element) return false;
            await wd('POST', s(`/element/${element[ELEMENT]}/click`), {});
            return true;
          },
          // WebDriver classic: Element Send Keys to a file input takes the paths, one a line.
          async upload(expression, files) {
            const element = await run(expression);
            await wd('POST', s(`/element/${element[ELEMENT]}/value`), { text: files.join('\n') });
          },
          async press(keys) {
            const actions = keys.flatMap((key) => [
              { type: 'keyDown', value: WEBDRIVER_KEYS[key] },
              { type: 'keyUp', value: WEBDRIVER_KEYS[key] },
            ]);
            await wd('POST', s('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions }] });
          },
          reload: () => navigate(() => wd('POST', s('/refresh'), {})),
          back: () => navigate(() => wd('POST', s('/back'), {})),
          forward: () => navigate(() => wd('POST', s('/forward'), {})),
          async newTab() {
            await collect();
            const { handle } = await wd('POST', s('/window/new'), { type: 'tab' });
            await wd('DELETE', s('/window'));
            await wd('POST', s('/window'), { handle });
            await fit(height);
          },
          async screenshot() {
            // Only the viewport can be captured (element screenshots come back black), so the window
            // is made as tall as the page for the shot.
            await fit(Math.min(await run('document.documentElement.scrollHeight'), 8000));
            // The screenshot is the last composited frame: on a cold shader cache it can still show
            // the previous screen unless two animation frames have passed.
            await wd('POST', s('/execute/async'), { script: 'requestAnimationFrame(() => requestAnimationFrame(arguments[0]))', args: [] });
            const png = Buffer.from(await wd('GET', s('/screenshot')), 'base64');
            await fit(height);
            return png;
          },
          trouble: async () => (await collect(), trouble),
          // A MiniBrowser not under automation does honour this setting: it prints the page's
          // console, with what the page logs while loading, which ends when its requests do.
          async loadConsole(path) {
            const profile = mkdtempSync(join(tmpdir(), 'duice-minibrowser-'));
            const proxy = await loadWatcher(origin);
            const plain = start(MINIBROWSER, ['--enable-write-console-messages-to-stdout=true', new URL(path, proxy.url).href], {
              ...env,
              XDG_DATA_HOME: profile,
            });
            let output = ''; // errors go to stderr, other levels to stdout
            for (const stream of [plain.stdout!, plain.stderr!]) stream.on('data', (chunk) => (output += chunk));
            try {
              await proxy.loaded;
            } finally {
              try {
                process.kill(-plain.pid!, 'SIGKILL');
              } catch {}
              proxy.close();
              rmSync(profile, { recursive: true, force: true });
            }
            return output.split('\n').filter((line) => /CONSOLE (\w+ )?ERROR/.test(line));
          },
          close: () => wd('DELETE', s()),
        };
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

const launchers: Record<Engine, (args: WorkerArgs) => Promise<Launched>> = { chromium, webkitgtk, firefox };

/**
 * `driver`: a fresh tab (own storage) in the project's engine, at the project's phone size, in
 * Simplified Chinese (the journeys match its text: Chromium's context locale, Firefox's
 * intl.accept_languages, WebKitGTK the saved choice). The test fails on any trouble the engine saw.
 */
export const test = base.extend<{ driver: Driver }, { engine: Engine; launched: Launched }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  launched: [
    async ({ engine, playwright, launchOptions }, use) => {
      const launched = await launchers[engine]({ playwright, launchOptions });
      try {
        await use(launched);
      } finally {
        await launched.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  driver: async ({ engine, launched, baseURL, viewport, deviceScaleFactor, isMobile, hasTouch, locale }, use, testInfo) => {
    const { width, height } = viewport ?? { width: 360, height: 740 };
    const driver = await launched.newDriver({
      baseURL: baseURL!,
      width,
      height,
      scale: deviceScaleFactor ?? 2,
      isMobile: isMobile ?? false,
      hasTouch: hasTouch ?? false,
      locale: locale ?? 'zh-CN',
    });
    try {
      for (const limit of driver.limits) testInfo.annotations.push({ type: `${engine} cannot`, description: limit });
      await use(driver);
      expectNoTrouble(await driver.trouble());
    } finally {
      await driver.close();
    }
  },
});
