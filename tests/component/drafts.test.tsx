// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import letters from '../../locales/en/letters.json' with { type: 'json' };
import ui from '../../locales/en/ui.json' with { type: 'json' };
import { draftEditKey } from '../../src/lib/storageKeys.ts';
import { tellUser } from '../../src/lib/storage.ts';
import { renderApp } from '../support/renderApp.tsx';

// The first test imports the draft screen cold, which on a busy machine takes longer than findBy's default second.
const draftBox = () => screen.findByLabelText(letters.draft.textLabel, {}, { timeout: 5000 });

afterEach(() => act(() => tellUser(undefined)));

describe('a draft changed by hand', () => {
  it('is written on its own, once typing pauses, not with every other draft on every keystroke', async () => {
    localStorage.setItem(draftEditKey('relatives'), 'another draft, long and changed');
    const view = await renderApp('/letters/basis');
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    for (const text of ['M', 'My', 'My letter']) fireEvent.change(await draftBox(), { target: { value: text } });
    expect(setItem).not.toHaveBeenCalled();
    await waitFor(() => expect(localStorage.getItem(draftEditKey('basis'))).toBe('My letter'));
    expect(setItem.mock.calls.map(([key]) => key)).toEqual([draftEditKey('basis'), `${draftEditKey('basis')}#revision`]);
    setItem.mockRestore();

    // What waits for the pause is written when the page is left.
    fireEvent.change(await draftBox(), { target: { value: 'My letter, signed' } });
    view.unmount();
    expect(localStorage.getItem(draftEditKey('basis'))).toBe('My letter, signed');
  });

  it('that does not fit in storage stays on screen, throws nothing, and the user is told', async () => {
    await renderApp('/letters/basis');
    const paste = '很长的一段文字'.repeat(800_000);
    fireEvent.change(await draftBox(), { target: { value: paste } });
    expect(await screen.findByRole('alert', {}, { timeout: 2000 })).toHaveTextContent(ui.storage.full);
    expect(await draftBox()).toHaveValue(paste);
    expect(localStorage.getItem(draftEditKey('basis'))).toBeNull();
  });

  it('kept by an earlier version with every other draft is moved to its own key, and shown', async () => {
    localStorage.setItem('duice:letters:edits', JSON.stringify({ basis: 'kept before', 'complaint:lender': 'to the lender' }));
    await renderApp('/letters/basis');
    expect(await draftBox()).toHaveValue('kept before');
    expect(localStorage.getItem('duice:letters:edits')).toBeNull();
    expect(localStorage.getItem(draftEditKey('complaint:lender'))).toBe('to the lender');
  });
});
