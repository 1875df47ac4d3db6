// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import help from '../../locales/en/help.json' with { type: 'json' };
import triage from '../../locales/en/triage.json' with { type: 'json' };
import ui from '../../locales/en/ui.json' with { type: 'json' };
import { saveAnswers } from '../../src/flow/persistence.ts';
import { flow } from '../../src/case/flow.ts';
import { renderApp } from '../support/renderApp.tsx';
import { fullPath } from '../unit/fixtures.ts';

const { legalAid } = help;

describe('the legal aid pre-check', () => {
  it('says plainly that a sued borrower is generally outside free representation, points to 12348, and warns of the court deadline', async () => {
    const user = userEvent.setup();
    await renderApp('/help/legal-aid');
    expect(await screen.findByRole('heading', { level: 1, name: legalAid.title })).toBeInTheDocument();
    // The papers to bring, before any answer.
    const papers = screen.getByRole('list', { name: legalAid.listHeading });
    expect(within(papers).getAllByRole('listitem')).toHaveLength(Object.keys(legalAid.list).length);
    expect(screen.queryByRole('region', { name: legalAid.resultHeading })).toBeNull();

    await user.click(screen.getByRole('radio', { name: legalAid.need.answers.court }));
    await user.click(screen.getByRole('radio', { name: legalAid.papers.answers.yes }));
    const result = screen.getByRole('region', { name: legalAid.resultHeading });
    expect(within(result).getByText(legalAid.court)).toBeInTheDocument();
    expect(within(result).getByText(legalAid.deadline)).toBeInTheDocument();
    expect(within(result).getByRole('link', { name: ui.calls['12348'] })).toHaveAttribute('href', 'tel:12348');
    expect(result.querySelector('[data-cite="legalAid31"]')).not.toBeNull();
    expect(result.querySelector('[data-channel="legalAid12348"]')).not.toBeNull();

    await user.click(screen.getByRole('radio', { name: legalAid.need.answers.advice }));
    await user.click(screen.getByRole('radio', { name: legalAid.papers.answers.no }));
    expect(within(result).getByText(legalAid.advice)).toBeInTheDocument();
    expect(within(result).queryByText(legalAid.court)).toBeNull();
    expect(within(result).queryByText(legalAid.deadline)).toBeNull();
  });

  it('is linked from the checklist item on lawyers and legal aid', async () => {
    saveAnswers(localStorage, flow, { ...fullPath, court: 'lawsuit' });
    await renderApp('/checklist');
    const item = await screen.findByText(triage.checklist.findLawyer.title, { selector: 'label' });
    const link = within(item.closest('li')!).getByRole('link', { name: ui.checklist.openTool.replace('{{tool}}', ui.tools.legalAid.name) });
    expect(link).toHaveAttribute('href', '/help/legal-aid');
  });
});
