// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import letters from '../../locales/en/letters.json' with { type: 'json' };
import triage from '../../locales/en/triage.json' with { type: 'json' };
import ui from '../../locales/en/ui.json' with { type: 'json' };
import { storedComplaints } from '../../src/case/complaints.ts';
import { renderApp } from '../support/renderApp.tsx';

const c = letters.complaints;
const KEY = storedComplaints.key;
/** A text with its values put in, and without the tags that keep a date on one line. */
const fill = (template: string, values: Record<string, string>) => template.replace(/{{(\w+)}}/g, (_, name: string) => values[name]).replace(/<\/?n>/g, '');

async function openPage() {
  await renderApp('/letters/complaints');
  return screen.findByRole('heading', { level: 1, name: c.title });
}

/** Records a complaint through the form, as a user does. */
async function record(user: ReturnType<typeof userEvent.setup>, channel: string, filedOn: string, lenderType?: string) {
  await user.click(screen.getByRole('button', { name: c.add }));
  await user.click(await screen.findByRole('radio', { name: channel }));
  if (lenderType) await user.click(await screen.findByRole('radio', { name: lenderType }));
  fireEvent.change(screen.getByLabelText(c.fields.filedOn), { target: { value: filedOn } });
  await user.type(screen.getByLabelText(c.fields.reference), 'TS123');
  await user.type(screen.getByLabelText(c.fields.asked), 'Stop calling my sister');
  await user.click(screen.getByRole('button', { name: c.save }));
}

/** An element whose whole text is this, though its dates are spans of their own (kept on one line). */
const whole = (tag: string, text: string) => (_: string, element: Element | null) => element?.tagName === tag && element.textContent === text;

const item = (channel: string) => document.querySelector<HTMLElement>(`[data-complaint="${channel}"]`)!;

beforeEach(() => {
  localStorage.clear();
  // The device's clock: 20 October 2026.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 9, 20, 9, 30));
});
afterEach(() => vi.useRealTimers());

describe('the complaints record', () => {
  it("records a complaint to a bank: its reply day passed, the extensions, and the regulator's draft to turn to", async () => {
    const user = userEvent.setup();
    await openPage();
    await record(user, letters.lender.name, '2026-09-29', triage.nodes.lender.answers.bankCard);
    expect(screen.getByText(c.saved)).toHaveAttribute('role', 'status');
    const bank = item('lender');
    // 15 calendar days from 29 September, the day filed not counted: 14 October; extended, 29 October and 28 November.
    expect(within(bank).getByText(whole('STRONG', fill(c.replyBy, { date: 'Wednesday, October 14, 2026' })))).toBeVisible();
    expect(within(bank).getByText('passed 6 days ago')).toBeVisible();
    expect(
      within(bank).getByText(whole('P', fill(c.extensions, { longer: 'Thursday, October 29, 2026', longest: 'Saturday, November 28, 2026' }))),
    ).toBeVisible();
    expect(within(bank).getByText(fill(c.referenceShown, { reference: 'TS123' }))).toBeVisible();
    expect(within(bank).getByText(c.next.passed)).toBeVisible();
    expect(within(bank).getByRole('link', { name: c.next.draft })).toHaveAttribute('href', '/letters/complaint?to=nfra12378');
    expect(within(bank).getByText(c.next.mediation)).toBeVisible();
    // Passed: no reminder to add.
    expect(within(bank).queryByRole('button', { name: ui.deadline.addToCalendar })).toBeNull();
    expect(JSON.parse(localStorage.getItem(KEY)!).complaints).toMatchObject([
      { channel: 'lender', lenderType: 'bankCard', filedOn: '2026-09-29', reference: 'TS123' },
    ]);
  });

  it("gives the regulator's 7 working days and a calendar file for them", async () => {
    const user = userEvent.setup();
    await openPage();
    await record(user, triage.channels.nfra12378.name, '2026-10-12');
    const regulator = item('nfra12378');
    // 13–16 October (1–4), 19–21 October (5–7).
    expect(within(regulator).getByText(whole('STRONG', fill(c.passedOnBy, { date: 'Wednesday, October 21, 2026' })))).toBeVisible();
    expect(within(regulator).getByText('1 day left')).toBeVisible();
    let file: Blob | undefined;
    URL.createObjectURL = (blob: Blob) => ((file = blob), 'blob:reply');
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(within(regulator).getByRole('button', { name: ui.deadline.addToCalendar }));
    expect(click).toHaveBeenCalled();
    const text = await file!.text();
    expect(text).toContain('DTSTART;VALUE=DATE:20261021\r\n');
    expect(text).toContain('TS123');
  });

  it('gives no date for a small-loan company, says why, and points to its local regulator', async () => {
    const user = userEvent.setup();
    await openPage();
    await record(user, letters.lender.name, '2026-10-01', triage.nodes.lender.answers.smallLoan);
    const lender = item('lender');
    expect(within(lender).getByText(c.noPeriod.localFinance)).toBeVisible();
    expect(within(lender).queryByText(/Last day/)).toBeNull();
    expect(within(lender).getByText(c.next.noReply)).toBeVisible();
    expect(within(lender).getByRole('link', { name: c.next.draft })).toHaveAttribute('href', '/letters/complaint?to=localFinance');
  });

  it('refuses a day filed after today, then edits a complaint and removes it only once confirmed', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.click(screen.getByRole('button', { name: c.add }));
    fireEvent.change(screen.getByLabelText(c.fields.filedOn), { target: { value: '2026-10-21' } });
    await user.click(screen.getByRole('button', { name: c.save }));
    expect(screen.getByRole('link', { name: c.problems.future })).toBeVisible();
    expect(localStorage.getItem(KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: c.cancel }));

    await record(user, triage.channels.report12321.name, '2026-10-10');
    await user.click(within(item('report12321')).getByRole('button', { name: c.edit }));
    await user.clear(screen.getByLabelText(c.fields.reference));
    await user.type(screen.getByLabelText(c.fields.reference), 'R-9');
    await user.click(screen.getByRole('button', { name: c.save }));
    expect(within(item('report12321')).getByText(fill(c.referenceShown, { reference: 'R-9' }))).toBeVisible();
    expect(within(item('report12321')).getByText(c.noPeriod.none)).toBeVisible();

    await user.click(within(item('report12321')).getByRole('button', { name: c.remove }));
    expect(within(item('report12321')).getByText(c.removeWarning)).toBeVisible();
    await user.click(within(item('report12321')).getByRole('button', { name: c.cancel }));
    await user.click(within(item('report12321')).getByRole('button', { name: c.remove }));
    await user.click(within(item('report12321')).getByRole('button', { name: c.confirmRemove }));
    expect(document.querySelector('[data-complaint]')).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('says so when saved complaints could not be read', async () => {
    localStorage.setItem(KEY, '{"format":1,"complaints":[');
    await openPage();
    expect(screen.getByText(c.discarded)).toBeVisible();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('offers what a complaint form asks for, ready to copy, and says the NIFA platform wants a real name', async () => {
    localStorage.setItem(
      'duice:letters',
      JSON.stringify({
        format: 1,
        details: { yourName: '张三', yourContact: '13800000000', lenderName: '某某网贷', lenderType: 'platform', agencyName: 'ABC催收' },
      }),
    );
    const user = userEvent.setup();
    await openPage();
    const section = screen.getByRole('region', { name: c.copyHeading });
    expect(within(section).getByLabelText(c.copyChannel)).toHaveValue('nifaReport');
    expect(within(section).getByText(c.disclose.nifaReport)).toBeVisible();
    expect(within(section).getByText('张三')).toBeVisible();
    expect(within(section).getByText(`某某网贷${fill(letters.drafts.complaint.agencyPart, { agency: 'ABC催收' })}`)).toBeVisible();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(section).getByRole('button', { name: fill(c.copy, { field: c.copyFields.contact }) }));
    expect(writeText).toHaveBeenCalledWith('13800000000');
    await user.selectOptions(within(section).getByLabelText(c.copyChannel), 'lender');
    expect(within(section).queryByText(c.disclose.nifaReport)).toBeNull();
  });
});
