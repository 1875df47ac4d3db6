// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import en from '../../locales/en/triage.json' with { type: 'json' };
import ui from '../../locales/en/ui.json' with { type: 'json' };
import { blocksToRead, voiceFor } from '../../src/components/readAloudText.ts';
import { renderApp } from '../support/renderApp.tsx';

/** The browser's speech synthesis as far as the control uses it, recording what it is asked to do. */
class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

const voice = (lang: string, localService = true, name = lang) => ({ lang, localService, name, default: false, voiceURI: name }) as SpeechSynthesisVoice;

function fakeSynthesis(voices: SpeechSynthesisVoice[]) {
  const listeners = new Set<() => void>();
  const synth = {
    voices,
    spoken: [] as FakeUtterance[],
    paused: false,
    getVoices: () => synth.voices,
    speak: vi.fn((utterance: FakeUtterance) => void synth.spoken.push(utterance)),
    pause: vi.fn(),
    resume: vi.fn(),
    cancel: vi.fn(),
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    /** The device lists its voices late, as Chromium does. */
    list(more: SpeechSynthesisVoice[]) {
      synth.voices = more;
      listeners.forEach((listener) => listener());
    },
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}

afterEach(() => {
  // The screen goes first: leaving it stops the reading, with the synthesis still there.
  cleanup();
  vi.unstubAllGlobals();
});

const control = () => screen.getByRole('group', { name: ui.readAloud.group });
const button = (name: string) => within(control()).getByRole('button', { name });

describe('read aloud', () => {
  it('reads a question as it is seen, one block at a time, in an English voice on the device', async () => {
    const user = userEvent.setup();
    const english = voice('en-GB');
    const synth = fakeSynthesis([voice('en-US', false, 'network'), voice('zh-CN'), english]);
    await renderApp('/q/danger');
    await user.click(await screen.findByRole('button', { name: ui.readAloud.play }));
    await waitFor(() => expect(synth.spoken).not.toHaveLength(0));
    const { title, hint, answers, answerHints } = en.nodes.danger;
    expect(synth.spoken.map((u) => u.text)).toEqual([
      title,
      hint,
      ui.question.chooseMany,
      answers.threatened,
      answerHints.threatened,
      answers.selfHarm,
      answers.none,
    ]);
    expect(synth.spoken.every((u) => u.lang === 'en' && u.voice === english)).toBe(true);
  });

  it('pauses, resumes and stops, keeping focus on its buttons', async () => {
    const user = userEvent.setup();
    const synth = fakeSynthesis([voice('en-US')]);
    await renderApp('/q/danger');
    await user.click(await screen.findByRole('button', { name: ui.readAloud.play }));
    expect(button(ui.readAloud.stop)).not.toHaveAttribute('aria-disabled');
    await user.click(await screen.findByRole('button', { name: ui.readAloud.pause }));
    expect(synth.pause).toHaveBeenCalledTimes(1);
    await user.click(button(ui.readAloud.resume));
    expect(synth.resume).toHaveBeenCalledTimes(1);
    await user.click(button(ui.readAloud.stop));
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    expect(button(ui.readAloud.stop)).toHaveFocus();
    expect(button(ui.readAloud.stop)).toHaveAttribute('aria-disabled', 'true');
    // What the stopped reading reports afterwards changes nothing; a new reading ends at its last block.
    await user.click(button(ui.readAloud.play));
    act(() => synth.spoken[0].onerror?.());
    expect(button(ui.readAloud.pause)).toBeInTheDocument();
    act(() => synth.spoken.at(-1)?.onend?.());
    expect(button(ui.readAloud.play)).toBeInTheDocument();
  });

  it('waits for voices the device lists late', async () => {
    const user = userEvent.setup();
    const synth = fakeSynthesis([]);
    await renderApp('/q/danger');
    await user.click(await screen.findByRole('button', { name: ui.readAloud.play }));
    act(() => synth.list([voice('en_US')]));
    await waitFor(() => expect(synth.spoken[0]?.text).toBe(en.nodes.danger.title));
  });

  it('says once, in its place, that there is no voice for the language', async () => {
    const user = userEvent.setup();
    const synth = fakeSynthesis([voice('zh-CN'), voice('en-US', false)]);
    await renderApp('/q/danger');
    await user.click(await screen.findByRole('button', { name: ui.readAloud.play }));
    const message = await screen.findByText(ui.readAloud.noVoice);
    await waitFor(() => expect(message).toHaveFocus());
    expect(screen.queryByRole('group', { name: ui.readAloud.group })).not.toBeInTheDocument();
    expect(synth.speak).not.toHaveBeenCalled();
  });

  it('says so where the browser has no speech synthesis', async () => {
    const user = userEvent.setup();
    await renderApp('/q/danger');
    await user.click(await screen.findByRole('button', { name: ui.readAloud.play }));
    expect(await screen.findByText(ui.readAloud.noSpeech)).toBeInTheDocument();
  });

  it('stops when the next question shows, and on leaving the app', async () => {
    const user = userEvent.setup();
    const synth = fakeSynthesis([voice('en-US')]);
    const { unmount } = await renderApp('/q/danger');
    await user.click(await screen.findByRole('button', { name: ui.readAloud.play }));
    await user.click(screen.getByRole('checkbox', { name: en.nodes.danger.answers.none }));
    await user.click(screen.getByRole('button', { name: ui.question.continue }));
    await screen.findByRole('heading', { level: 1, name: en.nodes.caller.title });
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    await user.click(button(ui.readAloud.play));
    unmount();
    expect(synth.cancel).toHaveBeenCalledTimes(2);
  });
});

describe('what is read', () => {
  it('skips controls, marks, closed details, hidden and marked parts; reads a text box by its lines', () => {
    document.body.innerHTML = `<div id="root">
      <h1>Title</h1><div data-read-skip><button>Read aloud</button></div>
      <p>One <a href="#x">link</a> line<sup aria-hidden="true">*</sup><span class="visually-hidden">checked</span></p>
      <details><summary>Why</summary><p>Hidden reason</p></details>
      <details open><summary>Why</summary><p>Shown reason</p></details>
      <label for="t">Letter</label><textarea id="t">Dear sir,\n\nI write</textarea>
      <div style="display: none">Print copy</div><p hidden>Gone</p>
    </div>`;
    expect(blocksToRead(document.getElementById('root')!)).toEqual(['Title', 'One link line checked', 'Shown reason', 'Letter', 'Dear sir,', 'I write']);
  });
});

describe('the voice', () => {
  it('matches the ways devices write Mandarin, never Cantonese, never a network voice', () => {
    expect(voiceFor([voice('yue-HK'), voice('zh-HK'), voice('cmn-Hans-CN')], 'zh-CN')?.lang).toBe('cmn-Hans-CN');
    expect(voiceFor([voice('zh_CN')], 'zh-CN')?.lang).toBe('zh_CN');
    expect(voiceFor([voice('zh-CN'), voice('zh-TW')], 'zh-TW')?.lang).toBe('zh-TW');
    expect(voiceFor([voice('zh-CN')], 'zh-TW')?.lang).toBe('zh-CN');
    expect(voiceFor([voice('zh-HK'), voice('zh-CN', false)], 'zh-CN')).toBeUndefined();
    expect(voiceFor([voice('zh-CN'), voice('en-AU')], 'en')?.lang).toBe('en-AU');
  });
});
