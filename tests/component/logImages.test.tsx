// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import en from '../../locales/en/log.json' with { type: 'json' };
import { initI18n } from '../../src/app/i18n.ts';
import { IMAGES_PER_ENTRY, type Reencode } from '../../src/case/log/images.ts';
import { LogEntryPage } from '../../src/log/LogEntryPage.tsx';
import { deleteLog, saveEntry } from '../../src/case/log/logState.ts';
import { openLog } from '../../src/case/log/store.ts';
import { logEntry } from '../support/logEntries.ts';

/** jsdom cannot decode an image: the stand-in re-encoder gives a small "JPEG" per file. */
const reencode = vi.fn<Reencode>(async (file) => new Blob([new Uint8Array([0xff, 0xd8, file.size % 256, 0xff, 0xd9])], { type: 'image/jpeg' }));
const png = (name: string) => new File([new Uint8Array(100)], name, { type: 'image/png' });

async function renderForm(path: string) {
  if (!i18n.isInitialized) await initI18n('en');
  await i18n.changeLanguage('en');
  await i18n.loadNamespaces('log');
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/log" element={<p>the log</p>} />
        <Route path="/log/new" element={<LogEntryPage reencode={reencode} />} />
        <Route path="/log/:id" element={<LogEntryPage reencode={reencode} />} />
      </Routes>
    </MemoryRouter>,
  );
  return screen.findByRole('region', { name: en.images.heading });
}

beforeEach(async () => {
  // jsdom has no object URLs; the thumbnails only need a string.
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  reencode.mockClear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 24, 12, 0));
  await deleteLog();
});
afterEach(() => vi.useRealTimers());

describe('the image picker', () => {
  it('re-encodes each picked file, shows it, and keeps it with the entry on Save', async () => {
    const user = userEvent.setup();
    const region = await renderForm('/log/new');
    await user.click(screen.getByRole('radio', { name: en.kinds.sms }));
    await user.upload(within(region).getByLabelText(en.images.add), [png('a.png'), png('b.png')]);
    expect(reencode).toHaveBeenCalledTimes(2);
    expect(await within(region).findAllByRole('img')).toHaveLength(2);
    expect(within(region).getAllByRole('img')[0]).toHaveAttribute('alt', `Image 1: ${en.kinds.sms}, 2026-11-24 12:00`);
    await user.click(screen.getByRole('button', { name: en.form.save }));
    await screen.findByText('the log');
    // Counted, not read back: jsdom's Blob does not survive fake-indexeddb's structured clone (the store's own tests run in Node, where it does).
    const db = await openLog();
    expect(await db.count('images')).toBe(2);
    db.close();
  });

  it('adds none of a pick that would pass the per-entry limit, and says so', async () => {
    const user = userEvent.setup();
    const region = await renderForm('/log/new');
    await user.upload(
      within(region).getByLabelText(en.images.add),
      Array.from({ length: IMAGES_PER_ENTRY + 1 }, (_, i) => png(`${i}.png`)),
    );
    expect(within(region).getByRole('alert')).toHaveTextContent(en.images.problems.perEntry.replace('{{max}}', String(IMAGES_PER_ENTRY)));
    expect(within(region).queryAllByRole('img')).toHaveLength(0);
    expect(reencode).not.toHaveBeenCalled();
  });

  it('says a file that cannot be read as an image was not added', async () => {
    const user = userEvent.setup();
    const region = await renderForm('/log/new');
    reencode.mockRejectedValueOnce(new Error('not an image'));
    await user.upload(within(region).getByLabelText(en.images.add), png('broken.png'));
    expect(await within(region).findByRole('alert')).toHaveTextContent(en.images.problems.unreadable);
  });

  it('asks before removing a kept image, and before deleting an entry that has images', async () => {
    const user = userEvent.setup();
    await saveEntry(logEntry('call', '2026-11-23T09:00'), [new Blob([new Uint8Array([1])], { type: 'image/jpeg' })]);
    const region = await renderForm('/log/call');
    await within(region).findByRole('img');
    await user.click(within(region).getByRole('button', { name: 'Remove image 1' }));
    expect(within(region).getByRole('img')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: en.form.delete }));
    expect(screen.getByText(en.form.deleteWarningImages_one.replace('{{count}}', '1'))).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: en.images.removeYes }));
    await waitFor(() => expect(within(region).queryByRole('img')).toBeNull());
    const db = await openLog();
    expect(await db.count('images')).toBe(0);
    db.close();
  });
});
