import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What to read and in which voice: its own download, kept out of the first one. It is fetched once
 * the control is up, long before a press; a failed fetch (offline before the app was kept) is
 * tried again on the next press.
 */
let reader: Promise<typeof import('./readAloudText.ts')> | undefined;
function loadReader() {
  reader ??= import('./readAloudText.ts').catch((error: unknown) => {
    reader = undefined;
    throw error;
  });
  return reader;
}

/** How long to wait for a device's voices: Chromium lists them a moment after first asked, an engine with none never does. */
const VOICES_WAIT_MS = 1500;

/** The device's voices, once it has listed them (or an empty list when it has none). */
function loadedVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const listed = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', listed);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(listed, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', listed);
  });
}

type State = 'idle' | 'speaking' | 'paused' | 'noSpeech' | 'noVoice';

/** The main button's label for each state, all laid in one cell so the button keeps the size of the longest. */
const TOGGLE_LABELS = { idle: 'play', speaking: 'pause', paused: 'resume' } as const;

/**
 * Reads the screen's main text (`region`) aloud with the device's own speech synthesis, in the
 * page's language, one utterance a block, with pause and stop. Nothing on screen is highlighted or
 * moves. Where the browser cannot speak or has no voice for the language, it says so once, in its
 * place. Speech stops when the control goes (a new screen, or the same form showing the next question).
 */
export function ReadAloud({ region }: { region: RefObject<HTMLElement | null> }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>('idle');
  const messageRef = useRef<HTMLParagraphElement>(null);
  // Each reading has a number: what a stopped reading reports afterwards (its end, "interrupted") is ignored.
  const readings = useRef(0);
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    // Asking once starts the list loading, so it is usually there by the first press.
    window.speechSynthesis?.getVoices();
    loadReader().catch(() => {});
    return () => {
      mounted.current = false;
      // Only this app speaks in this page, so stopping all speech stops this control's reading.
      window.speechSynthesis?.cancel();
    };
  }, []);

  // The button pressed is gone: focus goes to the message that replaces it, which a screen reader then reads.
  useEffect(() => {
    if (state === 'noSpeech' || state === 'noVoice') messageRef.current?.focus();
  }, [state]);

  const read = async () => {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return setState('noSpeech');
    const language = i18n.language;
    const [loaded, voices] = await Promise.all([loadReader().catch(() => undefined), loadedVoices(synth)]);
    if (!mounted.current || !loaded) return;
    const { blocksToRead, voiceFor } = loaded;
    const voice = voiceFor(voices, language);
    if (!voice) return setState('noVoice');
    const blocks = region.current ? blocksToRead(region.current) : [];
    if (blocks.length === 0) return;
    const reading = ++readings.current;
    const finished = () => {
      if (reading === readings.current) setState('idle');
    };
    // Left paused by a reading stopped on another screen, the synthesis would queue this one in silence.
    if (synth.paused) synth.resume();
    blocks.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = language;
      utterance.voice = voice;
      if (index === blocks.length - 1) utterance.onend = finished;
      utterance.onerror = () => {
        if (reading === readings.current) synth.cancel();
        finished();
      };
      synth.speak(utterance);
    });
    setState('speaking');
  };

  const toggle = () => {
    if (state === 'speaking') {
      window.speechSynthesis.pause();
      setState('paused');
    } else if (state === 'paused') {
      window.speechSynthesis.resume();
      setState('speaking');
    } else void read();
  };

  const stop = () => {
    if (state !== 'speaking' && state !== 'paused') return;
    readings.current++;
    window.speechSynthesis.cancel();
    setState('idle');
  };

  if (state === 'noSpeech' || state === 'noVoice') {
    return (
      <p className="read-aloud-none no-print" ref={messageRef} tabIndex={-1} data-read-skip="">
        {t(`readAloud.${state}`)}
      </p>
    );
  }
  const current = TOGGLE_LABELS[state];
  const stopped = state === 'idle';
  return (
    <div className="read-aloud no-print" role="group" aria-label={t('readAloud.group')} data-read-skip="">
      <button type="button" className="button secondary read-aloud-toggle" onClick={toggle}>
        {Object.values(TOGGLE_LABELS).map((label) => (
          <span key={label} className={label === current ? undefined : 'read-aloud-spare'} aria-hidden={label === current ? undefined : true}>
            {t(`readAloud.${label}`)}
          </span>
        ))}
      </button>
      {/* Always there, so nothing moves when reading starts; unavailable, not disabled, so focus stays on it when reading ends. */}
      <button type="button" className="button secondary" onClick={stop} aria-disabled={stopped || undefined}>
        {t('readAloud.stop')}
      </button>
    </div>
  );
}
