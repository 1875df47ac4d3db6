import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';
import { putLogEntries } from '../support/logDatabase.mjs';
import { everyScreen, seed, seededLog, type Screen } from './screens.ts';

async function open(page: Page, screen: Screen, language: string) {
  const { key, value } = seed(screen.answers);
  await page.goto('/data');
  const items = { [key]: value, 'duice:lang': language, ...screen.storage };
  await page.evaluate((all) => Object.entries(all).forEach(([k, v]) => localStorage.setItem(k, v)), items);
  if (screen.log) {
    // Once the app shows the log (its last section), it has created its database; the entries go into that.
    await page.goto('/log');
    await expect(page.locator('#consent-heading')).toBeVisible();
    await page.evaluate(putLogEntries, seededLog());
  }
  await page.goto(screen.path);
  await expect(page).toHaveURL(new RegExp(`${screen.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

for (const screen of everyScreen()) {
  test(`${screen.name}: no axe violations (zh-CN, en, dark), tap targets ≥ 44 px, no sideways scroll at 320 px or 200% text`, async ({ page }) => {
    for (const language of ['en', 'zh-CN']) {
      await open(page, screen, language);
      expect(await axeViolations(page), language).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    const small = await page.locator('a, button, select, summary, label').evaluateAll((all) =>
      all
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ text: (el.textContent ?? '').trim().slice(0, 30), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small, 'tap targets under 44×44 px').toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await overflows(page), 'sideways scroll at 320 px').toBe(false);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await overflows(page), 'sideways scroll with text at 200%').toBe(false);
  });
}
