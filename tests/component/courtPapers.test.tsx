// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import letters from '../../locales/en/letters.json' with { type: 'json' };
import type { Answers } from '../../src/flow/schema.ts';
import { saveAnswers } from '../../src/flow/persistence.ts';
import { emptyDetails, saveDetails } from '../../src/case/details.ts';
import { longDate } from '../../src/letters/drafts.ts';
import { localDate } from '../../src/lib/isoDate.ts';
import { saveServiceDates } from '../../src/case/serviceDates.ts';
import { draftEditKey } from '../../src/lib/storageKeys.ts';
import { flow } from '../../src/case/flow.ts';
import { renderApp } from '../support/renderApp.tsx';
import { fullPath } from '../unit/fixtures.ts';

/** The draft's text box; the first screen of a file waits for the app's lazily loaded parts. */
const draftBox = () => screen.findByLabelText<HTMLTextAreaElement>(letters.draft.textLabel, {}, { timeout: 5000 });
const draftText = async () => (await draftBox()).value;
const answer = (answers: Answers) => saveAnswers(localStorage, flow, { ...fullPath, ...answers });

describe('the objection to a payment order', () => {
  it('states what an objection must be, writes the grounds the user gave, cites its rules and keeps edits on the phone', async () => {
    answer({ court: 'paymentOrder', debtMatches: 'differs' });
    saveDetails(localStorage, {
      ...emptyDetails(),
      yourName: 'Li Ming',
      courtName: 'Chaoyang District Court',
      disputes: ['amount'],
      amountReason: 'I repaid 12,000 yuan.',
    });
    await renderApp('/letters/objection');
    const text = await draftText();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(letters.drafts.objection.name);
    expect(screen.getByText(letters.drafts.objection.rules)).toBeVisible();
    expect(text).toContain('1. The objector disputes the amount of the debt. Reasons: I repaid 12,000 yuan.');
    expect(text).toContain('Objector (signature):\nLi Ming');
    // The fields still to fill are named above the draft, with the way to fill them in.
    const missing = screen.getAllByRole('status').find((status) => status.textContent?.includes(letters.draft.fillIn));
    expect(missing).toHaveTextContent(letters.fields.caseNumber);
    for (const id of ['civProc225', 'civProcInterp436', 'civProcInterp431']) expect(document.querySelector(`[data-cite="${id}"]`), id).not.toBeNull();

    fireEvent.change(await draftBox(), { target: { value: 'My own objection' } });
    await waitFor(() => expect(localStorage.getItem(draftEditKey('objection'))).toBe('My own objection'));
  });

  it('takes the date of service the checklist has, unless the user typed one here', async () => {
    answer({ court: 'paymentOrder', debtMatches: 'differs' });
    // Yesterday, not today: the letter's own date is today's.
    const served = localDate(new Date(Date.now() - 86_400_000));
    saveServiceDates(localStorage, { served: { paymentOrder: served } });
    await renderApp('/letters/objection');
    expect(await draftText()).toContain(`On ${longDate(served, 'en')} the objector received`);
    expect(screen.getAllByRole('status').find((status) => status.textContent?.includes(letters.draft.fillIn))).not.toHaveTextContent(letters.fields.servedOn);
  });

  it('is not drafted for a debt the user recognises: the screen says why, and what to do instead', async () => {
    answer({ court: 'paymentOrder', debtMatches: 'matches' });
    await renderApp('/letters/objection');
    expect(await screen.findByText(letters.drafts.objection.declined, {}, { timeout: 5000 })).toBeVisible();
    expect(screen.queryByLabelText(letters.draft.textLabel)).toBeNull();
    expect(screen.getByRole('link', { name: letters.draft.changeAnswers })).toHaveAttribute('href', '/review');
  });
});

describe('the defence outline', () => {
  it('points a private lender’s borrower to the true-cost check, and nobody else', async () => {
    answer({ court: 'lawsuit', lender: 'private', debtMatches: 'differs' });
    const view = await renderApp('/letters/defence');
    expect(await draftText()).toContain('four times the one-year Loan Prime Rate');
    expect(screen.getByText(letters.drafts.defence.rules)).toBeVisible();
    expect(screen.getByRole('link', { name: letters.drafts.defence.costToolLink })).toHaveAttribute('href', '/tools/cost');
    view.unmount();

    answer({ court: 'lawsuit', lender: 'bankLoan', debtMatches: 'differs' });
    await renderApp('/letters/defence');
    expect(await draftText()).not.toContain('Loan Prime Rate');
    expect(screen.queryByRole('link', { name: letters.drafts.defence.costToolLink })).toBeNull();
  });
});

describe('the court details', () => {
  it('are asked first when there are court papers, with a reason field for each thing disputed', async () => {
    answer({ court: 'paymentOrder', debtMatches: 'differs' });
    await renderApp('/letters/details');
    expect(await screen.findByRole('heading', { name: letters.court.heading })).toBeVisible();
    expect(screen.queryByLabelText(letters.fields.courtFacts)).toBeNull(); // a defence's field, not an objection's
    expect(screen.queryByLabelText(letters.fields.termsReason)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: letters.disputes.terms }));
    expect(screen.getByLabelText(letters.fields.termsReason)).toBeVisible();
  });

  it('are not asked without court papers', async () => {
    answer({});
    await renderApp('/letters/details');
    expect(await screen.findByLabelText(letters.fields.yourName)).toBeVisible();
    expect(screen.queryByRole('heading', { name: letters.court.heading })).toBeNull();
  });
});
