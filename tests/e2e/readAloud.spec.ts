import { expect, test, tt, ui } from './fixtures.ts';

const group = (page: import('@playwright/test').Page) => page.getByRole('group', { name: ui.readAloud.group });

test('read aloud is on a question screen and works from the keyboard: it reads, or says there is no voice', async ({ page }) => {
  await page.goto('/q/danger');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.danger.title);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // The control comes right after the heading, first in the tab order.
  await page.keyboard.press('Tab');
  const play = group(page).getByRole('button', { name: ui.readAloud.play, exact: true });
  await expect(play).toBeFocused();
  expect((await play.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await page.keyboard.press('Enter');
  // Headless Chromium here has no voice at all: then the message takes the control's place and the focus.
  const noVoice = page.getByText(ui.readAloud.noVoice);
  const pause = group(page).getByRole('button', { name: ui.readAloud.pause, exact: true });
  await expect(noVoice.or(pause)).toBeVisible();
  if (await noVoice.isVisible()) {
    await expect(noVoice).toBeFocused();
    expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  } else {
    await expect(pause).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(group(page).getByRole('button', { name: ui.readAloud.play, exact: true })).toBeVisible();
  }
});

test('the control keeps its size as its label changes', async ({ page }) => {
  // A device with one Mandarin voice, stood in for by a stub: what is measured is the layout, not the speech.
  await page.addInitScript(() => {
    const voice = { lang: 'zh-CN', name: 'stub', localService: true, default: true, voiceURI: 'stub' };
    const synth = {
      getVoices: () => [voice],
      speak() {},
      pause() {},
      resume() {},
      cancel() {},
      paused: false,
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: class {} });
  });
  await page.goto('/q/danger');
  const toggle = group(page).getByRole('button').first();
  const before = await group(page).boundingBox();
  const width = (await toggle.boundingBox())!.width;
  await toggle.click();
  await expect(toggle).toHaveAccessibleName(ui.readAloud.pause);
  await toggle.click();
  await expect(toggle).toHaveAccessibleName(ui.readAloud.resume);
  expect((await toggle.boundingBox())!.width).toBe(width);
  expect(await group(page).boundingBox()).toEqual(before);
});
