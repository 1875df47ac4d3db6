// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import letters from '../../locales/en/letters.json' with { type: 'json' };
import triage from '../../locales/en/triage.json' with { type: 'json' };
import ui from '../../locales/en/ui.json' with { type: 'json' };
import { flow } from '../../src/case/flow.ts';
import { saveServiceDates } from '../../src/case/serviceDates.ts';
import { saveAnswers } from '../../src/flow/persistence.ts';
import { renderApp } from '../support/renderApp.tsx';
import { fullPath } from '../unit/fixtures.ts';

const summary = letters.summary;

async function openSummary() {
  const view = await renderApp('/summary');
  await screen.findByRole('heading', { level: 1, name: summary.title }, { timeout: 5000 });
  await screen.findByRole('heading', { level: 2, name: summary.headings.debts });
  return view;
}

beforeEach(() => {
  localStorage.clear();
  // The device's clock: 6 March 2026, in the morning.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 6, 9, 30));
  saveAnswers(localStorage, flow, { ...fullPath, court: 'paymentOrder', goal: 'notSure' });
  saveServiceDates(localStorage, { served: { paymentOrder: '2026-03-01' } });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the case summary page', () => {
  it('shows the sections of the case, the last day, the questions and 12348, and none for a tool not used', async () => {
    await openSummary();
    const court = screen.getByRole('region', { name: summary.headings.court });
    expect(within(court).getByText('Last day for a written objection: Monday, March 16, 2026')).toBeVisible();
    expect(screen.getByRole('region', { name: summary.headings.questions })).toHaveTextContent(summary.questions.goal);
    expect(screen.queryByRole('region', { name: summary.headings.plan })).toBeNull();
    expect(screen.queryByRole('region', { name: summary.headings.cost })).toBeNull();
    expect(screen.getByText(summary.footer.help)).toBeVisible();
    expect(screen.getByRole('region', { name: summary.headings.goal })).toHaveTextContent(triage.nodes.goal.answers.notSure);
  });

  it('shares the summary as text through the phone where it can', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    await openSummary();
    await userEvent.click(screen.getByRole('button', { name: summary.share }));
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    const { text } = (share.mock.calls[0] as unknown as [{ text: string }])[0];
    expect(text.startsWith(`${summary.title}\n`)).toBe(true);
    expect(text).toContain('- Last day for a written objection: Monday, March 16, 2026\n');
    expect(text).toContain(summary.footer.help);
    expect(screen.getByRole('status')).toHaveTextContent(summary.shared);
  });

  it('copies the text where the browser cannot share, and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share: undefined, clipboard: { writeText } });
    await openSummary();
    await userEvent.click(screen.getByRole('button', { name: summary.share }));
    await waitFor(() => expect(screen.getByText(summary.copied)).toBeVisible());
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(summary.headings.court));
  });

  it('is reached from the checklist', async () => {
    await renderApp('/checklist');
    const link = await screen.findByRole('link', { name: ui.checklist.summaryLink }, { timeout: 5000 });
    expect(link).toHaveAttribute('href', '/summary');
  });
});
