import i18next from 'i18next';
import enLetters from '../../locales/en/letters.json' with { type: 'json' };
import enLog from '../../locales/en/log.json' with { type: 'json' };
import enTriage from '../../locales/en/triage.json' with { type: 'json' };
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import zhLetters from '../../locales/zh-CN/letters.json' with { type: 'json' };
import zhLog from '../../locales/zh-CN/log.json' with { type: 'json' };
import zhTriage from '../../locales/zh-CN/triage.json' with { type: 'json' };
import zhUi from '../../locales/zh-CN/ui.json' with { type: 'json' };
import type { Texts } from '../../src/letters/drafts.ts';

/** The real copy, loaded into an i18next instance of the tests' own. */
export const i18n = i18next.createInstance();
await i18n.init({
  resources: {
    'zh-CN': { letters: zhLetters, log: zhLog, triage: zhTriage, ui: zhUi },
    en: { letters: enLetters, log: enLog, triage: enTriage, ui: enUi },
  },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
});

/** The translation functions a letter is written with, in one language. */
export const textsIn = (language: string): Texts => ({
  t: i18n.getFixedT(language, 'letters'),
  ui: i18n.getFixedT(language, 'ui'),
  tt: i18n.getFixedT(language, 'triage'),
  log: i18n.getFixedT(language, 'log'),
  language,
});
