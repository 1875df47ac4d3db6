// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import en from '../../locales/en/log.json' with { type: 'json' };
import enTriage from '../../locales/en/triage.json' with { type: 'json' };
import { loadDetails } from '../../src/case/details.ts';
import { deleteLog, saveEntry } from '../../src/case/log/logState.ts';
import { logEntry } from '../support/logEntries.ts';
import { renderApp } from '../support/renderApp.tsx';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

beforeEach(async () => {
  // jsdom has no object URLs; the pack's images only need a string, and every one made is given back.
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 24, 12, 0));
  await deleteLog();
});
afterEach(() => vi.useRealTimers());

describe('the evidence pack', () => {
  it('lists every contact, each possible breach with its rules and kind, and each image under its entry’s date and time', async () => {
    await saveEntry(logEntry('late', '2026-11-22T09:30', { kind: 'sms', organisation: '某某资产', phone: '010-12345678', note: '今天不还就上门' }));
    await saveEntry(logEntry('threat', '2026-11-21T23:10', { organisation: '某某资产', events: ['threatened'] }), [
      new Blob([new Uint8Array([1])], { type: 'image/jpeg' }),
    ]);
    await renderApp('/log/evidence');
    expect(await screen.findByRole('heading', { level: 1, name: en.evidence.title })).toBeInTheDocument();
    expect(screen.getByText(/This pack holds/)).toHaveTextContent('This pack holds 2 entries and 1 image.');

    const table = within(within(screen.getByRole('region', { name: fill(en.evidence.contactsHeading_other, { count: 2 }) })).getByRole('table'));
    const rows = table
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['2026-11-21', '23:10', en.kinds.answeredCall, '某某资产', '', en.events.threatened],
      ['2026-11-22', '09:30', en.kinds.sms, '某某资产', '010-12345678', '今天不还就上门'],
    ]);

    const breaches = screen.getByRole('region', { name: en.evidence.violationsHeading });
    const threat = breaches.querySelector('[data-flag="threatsInsults"]') as HTMLElement;
    expect(threat).toHaveTextContent(en.flags.threatsInsults.title);
    expect(threat).toHaveTextContent(fill(en.page.flagCount_one, { count: 1 }));
    expect(threat).toHaveTextContent('2026-11-21 23:10');
    const rule = threat.querySelector('[data-cite="publicSecurity50"]') as HTMLElement;
    expect(rule).toHaveTextContent(enTriage.rules.publicSecurityLaw);
    expect(rule.querySelector('.kind')).toHaveTextContent('Law');

    const images = screen.getByRole('region', { name: fill(en.evidence.imagesHeading_one, { count: 1 }) });
    const figure = await within(images).findByRole('figure');
    expect(within(figure).getByRole('img')).toHaveAttribute('src', 'blob:test');
    expect(figure).toHaveTextContent(fill(en.evidence.caption, { n: 1, at: '2026-11-21 23:10', kind: en.kinds.answeredCall }));
    // One URL for the one image, however often the pack renders.
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('leaves the name blank to write by hand, and keeps what is typed in the letters’ own saved details', async () => {
    const user = userEvent.setup();
    await renderApp('/log/evidence');
    const who = await screen.findByRole('region', { name: en.evidence.whoHeading });
    expect(within(who).getAllByText(en.evidence.blank)).toHaveLength(2);
    await user.click(within(who).getByText(en.evidence.edit));
    await user.type(within(who).getByLabelText(en.evidence.name), '李明');
    await user.click(within(who).getByRole('button', { name: en.evidence.save }));
    await waitFor(() => expect(within(who).getAllByText(en.evidence.blank)).toHaveLength(1));
    expect(within(who).getByRole('status')).toHaveTextContent(en.evidence.saved);
    expect(loadDetails(localStorage).details.yourName).toBe('李明');
  });
});
