// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import triage from '../../locales/en/triage.json' with { type: 'json' };
import ui from '../../locales/en/ui.json' with { type: 'json' };
import type { EntryContent } from '../../src/case/log/entry.ts';
import { addConsent, deleteLog, saveEntry } from '../../src/case/log/logState.ts';
import { listEntries, openLog } from '../../src/case/log/store.ts';
import { saveAnswers } from '../../src/flow/persistence.ts';
import { flow } from '../../src/case/flow.ts';
import { renderApp } from '../support/renderApp.tsx';

const threeAnswers = { danger: ['none'], caller: 'agency', debtMatches: 'matches' };
const entry = (id: string): EntryContent => ({
  id,
  kind: 'answeredCall',
  at: '2026-11-21T23:10',
  organisation: 'ABC催收',
  lender: '',
  phone: '',
  name: '',
  events: [],
  note: '',
});
/** What the tools and settings keep, which only "delete all" removes. */
const kept = { 'duice:letters': '{"format":1,"details":{}}', 'duice:money:cost': '{}', 'duice:discreetTitle': '1' };
const count = (template: string, n: number) => template.replace('{{count}}', String(n));

async function logEntries(): Promise<number> {
  const db = await openLog();
  const { items } = await listEntries(db);
  db.close();
  return items.length;
}

/** A user part-way through: three answers, a tick, two log entries, and the tools' data and a setting. */
async function midway() {
  saveAnswers(localStorage, flow, threeAnswers);
  for (const [key, value] of Object.entries(kept)) localStorage.setItem(key, value);
  await saveEntry(entry('a'));
  await saveEntry(entry('b'));
}

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

beforeEach(async () => {
  await deleteLog();
});

describe('start over', () => {
  it('is a page of its own: the footer link clears nothing, and Back returns to the screen the user was on', async () => {
    const user = userEvent.setup();
    await midway();
    const { session } = await renderApp('/q/payRequests');
    session.send({ type: 'tick', item: 'recordCalls', done: true });
    await user.click(await screen.findByRole('link', { name: ui.start.restart }));

    await heading(ui.restart.title);
    expect(session.getSnapshot().answers).toEqual(threeAnswers);
    expect(screen.getByText(ui.restart.clearsAnswers)).toBeInTheDocument();
    expect(screen.getByText(ui.restart.keepsLog)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: ui.confirm.back }));
    await heading(triage.nodes.payRequests.title);
    expect(session.getSnapshot()).toMatchObject({ answers: threeAnswers, ticks: { recordCalls: true } });
  });

  it('clears the answers and ticks only when confirmed, and keeps the log, the tools and the settings', async () => {
    const user = userEvent.setup();
    await midway();
    const { session } = await renderApp('/restart');
    session.send({ type: 'tick', item: 'recordCalls', done: true });
    await user.click(await screen.findByRole('button', { name: ui.restart.confirm }));

    await heading(triage.nodes.danger.title);
    expect(session.getSnapshot()).toMatchObject({ answers: {}, ticks: {} });
    for (const [key, value] of Object.entries(kept)) expect(localStorage.getItem(key), key).toBe(value);
    expect(await logEntries()).toBe(2);
  });
});

describe('delete all my data', () => {
  it('takes the footer link and the settings page button to a confirmation, deleting nothing on the way', async () => {
    const user = userEvent.setup();
    await midway();
    const { session } = await renderApp('/q/payRequests');
    await user.click(await screen.findByRole('link', { name: ui.data.deleteAll }));
    await heading(ui.data.title);
    await user.click(screen.getByRole('link', { name: ui.data.deleteStart }));
    await heading(ui.deleteData.title);

    expect(session.getSnapshot().answers).toEqual(threeAnswers);
    expect(localStorage.getItem('duice:letters')).toBe(kept['duice:letters']);
    expect(await logEntries()).toBe(2);
  });

  it('names what goes with the counts on the phone, and offers a backup of the log first', async () => {
    await midway();
    await addConsent('ABC催收');
    await renderApp('/data/delete');
    const list = within(await screen.findByRole('list'));

    expect(list.getByText(count(ui.deleteData.answers_other, 3))).toBeInTheDocument();
    expect(await list.findByText(count(ui.deleteData.entries_other, 2))).toBeInTheDocument();
    expect(list.getByText(count(ui.deleteData.consents_one, 1))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: ui.deleteData.backupLink })).toHaveAttribute('href', '/log/backup');
    // The destructive button does not take focus: the heading does, as on every screen.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });

  it('with nothing in the log, says so and offers no backup', async () => {
    saveAnswers(localStorage, flow, { danger: ['none'] });
    await renderApp('/data/delete');
    expect(await screen.findByText(count(ui.deleteData.entries_other, 0))).toBeInTheDocument();
    expect(screen.getByText(count(ui.deleteData.answers_one, 1))).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: ui.deleteData.backupLink })).not.toBeInTheDocument();
  });

  it('Back returns to settings with everything kept', async () => {
    const user = userEvent.setup();
    await midway();
    const { session } = await renderApp('/data');
    await user.click(await screen.findByRole('link', { name: ui.data.deleteStart }));
    await user.click(await screen.findByRole('link', { name: ui.confirm.back }));

    await heading(ui.data.title);
    expect(session.getSnapshot().answers).toEqual(threeAnswers);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('duice:')).length).toBeGreaterThan(3);
    expect(await logEntries()).toBe(2);
  });

  it('deletes everything once confirmed, then says so', async () => {
    const user = userEvent.setup();
    await midway();
    const { session } = await renderApp('/data/delete');
    await user.click(await screen.findByRole('button', { name: ui.deleteData.confirm }));

    await heading(ui.data.title);
    expect(screen.getByText(ui.notice.deleted)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: ui.notFound.home })).toBeInTheDocument();
    expect(session.getSnapshot().answers).toEqual({});
    expect(Object.keys(localStorage).filter((k) => k.startsWith('duice:'))).toEqual([]);
    await waitFor(async () => expect(await logEntries()).toBe(0));
  });
});

describe('quick exit', () => {
  it('is in the header of every screen, and says that saved data stays', async () => {
    await renderApp('/q/danger');
    const button = await screen.findByRole('button', { name: ui.quickExit.label });
    expect(button).toHaveAccessibleDescription(ui.quickExit.description);
    expect(button.closest('header')).not.toBeNull();
  });

  it('lands on a page that shows nothing of the app and is titled as a new tab', async () => {
    await renderApp('/blank');
    await waitFor(() => expect(document.title).toBe(ui.blank.title));
    expect(document.body).not.toHaveTextContent(ui.appName);
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
  });
});
