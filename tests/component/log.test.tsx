// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import en from '../../locales/en/log.json' with { type: 'json' };
import { encryptBackup } from '../../src/log/backup.ts';
import type { EntryContent } from '../../src/log/entry.ts';
import { addConsent, deleteLog, removeEntry, saveEntry } from '../../src/log/logState.ts';
import { listConsents, listEntries, openLog } from '../../src/log/store.ts';
import { renderApp } from '../support/renderApp.tsx';

const call: EntryContent = { id: 'call', kind: 'answeredCall', at: '2026-11-21T23:10', organisation: 'ABC催收', lender: '', phone: '', name: '', events: [], note: 'first' };
const passphrase = 'correct horse';
const line = (template: string, count: number) => template.replace('{{count}}', String(count));

/** A backup of the log as it is now, the way the backup screen makes one (with a low count, to be quick). */
async function backupNow(): Promise<File> {
  const db = await openLog();
  const [entries, consents] = [await listEntries(db), await listConsents(db)];
  db.close();
  return new File([await encryptBackup({ entries: entries.items, consents: consents.items }, passphrase, 1_000)], 'backup.json', { type: 'application/json' });
}

async function restore(user: ReturnType<typeof userEvent.setup>, file: File) {
  await renderApp('/log/backup');
  const region = await screen.findByRole('region', { name: en.backup.restoreHeading });
  await user.upload(within(region).getByLabelText(en.backup.file), file);
  await user.type(within(region).getByLabelText(en.backup.passphrase), passphrase);
  await user.click(within(region).getByRole('button', { name: en.backup.restore }));
  return region;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 24, 12, 0));
  await deleteLog();
});
afterEach(() => vi.useRealTimers());

describe('restoring a backup', () => {
  it('keeps an edit made after the backup and says so, instead of "everything is still here"', async () => {
    const user = userEvent.setup();
    await saveEntry(call);
    const file = await backupNow();
    vi.setSystemTime(new Date(2026, 10, 24, 13, 0));
    await saveEntry({ ...call, note: 'edited after the backup' });

    const region = await restore(user, file);
    const status = within(region).getByRole('status');
    expect(await within(status).findByText(line(en.restoreResult.entries.keptPhone_one, 1))).toBeInTheDocument();
    expect(status).toHaveTextContent(en.restoreResult.untouched);
    expect(within(status).getAllByRole('listitem')).toHaveLength(1);

    const db = await openLog();
    expect((await listEntries(db)).items.map((e) => e.note)).toEqual(['edited after the backup']);
    db.close();
  });

  it('leaves an entry deleted since the backup deleted, and brings it back only when asked', async () => {
    const user = userEvent.setup();
    await saveEntry(call);
    await saveEntry({ ...call, id: 'other', at: '2026-11-22T10:00' });
    const file = await backupNow();
    await removeEntry('call');

    const region = await restore(user, file);
    expect(await within(region).findByText(line(en.restoreResult.entries.skippedDeleted_one, 1))).toBeInTheDocument();
    expect(within(region).getByText(line(en.restoreResult.entries.unchanged_one, 1))).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: line(en.backup.revive_one, 1) }));
    expect(await within(region).findByText(line(en.restoreResult.entries.added_one, 1))).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: line(en.backup.revive_one, 1) })).not.toBeInTheDocument();
    const db = await openLog();
    expect((await listEntries(db)).items.map((e) => e.id)).toEqual(['call', 'other']);
    db.close();
  });
});

describe('night-contact consent', () => {
  it('cannot be given for an empty name: one tap on the button clears no night flag', async () => {
    const user = userEvent.setup();
    await saveEntry(call);
    await renderApp('/log');
    const night = () => screen.getAllByText(en.flags.night.title, { selector: '.log-entry .tag' });
    await screen.findByRole('heading', { name: en.page.consentHeading });
    expect(night()).toHaveLength(1);

    for (const typed of ['', '   ']) {
      await user.clear(screen.getByLabelText(en.consent.organisation));
      if (typed) await user.type(screen.getByLabelText(en.consent.organisation), typed);
      await user.click(screen.getByRole('button', { name: en.consent.label }));
      expect(screen.getByLabelText(en.consent.organisation)).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByText(en.consent.errors.noOrganisation)).toBeInTheDocument();
    }
    expect(screen.getByText(en.page.consentNone)).toBeInTheDocument();
    expect(night()).toHaveLength(1);
    await expect(addConsent('')).rejects.toThrow(RangeError);

    await user.type(screen.getByLabelText(en.consent.organisation), 'ABC催收');
    await user.click(screen.getByRole('button', { name: en.consent.label }));
    expect(await screen.findByRole('button', { name: en.page.consentRemove.replace('{{organisation}}', 'ABC催收') })).toBeInTheDocument();
    expect(screen.queryAllByText(en.flags.night.title, { selector: '.log-entry .tag' })).toHaveLength(0);
  });
});

describe('names with bidi controls', () => {
  it('are isolated in the list of entries and of consents, so they cannot reorder the text around them', async () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE with no closing U+202C: unisolated, it reverses the rest of the line.
    const reversed = '\u202Eabc催收';
    await saveEntry({ ...call, organisation: reversed, events: ['threatened'] });
    await addConsent(reversed);
    await renderApp('/log');
    await screen.findByRole('heading', { name: en.page.consentHeading });
    const isolated = [...document.querySelectorAll('bdi')].filter((bdi) => bdi.textContent === reversed);
    expect(isolated.map((bdi) => bdi.closest('.log-entry, .consents') !== null)).toEqual([true, true]);
    // The events after the name are outside its isolate.
    expect(isolated[0].parentElement).toHaveTextContent(en.events.threatened);
    expect(isolated[0]).not.toHaveTextContent(en.events.threatened);
  });
});
