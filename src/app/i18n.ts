import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCNShellUi from 'virtual:zh-cn-shell-ui';
import type { Stored } from '../lib/storage.ts';
import { STORAGE_KEYS } from '../lib/storageKeys.ts';

export const LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** The language the user chose, kept as its code. */
export const storedLanguage: Stored<Language> = {
  key: STORAGE_KEYS.language,
  encode: (language) => language,
  decode: (raw) => (isLanguage(raw) ? raw : undefined),
};

/**
 * Only the Simplified Chinese copy of the shell and the start page ships in the main bundle
 * (plugins/shellUi.ts), so the start page is ready at once; the rest of that namespace, the
 * flow's copy and the other languages are fetched when first needed.
 */
const lazyLocales = import.meta.glob<ResourceKey>('../../locales/*/*.json', { import: 'default' });

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load =
      language === 'zh-TW'
        ? import('virtual:zh-tw-locales').then((m) => m.default[namespace]?.()).then((m) => m?.default)
        : lazyLocales[`../../locales/${language}/${namespace}.json`]?.();
    if (!load) return callback(new Error(`no ${language}/${namespace}`), null);
    load.then(
      (data) => callback(null, data),
      (error: Error) => callback(error, null),
    );
  },
};

/** zh-TW/HK/MO and Hant follow Traditional, any English follows English, everything else Simplified. */
export function pickLanguage(saved: string | null, browserLanguages: readonly string[]): Language {
  if (saved !== null && isLanguage(saved)) return saved;
  const first = (browserLanguages[0] ?? '').toLowerCase();
  if (/^zh-(tw|hk|mo)|^zh-hant/.test(first)) return 'zh-TW';
  if (first.startsWith('en')) return 'en';
  return 'zh-CN';
}

export async function initI18n(language: Language) {
  await i18n
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      load: 'currentOnly',
      ns: ['ui'],
      defaultNS: 'ui',
      resources: { 'zh-CN': { ui: zhCNShellUi } },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false }, // React escapes
      returnEmptyString: false,
    });
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
    i18n.on('languageChanged', (lng) => (document.documentElement.lang = lng));
  }
  return i18n;
}

let wholeUi: Promise<void> | undefined;

/**
 * Adds the rest of the Simplified Chinese `ui` namespace to the part the first download holds.
 * Every screen after the start page waits for it (app/App.tsx), whatever the language on screen,
 * so switching to Simplified Chinese there finds every key. A failed fetch is tried again next time.
 */
export function loadWholeUi(): Promise<void> {
  wholeUi ??= lazyLocales['../../locales/zh-CN/ui.json']!().then(
    (ui) => void i18n.addResourceBundle('zh-CN', 'ui', ui, true, true),
    (error: unknown) => {
      wholeUi = undefined;
      throw error;
    },
  );
  return wholeUi;
}
