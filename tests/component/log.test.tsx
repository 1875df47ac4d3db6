// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import en from '../../locales/en/log.json' with { type: 'json' };
import { encryptBackup } from '../../src/case/log/backup.ts';
import { toLocalDateTime, type EntryContent, type LogEntry } from '../../src/case/log/entry.ts';
import { addConsent, deleteLog, removeEntry, restoreBackup, saveEntry } from '../../src/case/log/logState.ts';
import { listConsents, listEntries, openLog } from '../../src/case/log/store.ts';
import { logEntry } from '../support/logEntries.ts';
import { renderApp } from '../support/renderApp.tsx';

const call: EntryContent = logEntry('call', '2026-11-21T23:10', { organisation: 'ABC催收', note: 'first' });
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

/**
 * `count` entries, 30 a day from 08:00 to 17:40, the newest on 23 November 2026, oldest first.
 * Each note says where it stands: "N0000" is the oldest.
 */
function longLog(count: number): LogEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const back = count - 1 - i;
    const at = toLocalDateTime(new Date(2026, 10, 23 - Math.floor(back / 30), 8, (29 - (back % 30)) * 20));
    return logEntry(`long-${i}`, at, { kind: 'missedCall', note: `N${String(i).padStart(4, '0')}`, updatedAt: 1 });
  });
}

describe('a long log', () => {
  const notes = () => [...document.querySelectorAll('.timeline .note')].map((note) => note.textContent);

  it('the timeline shows its latest days, reaches the oldest by the paging control, and prints every entry', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await restoreBackup({ entries: longLog(600), consents: [] });
    await renderApp('/log/timeline');
    // 200 entries' worth of whole days: six days of 30, newest last, as the printout reads.
    await waitFor(() => expect(notes()).toHaveLength(180));
    expect(notes().at(-1)).toBe('N0599');
    expect(notes()[0]).toBe('N0420');
    expect(screen.getByText(en.timeline.shownLatest.replace('{{total}}', '600').replace('{{shown}}', '180'))).toBeInTheDocument();
    // Said in the printout only if the browser printed this page without warning it first.
    expect(document.querySelector('.print-only')).toHaveTextContent(en.timeline.partialPrint.replace('{{shown}}', '180').replace('{{total}}', '600'));

    // Printing, however it starts, takes every entry; then the screen is short again.
    // (That a real print holds them all is the e2e PDF test's to show; jsdom under load may render a moment later.)
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    await waitFor(() => expect(notes()).toHaveLength(600));
    expect(document.querySelector('.print-only')).toBeNull();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    await waitFor(() => expect(notes()).toHaveLength(180));

    // Earlier days come in above, and reading goes on from the first of them.
    await user.click(screen.getByRole('button', { name: en.page.showEarlier_other.replace('{{count}}', '14') }));
    // 400 entries' worth: thirteen days.
    expect(notes()).toHaveLength(390);
    expect(notes()[0]).toBe('N0210');
    expect(document.activeElement).toBe(document.querySelector('.timeline-day'));
    await user.click(screen.getByRole('button', { name: en.timeline.showAll.replace('{{total}}', '600') }));
    expect(notes()).toHaveLength(600);
    expect(notes()[0]).toBe('N0000');
    expect(screen.queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent(/Aug|Sep|Oct|Nov/);
    expect(document.activeElement).toHaveClass('timeline-day');
  });

  it('the list shows the newest day first and reaches the oldest by "show earlier"', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await restoreBackup({ entries: longLog(600), consents: [] });
    await renderApp('/log');
    const entries = () => [...document.querySelectorAll('.log-entry .time')].map((time) => time.textContent);
    await waitFor(() => expect(entries()).toHaveLength(30));
    expect(entries()[0]).toBe('17:40');
    // The summary keeps each count whole in a <span> (<n>…</n> in the copy), so it is matched as the paragraph's text.
    const summary = en.page.summary_other
      .replace('{{count}}', '600')
      .replace('{{flagged}}', '0')
      .replace(/<\/?n>/g, '');
    expect(screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === summary)).toBeInTheDocument();
    let presses = 0;
    for (let more; (more = screen.queryByRole('button', { name: /^Show earlier/ })); presses++) await user.click(more);
    expect(entries()).toHaveLength(600);
    expect(presses).toBeGreaterThan(5);
    expect(document.querySelectorAll('.log-day')).toHaveLength(20);
  });
});

describe('a contact just now, in three taps', () => {
  it('opens, takes a kind and saves at the current time, with an earlier organisation one tap away', async () => {
    const user = userEvent.setup();
    await saveEntry(logEntry('earlier', '2026-11-23T10:00', { organisation: 'ABC催收', phone: '13800138000' }));
    await renderApp('/log');
    await user.click(await screen.findByRole('button', { name: en.quick.start }));
    const form = screen.getByRole('region', { name: en.quick.start });
    expect(within(form).getByRole('heading', { name: en.quick.start })).toHaveFocus();
    await user.click(within(form).getByRole('radio', { name: en.kinds.missedCall }));
    await user.click(within(form).getByRole('radio', { name: 'ABC催收' }));
    await user.click(within(form).getByRole('button', { name: en.form.save }));

    expect(await screen.findByRole('status')).toHaveTextContent(en.quick.saved.replace('{{time}}', '12:00'));
    expect(screen.getByRole('button', { name: en.quick.start })).toHaveFocus();
    const db = await openLog();
    const saved = (await listEntries(db)).items.find((e) => e.id !== 'earlier');
    db.close();
    // The number was left as offered ("none of these"): only what was tapped is kept.
    expect(saved).toMatchObject({ kind: 'missedCall', at: '2026-11-24T12:00', organisation: 'ABC催收', phone: '', events: [], note: '' });
    expect(document.querySelector('.log-entry a[href="/log/' + saved!.id + '"]')).toHaveTextContent('12:00');
  });

  it('asks for the kind instead of guessing it', async () => {
    const user = userEvent.setup();
    await renderApp('/log');
    await user.click(await screen.findByRole('button', { name: en.quick.start }));
    await user.click(screen.getByRole('button', { name: en.form.save }));
    expect(await screen.findByText(en.form.kindRequired)).toBeInTheDocument();
    const db = await openLog();
    expect((await listEntries(db)).items).toHaveLength(0);
    db.close();
  });
});

describe('the counts on the log page', () => {
  it('the summary counts the entries and kinds that the breach cards show, and no card that is only worth noting', async () => {
    await saveEntry(logEntry('night', '2026-11-23T23:10', { events: ['threatened', 'impersonatedAuthority'] }));
    await saveEntry(logEntry('relative', '2026-11-23T10:00', { kind: 'thirdParty', events: ['toldOthers'] }));
    await renderApp('/log');
    const breaches = await screen.findByRole('region', { name: en.page.flagsHeading });
    const cards = within(breaches)
      .getAllByRole('listitem')
      .filter((item) => item.hasAttribute('data-flag'));
    const summary = [
      en.page.summary_other.replace('{{count}}', '2').replace('{{flagged}}', '2'),
      en.page.summaryKinds_other.replace('{{count}}', String(cards.length)),
    ]
      .join(' ')
      .replace(/<\/?n>/g, '');
    expect(cards).toHaveLength(4);
    expect(screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === summary)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: en.page.notableHeading }))
        .getAllByRole('listitem')
        .filter((item) => item.hasAttribute('data-flag')),
    ).toHaveLength(1);
  });
});
