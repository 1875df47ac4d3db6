import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { drawImageInPage, hasExif, withExifGps } from '../support/jpeg.ts';
import { putLogEntries } from '../support/logDatabase.mjs';
import { addEntry, answerAll, deleteAllData, expect, log, start, test, tt, ui } from './fixtures.ts';
import { agencyBankCardComplaint } from './journeys.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const flagTags = (page: Page) => page.locator('.log-entry .tag');

/** From the log: an encrypted backup with the passphrase "correct horse", saved at `path`. */
async function makeBackup(page: Page, path: string) {
  await page.getByRole('link', { name: log.page.backup }).click();
  const make = page.getByRole('region', { name: log.backup.makeHeading });
  await make.getByLabel(log.backup.passphrase, { exact: true }).fill('correct horse');
  await make.getByLabel(log.backup.repeat).fill('correct horse');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: log.backup.make }).click()]);
  await download.saveAs(path);
  return path;
}

/** On the backup page: restore a file with a passphrase. */
async function restoreBackup(page: Page, file: string, passphrase: string) {
  const region = page.getByRole('region', { name: log.backup.restoreHeading });
  await region.getByLabel(log.backup.file).setInputFiles(file);
  await region.getByLabel(log.backup.passphrase).fill(passphrase);
  await page.getByRole('button', { name: log.backup.restore }).click();
}

test.beforeEach(async ({ page }) => {
  // "Now" is fixed, so entries dated in November 2026 are in the past whatever the machine's clock says.
  await page.clock.setFixedTime(new Date('2026-11-24T12:00:00'));
  await page.goto('/log');
  await expect(heading(page)).toHaveText(log.page.title);
});

test('a contact is added in three taps, and a call at 23:10 is flagged as night contact with its rule and kind', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-20T23:10:00'));
  await page.reload();
  // Tap 1: "刚才有人联系我", the page's first button. Tap 2: how. Tap 3: save. The time is now.
  await expect(page.locator('main').getByRole('button').first()).toHaveText(log.quick.start);
  await page.getByRole('button', { name: log.quick.start }).tap();
  await page.getByText(log.kinds.missedCall, { exact: true }).tap();
  await page.getByRole('button', { name: log.form.save }).tap();

  await expect(page.getByRole('status').filter({ hasText: log.quick.saved.replace('{{time}}', '23:10') })).toBeVisible();
  const entry = page.locator('.log-entry').first();
  await expect(entry).toContainText('23:10');
  await expect(entry.locator('.tag')).toHaveText([log.flags.night.title]);
  const night = page.locator('[data-flag="night"]');
  await night.getByText(log.page.why).click();
  await expect(night.locator('[data-cite="gbt45251"] .kind')).toHaveText(ui.kind.standard);
  await expect(night.locator('[data-cite="bankAssocGuide"] .kind')).toHaveText(ui.kind.selfRegulation);
  await expect(night.locator('.kind', { hasText: new RegExp(`^${ui.kind.law}$`) })).toHaveCount(0);

  // It is kept: a reload reads it back from the phone's storage.
  await page.reload();
  await expect(page.locator('.log-entry')).toHaveCount(1);
});

test('21:59 is not night contact and 22:00 is; the fourth answered call from one organisation in a day is over the limit, the third not', async ({ page }) => {
  await addEntry(page, { kind: 'answeredCall', at: '2026-11-18T21:59', organisation: '某某催收' });
  await addEntry(page, { kind: 'answeredCall', at: '2026-11-18T22:00', organisation: '某某催收' });
  await addEntry(page, { kind: 'answeredCall', at: '2026-11-18T12:00', organisation: '某某催收' });
  await addEntry(page, { kind: 'answeredCall', at: '2026-11-18T12:30', organisation: '某某催收' });
  const tagsAt = (time: string) => page.locator('.log-entry', { hasText: time }).locator('.tag');
  // In time order: 12:00, 12:30, 21:59 (the third call), 22:00 (the fourth).
  await expect(tagsAt('21:59')).toHaveCount(0);
  await expect(tagsAt('22:00')).toHaveText([log.flags.night.title, log.flags.answeredCallsOverLimit.title]);
  await expect(tagsAt('12:30')).toHaveCount(0);
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.chart-table tbody td').first()).toHaveText('4');
});

test('a relative told about the debt shows in the log and, without retyping, on the triage checklist', async ({ page }) => {
  await addEntry(page, { kind: 'thirdParty', at: '2026-11-19T10:00', organisation: '某某催收', events: ['toldOthers'] });
  await expect(flagTags(page)).toHaveText([log.flags.disclosure.title, log.flags.thirdPartyContact.title]);

  await start(page);
  await answerAll(page, agencyBankCardComplaint);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(heading(page)).toHaveText(tt.nodes.checklist.title);
  const item = page.locator('[data-item="thirdParties"]');
  await expect(item).toContainText(ui.checklist.fromLog_other.replace('{{count}}', '1'));
  await page
    .locator('[data-item="keepALog"]')
    .getByRole('link', { name: ui.checklist.openTool.replace('{{tool}}', ui.tools.log.name) })
    .click();
  await expect(heading(page)).toHaveText(log.page.title);
});

test('a time in the future or in 1970 gets a clear message, and nothing typed is lost', async ({ page }) => {
  await page.getByRole('link', { name: log.page.add }).click();
  await page.getByRole('radio', { name: log.kinds.sms, exact: true }).check();
  await page.getByLabel(log.fields.note).fill('他说明天来我家');
  await page.getByLabel(log.fields.at).fill('2099-01-01T10:00');
  await page.getByRole('button', { name: log.form.save }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(log.errors.future);
  await expect(page.getByLabel(log.fields.at)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(log.fields.note)).toHaveValue('他说明天来我家');

  await page.getByLabel(log.fields.at).fill('1970-01-01T08:00');
  await page.getByRole('button', { name: log.form.save }).click();
  await expect(page.getByRole('alert')).toContainText(log.errors.tooOld);
  await summary.getByRole('link').click();
  await expect(page.getByLabel(log.fields.at)).toBeFocused();

  await page.getByLabel(log.fields.at).fill('2026-11-01T10:00');
  await page.getByRole('button', { name: log.form.save }).click();
  await expect(page.locator('.log-entry')).toContainText(log.kinds.sms);
});

test('whatever a note contains is shown as text, kept whole, and an entry can be changed and deleted', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => (dialogs++, dialog.dismiss()));
  const markup = '<img src=x onerror=alert(1)> 😡 "引号", 逗号\n第二行';
  const long = markup + '好'.repeat(10_000 - markup.length);
  await addEntry(page, { kind: 'message', at: '2026-11-02T09:00', note: long });
  await page.locator('.log-entry a').first().click();
  await expect(heading(page)).toHaveText(log.form.editTitle);
  await expect(page.getByLabel(log.fields.note)).toHaveValue(long);
  await page.getByLabel(log.fields.organisation).fill('新名字');
  await page.getByRole('button', { name: log.form.save }).click();
  await expect(page.locator('.log-entry').first()).toContainText('新名字');

  await page.getByRole('link', { name: log.page.timeline }).click();
  await expect(page.locator('.timeline .note')).toHaveText(long);
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);

  await page.getByRole('link', { name: log.form.back }).click();
  await page.locator('.log-entry a').first().click();
  await page.getByRole('button', { name: log.form.delete }).click();
  await page.getByRole('button', { name: log.form.confirmDelete }).click();
  await expect(page.getByText(log.page.empty)).toBeVisible();
});

test('the timeline says who wrote it, prints to A4, copies as text and downloads as a CSV that spreadsheets read', async ({ page, context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await addEntry(page, { kind: 'visit', at: '2026-11-03T21:30', organisation: '某某资产', events: ['refusedToLeave'], note: '=HYPERLINK("x")' });
  await page.getByRole('link', { name: log.page.timeline }).click();
  await expect(heading(page)).toHaveText(log.timeline.title);
  await expect(page.locator('.statement')).toContainText('这份记录由我本人填写');

  await page.getByRole('button', { name: log.timeline.copy }).click();
  await expect(page.getByRole('status').filter({ hasText: log.timeline.copied })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('这份记录由我本人填写');
  expect(text).toContain('21:30');
  expect(text).toContain(log.flags.homeEntry.title);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: log.timeline.csv }).click()]);
  const csv = readFileSync(await download.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel and WPS read the Chinese
  const body = csv.toString('utf8');
  expect(body).toContain('某某资产');
  expect(body).toContain(`"'=HYPERLINK(""x"")"`); // a formula in a note stays text
  expect(body).toContain('\r\n');

  const pdfPath = testInfo.outputPath('timeline.pdf');
  await page.pdf({ path: pdfPath, format: 'A4' });
  const pdf = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(pdf).toContain('这份记录由我本人填写');
  expect(pdf).toContain('某某资产');
  for (const chrome of [log.timeline.print, log.timeline.csv, ui.data.deleteAll]) expect(pdf).not.toContain(chrome.replace(/\s+/g, ''));
});

test('an encrypted backup restores on a cleared phone; a wrong passphrase or a damaged file changes nothing', async ({ page }, testInfo) => {
  await addEntry(page, { kind: 'answeredCall', at: '2026-11-04T10:00', organisation: '备份测试' });
  const backup = await makeBackup(page, testInfo.outputPath('backup.json'));
  expect(readFileSync(backup, 'utf8')).not.toContain('备份测试'); // encrypted

  // A new phone, as far as the app can tell.
  await deleteAllData(page);
  await page.goto('/log/backup');
  const restore = (file: string, passphrase: string) => restoreBackup(page, file, passphrase);
  await restore(backup, 'wrong horse');
  await expect(page.getByRole('alert')).toContainText(log.backupErrors.wrongPassphraseOrDamaged);
  const damaged = testInfo.outputPath('damaged.json');
  const file = JSON.parse(readFileSync(backup, 'utf8'));
  file.data = file.data.slice(0, -8) + 'AAAAAAA=';
  writeFileSync(damaged, JSON.stringify(file));
  await restore(damaged, 'correct horse');
  await expect(page.getByRole('alert')).toContainText(log.backupErrors.wrongPassphraseOrDamaged);
  await page.goto('/log');
  await expect(page.getByText(log.page.empty)).toBeVisible();

  await page.goto('/log/backup');
  await restore(backup, 'correct horse');
  await expect(page.getByRole('status').filter({ hasText: log.restoreResult.entries.added_other.replace('{{count}}', '1') })).toBeVisible();
  await page.goto('/log');
  await expect(page.locator('.log-entry')).toContainText('备份测试');
});

test('restoring an older backup keeps an edit made since and says so; a consent needs a name', async ({ page }, testInfo) => {
  await addEntry(page, { kind: 'answeredCall', at: '2026-11-05T23:30', organisation: '原来的名字' });
  const backup = await makeBackup(page, testInfo.outputPath('older.json'));
  await page.getByRole('link', { name: log.form.back }).click();
  await page.locator('.log-entry a').first().click();
  await page.getByLabel(log.fields.organisation).fill('改过的名字');
  await page.getByRole('button', { name: log.form.save }).click();

  await page.goto('/log/backup');
  await restoreBackup(page, backup, 'correct horse');
  const status = page.getByRole('region', { name: log.backup.restoreHeading }).getByRole('status');
  await expect(status).toContainText(log.restoreResult.entries.keptPhone_other.replace('{{count}}', '1'));
  await expect(status).not.toContainText(log.restoreResult.entries.added_other.replace('{{count}}', '1'));
  await page.goto('/log');
  await expect(page.locator('.log-entry')).toHaveCount(1);
  await expect(page.locator('.log-entry')).toContainText('改过的名字');

  // An empty name is refused, and the night flag stays.
  await page.getByRole('button', { name: log.consent.label }).click();
  await expect(page.getByLabel(log.consent.organisation)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(log.consent.errors.noOrganisation)).toBeVisible();
  await expect(page.locator('.log-entry .tag')).toHaveText([log.flags.night.title]);
});

test('five contacts: flags, the chart, a CSV row each, kept over a reload, and back whole from a backup on a cleared phone', async ({ page }, testInfo) => {
  await addEntry(page, { kind: 'missedCall', at: '2026-11-20T23:10', organisation: '某某资产', phone: '010-12345678' });
  await addEntry(page, { kind: 'thirdParty', at: '2026-11-21T10:00', organisation: '某某资产', events: ['toldOthers'], note: '打给了我母亲' });
  for (const time of ['09:00', '12:00', '15:00']) await addEntry(page, { kind: 'answeredCall', at: `2026-11-22T${time}`, organisation: '某某资产' });
  const entries = page.locator('.log-entry');
  await expect(entries).toHaveCount(5);
  await expect(page.locator('.log-entry', { hasText: '23:10' }).locator('.tag')).toHaveText([log.flags.night.title]);
  await expect(page.locator('.log-entry', { hasText: '10:00' }).locator('.tag')).toHaveText([log.flags.disclosure.title, log.flags.thirdPartyContact.title]);
  await expect(page.locator('.log-entry', { hasText: '15:00' }).locator('.tag')).toHaveCount(0); // the third answered call that day: within the limit

  // The chart's picture and its table: three days, five contacts, two of them flagged.
  await expect(
    page.getByRole('img', {
      name: log.page.chartSummary
        .replace('{{contacts}}', '5')
        .replace('{{flagged}}', '2')
        .replace(/<\/?n>/g, ''),
    }),
  ).toBeVisible();
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(3);
  const perDay = await page
    .locator('.chart-table tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));
  expect(perDay).toEqual([
    ['1', '1'],
    ['1', '1'],
    ['3', '0'],
  ]);

  await page.getByRole('link', { name: log.page.timeline }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: log.timeline.csv }).click()]);
  const rows = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(rows[0]).toContain('这份记录由我本人填写'); // who wrote it, then the header, then a row per contact
  expect(rows.slice(2)).toEqual([
    `2026-11-20,23:10,${log.kinds.missedCall},某某资产,,010-12345678,,,,${log.flags.night.title},`,
    `2026-11-21,10:00,${log.kinds.thirdParty},某某资产,,,,${log.events.toldOthers},,${log.flags.disclosure.title}、${log.flags.thirdPartyContact.title},打给了我母亲`,
    ...['09:00', '12:00', '15:00'].map((time) => `2026-11-22,${time},${log.kinds.answeredCall},某某资产,,,,,,,`),
  ]);

  await page.goto('/log');
  await page.reload();
  await expect(entries).toHaveCount(5);

  const backup = await makeBackup(page, testInfo.outputPath('five.json'));
  await deleteAllData(page);
  await page.goto('/log');
  await expect(page.getByText(log.page.empty)).toBeVisible();
  await page.goto('/log/backup');
  await restoreBackup(page, backup, 'correct horse');
  await expect(page.getByRole('status').filter({ hasText: log.restoreResult.entries.added_other.replace('{{count}}', '5') })).toBeVisible();
  await page.goto('/log');
  await expect(entries).toHaveCount(5);
  await expect(page.locator('.log-entry', { hasText: '23:10' }).locator('.tag')).toHaveText([log.flags.night.title]);
});

test('a log of 3,000 entries: the list and the timeline open on the newest, reach the oldest, and the printout holds every entry', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  // 30 a day from 08:00, the newest on 23 November 2026; each note says where it stands ("N0000" is the oldest).
  const count = 3000;
  const entries = Array.from({ length: count }, (_, i) => {
    const back = count - 1 - i;
    const day = new Date(Date.UTC(2026, 10, 23 - Math.floor(back / 30))).toISOString().slice(0, 10);
    const minutes = 8 * 60 + (29 - (back % 30)) * 20;
    const at = `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return {
      id: `long-${i}`,
      kind: 'sms' as const,
      at,
      organisation: '某某资产',
      lender: '',
      phone: '',
      name: '',
      events: [],
      note: `N${String(i).padStart(4, '0')}`,
      updatedAt: 1,
    };
  });
  await page.evaluate(putLogEntries, entries);
  await page.reload();
  await expect(
    page.getByText(
      log.page.summary_other
        .replace('{{count}}', String(count))
        .replace('{{flagged}}', '0')
        .replace(/<\/?n>/g, ''),
    ),
  ).toBeVisible();
  const times = page.locator('.log-entry .time');
  await expect(times.first()).toHaveText('17:40');
  expect(await times.count()).toBeLessThan(100);

  await page.getByRole('link', { name: log.page.timeline }).click();
  const notes = page.locator('.timeline .note');
  await expect(notes.last()).toHaveText('N2999');
  expect(await notes.count()).toBeLessThanOrEqual(200);
  await expect(page.getByText('N0000', { exact: true })).toHaveCount(0);

  // Printed (page.pdf sends beforeprint, as the browser's print does): every entry, and no word that it is partial.
  const pdfPath = testInfo.outputPath('long.pdf');
  await page.pdf({ path: pdfPath, format: 'A4' });
  const pdf = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, '');
  const missing = entries.map((entry) => entry.note).filter((note) => !pdf.includes(note));
  expect(missing).toEqual([]);
  expect(pdf).not.toContain(log.timeline.partialPrint.slice(0, 8));
  // The screen is short again, and the oldest entry is one tap away.
  expect(await notes.count()).toBeLessThanOrEqual(200);
  await page.getByRole('button', { name: log.timeline.showAll.replace('{{total}}', String(count)) }).click();
  await expect(notes.first()).toHaveText('N0000');
  await expect(notes).toHaveCount(count);
});

/** The images kept on the phone, read straight from IndexedDB: id, bytes (base64) and pixel size, in id order. */
function storedImages(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('duice-log');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<{ id: string; blob: Blob }[]>((resolve, reject) => {
      const request = db.transaction('images').objectStore('images').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const read = async ({ id, blob }: { id: string; blob: Blob }) => {
      const bitmap = await createImageBitmap(blob);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return { id, type: blob.type, size: blob.size, width: bitmap.width, height: bitmap.height, base64: btoa(binary) };
    };
    return (await Promise.all(records.map(read))).sort((a, b) => (a.id < b.id ? -1 : 1));
  });
}

/** An image drawn in the page (shapes and lines of text, like a screenshot), as file bytes of the given type. */
async function drawnImage(page: Page, width: number, height: number, type: string): Promise<Uint8Array> {
  return new Uint8Array(Buffer.from(await page.evaluate(drawImageInPage, { width, height, type }), 'base64'));
}

test('screenshots and photos: re-encoded without their metadata, kept across a reload, in the backup byte for byte, and named before delete-all', async ({
  page,
}, testInfo) => {
  // A phone screenshot (PNG, 1080×2400) and a photo (JPEG) carrying an EXIF GPS position.
  const screenshot = testInfo.outputPath('screenshot.png');
  writeFileSync(screenshot, await drawnImage(page, 1080, 2400, 'image/png'));
  const photo = testInfo.outputPath('photo.jpg');
  const photoBytes = withExifGps(await drawnImage(page, 2000, 1500, 'image/jpeg'));
  expect(hasExif(photoBytes)).toBe(true);
  writeFileSync(photo, photoBytes);

  await page.getByRole('link', { name: log.page.add }).click();
  await page.getByRole('radio', { name: log.kinds.sms, exact: true }).check();
  const images = page.getByRole('region', { name: log.images.heading });
  await images.getByLabel(log.images.add).setInputFiles([screenshot, photo]);
  await expect(images.getByRole('img')).toHaveCount(2);
  await page.getByRole('button', { name: log.form.save }).click();
  await expect(page.locator('.log-entry .thumbnail img')).toHaveCount(2);

  await page.reload();
  await expect(page.locator('.log-entry .thumbnail img')).toHaveCount(2);
  // Tapping a thumbnail shows the image full size.
  await page.locator('.log-entry .thumbnail').first().click();
  await expect(page.locator('dialog.image-viewer[open] img')).toBeVisible();
  await page.locator('dialog.image-viewer[open]').getByRole('button', { name: log.images.close }).click();

  const kept = await storedImages(page);
  expect(kept).toHaveLength(2);
  for (const image of kept) {
    expect(image.type).toBe('image/jpeg');
    expect(hasExif(new Uint8Array(Buffer.from(image.base64, 'base64')))).toBe(false);
    expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(1600);
  }
  const fromScreenshot = kept.find((image) => image.height === 1600)!;
  expect(fromScreenshot.width).toBe(720);
  testInfo.annotations.push({
    type: 'image size',
    description: `1080×2400 PNG screenshot of ${readFileSync(screenshot).length} bytes kept as 720×1600 JPEG of ${fromScreenshot.size} bytes`,
  });

  const backup = await makeBackup(page, testInfo.outputPath('backup.json'));
  await page.goto('/data/delete');
  await expect(page.getByText(ui.deleteData.images_other.replace('{{count}}', '2'))).toBeVisible();
  await page.getByRole('button', { name: ui.deleteData.confirm }).click();
  await expect(page.getByText(ui.notice.deleted)).toBeVisible();
  await page.goto('/log');
  await expect(page.getByText(log.page.empty)).toBeVisible();
  expect(await storedImages(page)).toEqual([]);

  await page.goto('/log/backup');
  await restoreBackup(page, backup, 'correct horse');
  await expect(page.getByRole('status').filter({ hasText: log.restoreResult.images.added_other.replace('{{count}}', '2') })).toBeVisible();
  expect(await storedImages(page)).toEqual(kept);
  await page.goto('/log/timeline');
  await expect(page.locator('.timeline .thumbnail img')).toHaveCount(2);
});

test('the evidence pack: an entry with a screenshot, its breach with the rule and kind, the image under its date, printed to an A4 PDF without the app around it', async ({
  page,
}, testInfo) => {
  const screenshot = testInfo.outputPath('threat.png');
  writeFileSync(screenshot, await drawnImage(page, 1080, 2400, 'image/png'));
  await page.getByRole('link', { name: log.page.add }).click();
  await page.getByRole('radio', { name: log.kinds.answeredCall, exact: true }).check();
  await page.getByLabel(log.fields.at).fill('2026-11-21T23:10');
  await page.getByRole('checkbox', { name: log.events.threatened, exact: true }).check();
  await page.getByLabel(log.fields.organisation).fill('某某资产管理公司');
  await page.getByLabel(log.fields.phone).fill('010-12345678');
  await page.getByRole('region', { name: log.images.heading }).getByLabel(log.images.add).setInputFiles(screenshot);
  await expect(page.getByRole('region', { name: log.images.heading }).getByRole('img')).toHaveCount(1);
  await page.getByRole('button', { name: log.form.save }).click();
  await expect(page.locator('.log-entry .thumbnail img')).toHaveCount(1);

  await page.getByRole('link', { name: log.page.evidence }).click();
  await expect(heading(page)).toHaveText(log.evidence.title);
  await expect(page.locator('.pack-bar')).toContainText('1 条记录、1 张图片');
  await expect(page.locator('.pack-table tbody tr')).toHaveText([/2026-11-2123:10.*某某资产管理公司010-12345678威胁/]);
  const threat = page.locator('.pack-violations [data-flag="threatsInsults"]');
  await expect(threat.locator('[data-cite="publicSecurity50"] .kind')).toHaveText(ui.kind.law);
  const figure = page.locator('.pack-image');
  await expect(figure.locator('img')).toHaveJSProperty('complete', true);
  expect(await figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(720);
  await expect(figure.locator('figcaption')).toHaveText(
    log.evidence.caption.replace('{{n}}', '1').replace('{{at}}', '2026-11-21 23:10').replace('{{kind}}', log.kinds.answeredCall),
  );

  const pdfPath = testInfo.outputPath('evidence.pdf');
  await page.pdf({ path: pdfPath, format: 'A4' });
  const pdf = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const text of [
    log.evidence.title,
    '2026-11-21',
    '23:10',
    '某某资产管理公司',
    '010-12345678',
    log.flags.threatsInsults.title,
    '第50条',
    ui.kind.law,
    '图1：2026-11-2123:10',
  ])
    expect(pdf).toContain(text.replace(/\s+/g, ''));
  for (const chrome of [log.evidence.print, log.evidence.edit, ui.data.deleteAll, log.form.back]) expect(pdf).not.toContain(chrome.replace(/\s+/g, ''));
  // The screenshot is printed as an image in the PDF.
  expect(execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).trim().split('\n').length).toBeGreaterThan(2);
});
