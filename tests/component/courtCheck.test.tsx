// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import court from '../../locales/en/court.json' with { type: 'json' };
import triage from '../../locales/en/triage.json' with { type: 'json' };
import ui from '../../locales/en/ui.json' with { type: 'json' };
import { saveAnswers } from '../../src/flow/persistence.ts';
import type { Answers } from '../../src/flow/schema.ts';
import { flow } from '../../src/case/flow.ts';
import { fullPath } from '../unit/fixtures.ts';
import { renderApp } from '../support/renderApp.tsx';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

/** The field the 案号 is typed into; the page's first render waits for its lazily loaded parts. */
const caseNumberField = () => screen.findByRole('textbox', { name: court.caseNumber.label }, { timeout: 5000 });
const answer = () => screen.getByRole('status');

describe('is this message really from a court?', () => {
  it('says first what to do now: do not pay, check the case number, with 12368 one tap away', async () => {
    await renderApp('/court-check');
    expect(await screen.findByRole('heading', { level: 1, name: court.title })).toBeInTheDocument();
    const now = screen.getByRole('region', { name: court.now.heading });
    expect(now).toHaveTextContent(court.now.dontPay);
    expect(now).toHaveTextContent(court.now.check);
    expect(screen.getByRole('link', { name: ui.calls['12368'] })).toHaveAttribute('href', 'tel:12368');
    // Where money may go: to the court's own account; a personal or "safe" account is fraud (legal-cn T3).
    expect(screen.getByRole('region', { name: court.money.heading })).toHaveTextContent(court.money.body);
    for (const id of ['court12368', 'courtOnlineService', 'trialProcessSite']) expect(document.querySelector(`[data-channel="${id}"]`), id).not.toBeNull();
    for (const id of ['caseNumber3', 'civProc88', 'peopleMediation4', 'commercialMediation16'])
      expect(document.querySelector(`[data-cite="${id}"]`), id).not.toBeNull();
    // Nothing on the page links to another host.
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).not.toMatch(/^https?:/);
  });

  it('reads the case number typed, full-width included, and says what its type code means', async () => {
    const user = userEvent.setup();
    await renderApp('/court-check');
    await user.type(await caseNumberField(), '（２０２４）浙02民诉前调595号');
    const courtName = fill(court.caseNumber.courts.intermediate, { code: '浙02' });
    expect(answer()).toHaveTextContent(fill(court.caseNumber.parts, { year: 2024, court: courtName, number: 595 }));
    expect(answer()).toHaveTextContent(fill(court.caseNumber.meaning, { code: '民诉前调', meaning: court.caseNumber.meanings.preFilingMediation }));
    expect(answer()).toHaveTextContent(court.caseNumber.notProof);
  });

  it('calls a code it cannot explain neither real nor fake, and says when the text is not a case number', async () => {
    const user = userEvent.setup();
    await renderApp('/court-check');
    const field = await caseNumberField();
    await user.type(field, '(2026)京0105执88号');
    expect(answer()).toHaveTextContent(fill(court.caseNumber.unknownCode, { code: '执' }));
    for (const meaning of Object.values(court.caseNumber.meanings)) expect(answer()).not.toHaveTextContent(meaning);
    await user.clear(field);
    await user.type(field, '越法发123号');
    expect(answer()).toHaveTextContent(court.caseNumber.notCaseNumber);
    await user.clear(field);
    expect(answer()).toBeEmptyDOMElement();
  });

  const scamApproach: Answers = { ...fullPath, payRequests: ['personalAccount'], moneySent: ['none'] };
  it.each([
    ['scam warning', 'scamWarning', scamApproach],
    ['court question', 'court', fullPath],
  ] as const)('is linked, quietly, from the %s', async (_, nodeId, answers) => {
    saveAnswers(localStorage, flow, answers);
    await renderApp(`/q/${nodeId}`);
    expect(await screen.findByRole('heading', { level: 1, name: triage.nodes[nodeId].title }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: ui.tools.courtCheck.link })).toHaveAttribute('href', '/court-check');
  });
});
