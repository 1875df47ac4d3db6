/**
 * The shared journeys (journeys.ts) and the page smoke checks, run step by step on the `driver`
 * of whichever engine the project names (playwright.config.ts: chromium, webkitgtk, firefox).
 * Everything here is engine-neutral: the page is read with small functions run in the page as
 * they are written, and waiting is polling from here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import zhTriage from '../../locales/zh-CN/triage.json' with { type: 'json' };
import zhUi from '../../locales/zh-CN/ui.json' with { type: 'json' };
import { expect, test, type Driver } from './engines.ts';
import { drawImageInPage, withExifGps } from '../support/jpeg.ts';
import { putLogEntries } from '../support/logDatabase.mjs';
import { continueLabel, journeys, type Step } from './journeys.ts';
import { everyScreen, seed, seededLog, type Screen } from './screens.ts';

const tt = zhTriage;
const ui = zhUi;
const SCREENSHOTS = fileURLToPath(new URL('../../.reports/screenshots/', import.meta.url));

/** `fn(...args)` as an expression for the page. `fn` must use nothing from outside itself. */
const inPage = <A extends unknown[]>(fn: (...args: A) => unknown, ...args: A) => `(${fn})(...${JSON.stringify(args)})`;

// Run in the page.
const findControl = (text: string, within: string | null) =>
  [...((within ? document.querySelector(within) : document)?.querySelectorAll('a[href], button, summary') ?? [])].find(
    (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === text && el.getClientRects().length > 0,
  ) ?? null;
const findLabel = (text: string) => [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim() === text && l.control) ?? null;
const isChecked = (text: string) =>
  ([...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim() === text)?.control as HTMLInputElement | null)?.checked ?? null;
const heading = () => document.querySelector('h1')?.textContent ?? null;
/** Sets the labelled field's value through the element's own setter, which React then reads from the input event, as from a picker. */
const fillField = (text: string, value: string) => {
  const input = ([...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim() === text)?.control ?? null) as HTMLInputElement | null;
  if (!input) return false;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
};
/** How many images there are inside the selector, and how many of them the engine has loaded and decoded. */
const imagesIn = (selector: string) => {
  // Thumbnails load lazily: only once scrolled to.
  document.querySelector(selector)?.scrollIntoView({ block: 'center' });
  const images = [...document.querySelectorAll<HTMLImageElement>(`${selector} img`)];
  return { count: images.length, decoded: images.filter((img) => img.complete && img.naturalWidth > 0).length };
};
/** The text of the element (or the page), a text box's value for a text box, without whitespace. */
const textIn = (selector: string | null) => {
  const element = selector ? document.querySelector(selector) : document.body;
  if (!element) return null;
  return (element instanceof HTMLTextAreaElement ? element.value : (element as HTMLElement).innerText).replace(/\s+/g, '');
};
const items = () =>
  [...document.querySelectorAll('[data-item]')].map((el) => {
    const title = el.querySelector('.item-title');
    return { id: el.getAttribute('data-item'), title: title && title.getClientRects().length > 0 ? (title.textContent ?? '').trim() : null };
  });
const todayPanel = () =>
  [...document.querySelectorAll('[data-today]')].map((el) => ({
    id: el.getAttribute('data-today'),
    calls: [...el.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')!.slice(4)),
    // The bottom of the action's first control, from the top of the page.
    controlBottom: (el.querySelector('.today-actions > *')?.getBoundingClientRect().bottom ?? Infinity) + scrollY,
  }));
const dials = () => [...document.querySelectorAll('main a[href^="tel:"]')].map((a) => a.getAttribute('href')!.slice(4));
const firstDialBottom = () => (document.querySelector('main a[href^="tel:"]')?.getBoundingClientRect().bottom ?? Infinity) + scrollY;
const kindsIn = (item: string) =>
  [...document.querySelectorAll(`[data-item="${item}"] [data-cite]`)]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => ({ cite: el.getAttribute('data-cite'), kind: (el.querySelector('.kind')?.textContent ?? '').trim() }));

const poll = <T>(read: () => Promise<T>, message: string) => expect.poll(read, { message, timeout: 10_000, intervals: [25, 50, 100] });

async function tap(driver: Driver, expression: string, what: string) {
  await poll(() => driver.clickOn(expression).catch((error: Error) => error.message), `tap ${what}`).toBe(true);
}

async function run(driver: Driver, step: Step, name: string) {
  const read = <T>(fn: (...args: any[]) => T, ...args: unknown[]) => driver.evaluate(inPage(fn, ...args)) as Promise<T>;
  if ('open' in step) {
    await driver.open(step.open);
    const { width, scale } = driver.viewport;
    // The layout width too: a scrollbar beside the page (not over it, as on a phone) would narrow it.
    return expect(await read(() => [innerWidth, document.documentElement.clientWidth, devicePixelRatio]), 'viewport and layout width, pixel ratio').toEqual([
      width,
      width,
      scale,
    ]);
  }
  if ('answer' in step) {
    for (const [nodeId, value = []] of step.answer) {
      const node = tt.nodes[nodeId] as { title: string; answers?: Record<string, string> };
      await poll(() => read(heading), `heading of ${nodeId}`).toBe(node.title);
      for (const answer of ([] as string[]).concat(value)) {
        const label = node.answers![answer];
        await tap(driver, inPage(findLabel, label), `answer "${label}"`);
        await poll(() => read(isChecked, label), `"${label}" ticked`).toBe(true);
      }
      await tap(driver, inPage(findControl, continueLabel(nodeId), null), continueLabel(nodeId));
    }
    return;
  }
  if ('needs' in step) return; // the journey's loop below acts on it
  if ('fill' in step) return poll(() => read(fillField, step.fill, step.value), `"${step.fill}" filled in`).toBe(true);
  if ('choose' in step) {
    await tap(driver, inPage(findLabel, step.choose), `"${step.choose}"`);
    return poll(() => read(isChecked, step.choose), `"${step.choose}" ticked`).toBe(true);
  }
  if ('attach' in step) {
    // Drawn by the engine itself, so every engine gets a file it can decode: a phone screenshot, and a photo that says where it was taken.
    const drawn = async (width: number, height: number, type: string) => Buffer.from(await read(drawImageInPage, { width, height, type }), 'base64');
    const files = [
      { name: 'screenshot.png', bytes: await drawn(540, 1200, 'image/png') },
      { name: 'photo.jpg', bytes: withExifGps(await drawn(800, 600, 'image/jpeg')) },
    ].slice(0, step.images);
    const paths = files.map(({ name, bytes }) => {
      const path = test.info().outputPath(name);
      writeFileSync(path, bytes);
      return path;
    });
    return driver.upload(`${inPage(findLabel, step.attach)}.control`, paths);
  }
  if ('images' in step) return poll(() => read(imagesIn, step.in), `images in ${step.in}`).toEqual({ count: step.images, decoded: step.images });
  if ('press' in step) return tap(driver, inPage(findControl, step.press, step.within ?? null), `"${step.press}" ${step.within ?? ''}`);
  if ('heading' in step) return poll(() => read(heading), 'heading').toBe(step.heading);
  if ('text' in step) {
    const wanted = step.text.replace(/\s+/g, '');
    const where = `${step.in ?? 'the page'}`;
    if (step.absent) return expect(await read(textIn, step.in ?? null), `no "${step.text}" in ${where}`).not.toContain(wanted);
    return poll(async () => (await read(textIn, step.in ?? null)) ?? '', `"${step.text}" in ${where}`).toContain(wanted);
  }
  if ('readAloud' in step) {
    await driver.evaluate(inPage(() => document.querySelector('h1')!.focus()));
    await driver.press(['Tab']);
    await poll(() => read(() => document.activeElement?.classList.contains('read-aloud-toggle') ?? false), 'Tab from the heading reaches 朗读').toBe(true);
    await driver.press(['Enter']);
    // Runs in the page, so it names nothing from here. The toggle keeps its other labels hidden beside the shown one.
    const outcome = () => {
      if (document.querySelector('.read-aloud-none')) return 'no voice, said so';
      return document.querySelector('.read-aloud-toggle > span:not(.read-aloud-spare)')?.textContent === '暂停' ? 'reading' : 'nothing';
    };
    return poll(() => read(outcome), 'read aloud, or a message that it cannot').not.toBe('nothing');
  }
  if ('headingFocused' in step) return poll(() => read(() => document.activeElement === document.querySelector('h1')), 'heading has focus').toBe(true);
  if ('path' in step) return poll(() => read(() => location.pathname), 'address').toBe(step.path);
  if ('checked' in step) return poll(() => read(isChecked, step.checked), `"${step.checked}" ticked`).toBe(true);
  if ('items' in step) {
    const { include = [], exclude = [], first, order = [] } = step.items;
    const titles = Object.fromEntries(include.map((id) => [id, (tt.checklist as Record<string, { title: string }>)[id].title]));
    await poll(async () => (await read(items)).filter((i) => i.id! in titles), 'items shown with their titles').toEqual(
      expect.arrayContaining(include.map((id) => ({ id, title: titles[id] }))),
    );
    const ids = (await read(items)).map((i) => i.id);
    for (const id of exclude) expect(ids, `no item ${id}`).not.toContain(id);
    if (first) expect(ids.filter((id) => id !== 'stayCalm')[0], 'first item').toBe(first);
    for (const [a, b] of order) expect(ids.indexOf(a), `${a} before ${b}`).toBeLessThan(ids.indexOf(b));
    return;
  }
  if ('today' in step) {
    const { first, include = [], calls = {} } = step.today;
    await poll(async () => (await read(todayPanel))[0]?.id, 'first action today').toBe(first);
    const panel = await read(todayPanel);
    for (const id of include)
      expect(
        panel.map((p) => p.id),
        `${id} today`,
      ).toContain(id);
    for (const [id, numbers] of Object.entries(calls)) expect(panel.find((p) => p.id === id)?.calls, `numbers to call for ${id}`).toEqual(numbers);
    const { height } = driver.viewport;
    return expect(panel[0].controlBottom, `first action's control within the first ${height} px`).toBeLessThanOrEqual(height);
  }
  if ('dial' in step) {
    await poll(() => read(dials), 'numbers to call').toEqual(step.dial);
    const { height } = driver.viewport;
    return expect(await read(firstDialBottom), `first number to call within the first ${height} px`).toBeLessThanOrEqual(height);
  }
  if ('citeKind' in step) {
    const { item, cite, kind } = step.citeKind;
    return poll(async () => (await read(kindsIn, item)).find((c) => c.cite === cite)?.kind, `kind of ${cite} in ${item}`).toBe(kind);
  }
  if ('noKind' in step) {
    const kinds = (await read(kindsIn, step.noKind.item)).map((c) => c.kind);
    expect(kinds.length, `citations shown in ${step.noKind.item}`).toBeGreaterThan(0);
    return expect(kinds).not.toContain(step.noKind.kind);
  }
  if ('noSidewaysScroll' in step)
    return expect(await read(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no sideways scroll').toBe(true);
  if ('tapTargets' in step) {
    const small = () =>
      [...document.querySelectorAll('a, button, select, summary, label')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => ({ text: (el.textContent ?? '').trim().slice(0, 20), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`);
    return expect(await read(small), 'tap targets under 44×44 px').toEqual([]);
  }
  if ('reload' in step) return driver.reload();
  if ('back' in step) return driver.back();
  if ('forward' in step) return driver.forward();
  if ('newTab' in step) return driver.newTab();
  if ('screenshot' in step) {
    mkdirSync(`${SCREENSHOTS}${driver.engine}`, { recursive: true });
    return writeFileSync(`${SCREENSHOTS}${driver.engine}/${name}.png`, await driver.screenshot());
  }
  throw new Error(`unknown step ${JSON.stringify(step satisfies never)}`);
}

for (const journey of journeys) {
  test(journey.title, async ({ driver }) => {
    for (const step of journey.steps) {
      if ('needs' in step && !driver[step.needs]) {
        test.info().annotations.push({ type: `${driver.engine} skips`, description: `the rest of the journey, which needs ${step.needs} (see its limits)` });
        break;
      }
      await test.step(JSON.stringify(step).slice(0, 100), () => run(driver, step, journey.name));
    }
  });
}

/** Puts the screen's answers, saved forms and log entries where the app keeps them, as accessibility.spec.ts does. */
async function prepare(driver: Driver, screen: Screen) {
  const { key, value } = seed(screen.answers);
  await driver.open('/data');
  // Leaving a page while its screen is still downloading makes Firefox log the aborted import as an error.
  await poll(() => driver.evaluate(inPage(heading)), 'the data page has loaded').toBe(ui.data.title);
  await driver.evaluate(
    inPage((all: Record<string, string>) => Object.entries(all).forEach(([k, v]) => localStorage.setItem(k, v)), {
      [key]: value,
      'duice:lang': 'zh-CN',
      ...screen.storage,
    }),
  );
  if (screen.log) {
    // Once the log shows its last section, the app has created its database; the entries go into that.
    await driver.open('/log');
    await poll(() => driver.evaluate(`document.querySelector('#consent-heading') !== null`), 'the log has loaded').toBe(true);
    await driver.evaluate(inPage(putLogEntries, seededLog()));
  }
}

// The pages outside the triage (screens.ts: every one with a heading), each with the data that shows all of it.
for (const screen of everyScreen().filter((s) => s.heading)) {
  test(`${screen.name} (${screen.path}) opens with its heading, no sideways scroll and 44 px tap targets`, async ({ driver }) => {
    const name = `page-${screen.name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`;
    const loadConsole = driver.loadConsole?.(screen.path); // alongside, it takes a while
    await prepare(driver, screen);
    for (const step of [
      { open: screen.path },
      { heading: screen.heading! },
      { path: screen.path },
      { noSidewaysScroll: true },
      { tapTargets: true },
      { screenshot: true },
    ] as Step[])
      await run(driver, step, name);
    if (loadConsole) expect(await loadConsole, 'console errors while the page loads').toEqual([]);
  });
}
