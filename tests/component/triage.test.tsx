// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import en from '../../locales/en/triage.json' with { type: 'json' };
import ui from '../../locales/en/ui.json' with { type: 'json' };
import { saveAnswers as save } from '../../src/flow/persistence.ts';
import type { Answers } from '../../src/flow/schema.ts';
import { flow } from '../../src/case/flow.ts';
import { fullPath } from '../unit/fixtures.ts';
import { renderApp } from '../support/renderApp.tsx';

const saveAnswers = (answers: Answers) => save(localStorage, flow, answers);
const continueButton = () => screen.getByRole('button', { name: ui.question.continue });

describe('question screens', () => {
  it('start → first question, focus on its heading, answer → next question', async () => {
    const user = userEvent.setup();
    await renderApp('/');
    await user.click(screen.getByRole('link', { name: ui.start.begin }));
    // The heading takes focus once the screen is painted.
    const heading = await screen.findByRole('heading', { level: 1, name: en.nodes.danger.title });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('group', { name: en.nodes.danger.title })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: en.nodes.danger.answers.none }));
    await user.click(continueButton());
    const next = await screen.findByRole('heading', { level: 1, name: en.nodes.caller.title });
    await waitFor(() => expect(next).toHaveFocus());
  });

  it('says what is missing when Continue is pressed with no answer, and links the message to the question', async () => {
    const user = userEvent.setup();
    await renderApp('/q/danger');
    await user.click(await screen.findByRole('button', { name: ui.question.continue }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(ui.question.errorMultipleNone.replace('{{none}}', en.nodes.danger.answers.none));
    expect(screen.getByRole('group', { name: en.nodes.danger.title }).getAttribute('aria-describedby')).toContain(alert.id);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.nodes.danger.title);
  });

  it('names in the message only an answer the question has', async () => {
    const user = userEvent.setup();
    saveAnswers(Object.fromEntries(Object.entries(fullPath).filter(([id]) => !['canPay', 'circumstances', 'goal'].includes(id))));
    await renderApp('/q/canPay');
    await user.click(await screen.findByRole('button', { name: ui.question.continue }));
    // "How much can you pay" has no "I don't know" answer, so the message does not offer one.
    expect(screen.getByRole('alert')).toHaveTextContent(ui.question.errorSingle);
    expect(screen.getByRole('alert')).not.toHaveTextContent('"');
  });

  it('lets "none of these" exclude the other choices in a multi-select', async () => {
    const user = userEvent.setup();
    const { session } = await renderApp('/');
    const nodes = ['danger', 'caller', 'debtMatches', 'payRequests'] as const;
    session.send({ type: 'answer', answers: Object.fromEntries(nodes.map((node) => [node, fullPath[node]])) });
    await user.click(await screen.findByRole('link', { name: ui.start.resume }));
    await screen.findByRole('heading', { level: 1, name: en.nodes.conduct.title });
    const night = screen.getByRole('checkbox', { name: en.nodes.conduct.answers.nightCalls });
    const none = screen.getByRole('checkbox', { name: en.nodes.conduct.answers.none });
    await user.click(night);
    await user.click(none);
    expect(night).not.toBeChecked();
    expect(none).toBeChecked();
    await user.click(night);
    expect(none).not.toBeChecked();
    await user.click(continueButton());
    expect(session.getSnapshot().answers.conduct).toEqual(['nightCalls']);
  });

  it('goes Back to the previous question with its answer still chosen', async () => {
    const user = userEvent.setup();
    saveAnswers({ danger: ['selfHarm'] });
    await renderApp('/q/caller');
    await user.click(await screen.findByRole('link', { name: ui.question.back }));
    expect(await screen.findByRole('heading', { level: 1, name: en.nodes.crisisHelp.title })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: ui.question.back }));
    expect(await screen.findByRole('checkbox', { name: en.nodes.danger.answers.selfHarm })).toBeChecked();
  });
});

describe('the safety screens', () => {
  it('lead with the numbers to call, and going on to the debt questions comes second', async () => {
    saveAnswers({ danger: ['threatened', 'selfHarm'] });
    await renderApp('/q/dangerHelp');
    await screen.findByRole('heading', { level: 1, name: en.nodes.dangerHelp.title });
    const dials = () => screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('tel:'));
    expect(dials().map((a) => a.getAttribute('href'))).toEqual(['tel:110', 'tel:120']);
    expect(dials()[0]).toHaveTextContent(ui.calls['110']);
    const onward = screen.getByRole('link', { name: ui.question.continueKept });
    // The call comes before the way on, in reading order.
    expect(dials()[0].compareDocumentPosition(onward) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.setup().click(onward);
    await screen.findByRole('heading', { level: 1, name: en.nodes.crisisHelp.title });
    expect(dials().map((a) => a.getAttribute('href'))).toEqual(['tel:12356', 'tel:120', 'tel:110']);
    // A help line is not presented as a complaint channel, and carries no source footnote.
    expect(screen.queryByText(ui.kind.channel)).toBeNull();
  });
});

describe('the checklist screen', () => {
  it('groups items under headings, shows each rule with its kind, and keeps ticks', async () => {
    const user = userEvent.setup();
    saveAnswers(fullPath);
    const { session } = await renderApp('/checklist');
    expect(await screen.findByRole('heading', { level: 1, name: en.nodes.checklist.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: en.groups.safety })).toBeInTheDocument();

    const night = screen.getByRole('checkbox', { name: en.checklist.nightCalls.title });
    await user.click(night);
    expect(session.getSnapshot().ticks).toEqual({ nightCalls: true });

    const item = night.closest('li')!;
    await user.click(within(item).getByText(ui.checklist.why));
    expect(within(item).getByText(ui.kind.standard)).toBeVisible();
    expect(within(item).getByText(ui.kind.selfRegulation)).toBeVisible();
    expect(within(item).queryByText(ui.kind.law)).toBeNull();
  });

  it('marks how well each source was checked, but never an emergency number, and explains the marks once', async () => {
    const user = userEvent.setup();
    saveAnswers({ ...fullPath, danger: ['selfHarm'], conduct: ['nightCalls', 'toldOthers', 'threats'], lender: 'platform', goal: 'both' });
    await renderApp('/checklist');
    await screen.findByRole('heading', { level: 1, name: en.nodes.checklist.title });
    const open = async (id: string) => {
      const item = document.querySelector<HTMLElement>(`[data-item="${id}"]`)!;
      await user.click(within(item).getByText(ui.checklist.why));
      return item;
    };

    // 110 and the 12356 help line, wherever they appear, carry no mark and no word on their source.
    const crisis = await open('crisisLine');
    const threats = await open('threatsInsults');
    const emergency = [...crisis.querySelectorAll('[data-channel]'), ...threats.querySelectorAll('[data-channel="police110"]')];
    expect(emergency.map((channel) => channel.getAttribute('data-channel')).sort()).toEqual(['hotline12356', 'police110', 'police110']);
    for (const channel of emergency) {
      expect(channel.querySelector('.cite-mark')).toBeNull();
      expect(channel).not.toHaveTextContent(ui.status.P);
      expect(channel).not.toHaveTextContent(ui.status.S);
    }

    // Any other source: a mark, its meaning for screen readers, and no sentence under it.
    const cite = threats.querySelector('[data-cite="publicSecurity50"]')!;
    expect(cite.querySelector('.cite-mark')).toHaveAttribute('aria-hidden', 'true');
    expect(within(cite as HTMLElement).getByText(ui.status.label.replace('{{status}}', ui.status.P).trim())).toHaveClass('visually-hidden');
    const nifa = (await open('complainNifa')).querySelector('[data-channel="nifaReport"]')!;
    expect(nifa.querySelector('.cite-mark')).toBeVisible();

    const notes = document.querySelectorAll('[data-marks-note]');
    expect(notes).toHaveLength(1);
    expect(notes[0].textContent).toContain('official text checked');
  });

  it('sends an unfinished path to its next question instead of showing a checklist', async () => {
    saveAnswers({ danger: ['none'] });
    await renderApp('/checklist');
    expect(await screen.findByRole('heading', { level: 1, name: en.nodes.caller.title })).toBeInTheDocument();
  });
});
