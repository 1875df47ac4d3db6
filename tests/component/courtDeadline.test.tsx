// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import en from '../../locales/en/triage.json' with { type: 'json' };
import ui from '../../locales/en/ui.json' with { type: 'json' };
import { saveAnswers } from '../../src/flow/persistence.ts';
import { flow } from '../../src/case/flow.ts';
import { SERVICE_KEY } from '../../src/case/serviceDates.ts';
import { renderApp } from '../support/renderApp.tsx';
import { fullPath } from '../unit/fixtures.ts';

const deadline = ui.deadline;

async function openChecklist(court: string) {
  saveAnswers(localStorage, flow, { ...fullPath, danger: ['none'], payRequests: ['none'], court });
  await renderApp('/checklist');
  await screen.findByRole('heading', { level: 1, name: en.nodes.checklist.title });
  return document.querySelector<HTMLElement>('.today')!;
}

const servedField = (today: HTMLElement) => within(today).getByLabelText(deadline.servedLabel);

beforeEach(() => {
  localStorage.clear();
  // The device's clock: 6 March 2026, in the morning.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 6, 9, 30));
});
afterEach(() => vi.useRealTimers());

/** An element whose whole text is this, though the date inside it is a span of its own (kept on one line). */
const wholeText = (text: string) => (_: string, element: Element | null) => element?.tagName === 'STRONG' && element.textContent === text;

describe('the deadline in 今天先做', () => {
  it('asks for the date of service, says what is wrong with one, and shows the last day with its weekday and days left', async () => {
    const today = await openChecklist('paymentOrder');
    expect(today.querySelector('[data-today]')?.getAttribute('data-today')).toBe('objectPaymentOrder');

    fireEvent.change(servedField(today), { target: { value: '2026-03-07' } });
    expect(within(today).getByText(deadline.problems.future)).toBeVisible();
    fireEvent.change(servedField(today), { target: { value: '2025-03-05' } });
    expect(within(today).getByText(deadline.problems.tooOld)).toBeVisible();
    expect(localStorage.getItem(SERVICE_KEY)).toBeNull();

    // legal-cn H: served on 1 March, day 15 is 16 March, a Monday.
    fireEvent.change(servedField(today), { target: { value: '2026-03-01' } });
    expect(within(today).getByText(wholeText('Last day: Monday, March 16, 2026'))).toBeVisible();
    expect(within(today).getByText('10 days left')).toBeVisible();
    // How far the holiday data reaches, worked out from the package: it goes stale each November.
    expect(within(today).getByText(deadline.dataThrough.replace('{{year}}', '2026'))).toBeVisible();
    expect(JSON.parse(localStorage.getItem(SERVICE_KEY)!)).toEqual({ format: 1, served: { paymentOrder: '2026-03-01' } });
  });

  it('makes a calendar file for the last day, with reminders three days and one day before', async () => {
    localStorage.setItem(SERVICE_KEY, JSON.stringify({ format: 1, served: { paymentOrder: '2026-03-01' } }));
    const today = await openChecklist('paymentOrder');
    let file: Blob | undefined;
    URL.createObjectURL = (blob: Blob) => ((file = blob), 'blob:deadline');
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await userEvent.setup().click(within(today).getByRole('button', { name: deadline.addToCalendar }));
    expect(click).toHaveBeenCalled();
    const text = await file!.text();
    expect(text).toContain('DTSTART;VALUE=DATE:20260316\r\n');
    expect(text).toContain(`SUMMARY:${deadline.calendar.paymentOrder}\r\n`);
    expect(text.match(/TRIGGER:-P\dD/g)).toEqual(['TRIGGER:-P3D', 'TRIGGER:-P1D']);
  });

  it('says a passed deadline has passed, and what can still be done', async () => {
    // Day 15 is 16 February 2026, in the Spring Festival holiday.
    localStorage.setItem(SERVICE_KEY, JSON.stringify({ format: 1, served: { lawsuit: '2026-02-01' } }));
    const today = await openChecklist('lawsuit');
    expect(within(today).getByText('passed 18 days ago')).toBeVisible();
    expect(within(today).getByText(deadline.passedWhat)).toBeVisible();
    expect(within(today).getByRole('link', { name: ui.calls['12348'] })).toHaveAttribute('href', 'tel:12348');
    expect(within(today).queryByRole('button', { name: deadline.addToCalendar })).toBeNull();
  });

  it('asks which decision a judgment is: 10 days for a ruling, no appeal for small claims', async () => {
    localStorage.setItem(SERVICE_KEY, JSON.stringify({ format: 1, served: { judgment: '2026-03-01' } }));
    const user = userEvent.setup();
    const today = await openChecklist('judgment');
    expect(within(today).queryByText(/^Last day/)).toBeNull();
    await user.click(within(today).getByRole('radio', { name: deadline.kinds.ruling }));
    expect(within(today).getByText(wholeText('Last day: Wednesday, March 11, 2026'))).toBeVisible();
    await user.click(within(today).getByRole('radio', { name: deadline.kinds.smallClaims }));
    expect(within(today).getByText(deadline.smallClaims)).toBeVisible();
    expect(within(today).queryByText(/^Last day/)).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['another format', JSON.stringify({ format: 9, served: { paymentOrder: '2026-03-01' } })],
    ['not a real date', JSON.stringify({ format: 1, served: { paymentOrder: '2026-02-30' } })],
    ['a date to come', JSON.stringify({ format: 1, served: { paymentOrder: '2026-04-01' } })],
    ['a date over a year ago', JSON.stringify({ format: 1, served: { paymentOrder: '2024-03-01' } })],
    ['the wrong shape', JSON.stringify({ format: 1, served: ['2026-03-01'] })],
  ])('discards a saved date that is %s, and still asks for one', async (_, saved) => {
    localStorage.setItem(SERVICE_KEY, saved);
    const today = await openChecklist('paymentOrder');
    expect(servedField(today)).toHaveValue('');
    expect(within(today).queryByText(/^Last day/)).toBeNull();
  });
});
