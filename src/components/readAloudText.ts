/**
 * What the read-aloud control says and in which voice. The text is taken from the screen as it is
 * rendered, not from a second list of translation keys: the screen is already the text a sighted
 * user reads, in their language, in its order, with only the answers and items their case shows,
 * and a copy kept beside each screen would drift from it the first time a screen changed.
 */

/** Elements that run on inside a line of text; any other element starts a new block. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

/** Controls are things to press, not text to hear (a `<details>`' summary is its open button). */
const CONTROLS = new Set(['BUTTON', 'INPUT', 'SUMMARY', 'PROGRESS', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/** Whether nothing in `element` is for reading: marked so, a control, a mark a screen reader skips too, or not on screen. */
function skipped(element: Element): boolean {
  if (element.hasAttribute('data-read-skip') || CONTROLS.has(element.tagName) || element.getAttribute('aria-hidden') === 'true') return true;
  // A closed <details> shows only its summary.
  if (element.tagName === 'DETAILS' && !element.hasAttribute('open')) return true;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

/**
 * The text of `root` as a sighted user sees it, in order, one string a block (a heading, a
 * paragraph, an answer's label, a line of a letter): each becomes one utterance, so pause and stop
 * act between blocks too. Text a screen reader is given in place of a mark (`.visually-hidden`) is
 * read, being the spoken form of what the eye sees; a text box is read by its value.
 */
export function blocksToRead(root: Element): string[] {
  const blocks: string[] = [];
  let line = '';
  const endBlock = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    line = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) line += node.textContent ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (skipped(element)) return;
    if (element.tagName === 'TEXTAREA') {
      endBlock();
      for (const textLine of (element as HTMLTextAreaElement).value.split('\n')) {
        line = textLine;
        endBlock();
      }
      return;
    }
    if (element.tagName === 'SELECT') {
      line += ` ${(element as HTMLSelectElement).selectedOptions[0]?.text ?? ''} `;
      return;
    }
    // A space between inline pieces: "reference", "kind" and "what it says" are separate words.
    const inline = INLINE.has(element.tagName);
    if (inline) line += ' ';
    else endBlock();
    element.childNodes.forEach(visit);
    if (inline) line += ' ';
    else endBlock();
  };
  visit(root);
  endBlock();
  return blocks;
}

/** One way of writing a language tag: devices say "zh_CN", "cmn-Hans-CN" or "zh-CN" for the same Mandarin. */
const normalise = (lang: string) =>
  lang
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/^cmn\b/, 'zh')
    .replace(/-han[st]\b/, '');

/**
 * Other Mandarin voices that can read a Chinese page, best first, when none has its own region:
 * a Mandarin voice reads either script. Cantonese ("zh-HK", "yue") is not among them: its
 * reading of the same characters is another language to a Mandarin speaker.
 */
const MANDARIN: Partial<Record<string, string[]>> = { 'zh-cn': ['zh', 'zh-sg', 'zh-tw'], 'zh-tw': ['zh', 'zh-cn', 'zh-sg'] };

/** How well a voice's language fits the page's: 0 is the same, higher is a fallback, undefined does not fit. */
function fit(voiceLang: string, pageLang: string): number | undefined {
  const voice = normalise(voiceLang);
  const page = normalise(pageLang);
  if (voice === page) return 0;
  const mandarin = MANDARIN[page];
  if (mandarin) return mandarin.includes(voice) ? mandarin.indexOf(voice) + 1 : undefined;
  return voice.split('-')[0] === page.split('-')[0] ? 1 : undefined;
}

/**
 * The voice to read a page in `language` with, or undefined when the device has none. Only
 * voices on the device: a network voice would send the user's text to a speech service.
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | undefined {
  let best: { voice: SpeechSynthesisVoice; rank: number } | undefined;
  for (const voice of voices) {
    const rank = fit(voice.lang, language);
    if (voice.localService === false || rank === undefined) continue;
    // Among equals, the device's default voice: the one the user chose or is used to.
    if (!best || rank < best.rank || (rank === best.rank && voice.default && !best.voice.default)) best = { voice, rank };
  }
  return best?.voice;
}
