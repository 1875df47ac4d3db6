import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { openedFrom } from '../components/ReturnLink.tsx';
import { ScreenError } from '../components/ScreenError.tsx';
import { isLanguage, LANGUAGES, storedLanguage } from './i18n.ts';
import { QuickExit } from './QuickExit.tsx';
import { tellUser, writeStored, useDataEpoch, useStorageNotice } from '../lib/storage.ts';
import { useSession, useSessionActor } from '../case/sessionContext.ts';

const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span>{t('language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => {
          const language = e.target.value;
          if (!isLanguage(language)) return;
          // Storage full: the language changes for this visit, and the user is told.
          writeStored(localStorage, storedLanguage, language);
          void i18n.changeLanguage(language);
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_NAMES[lng]}
          </option>
        ))}
      </select>
    </label>
  );
}

function NoticeBanner() {
  const { t } = useTranslation();
  const notice = useSession((s) => s.notice);
  const actor = useSessionActor();
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <p>{t(`notice.${notice}`)}</p>
      <button type="button" className="link-button" onClick={() => actor.send({ type: 'dismissNotice' })}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/** What became of the user's saved data, when they need to know: not kept, or changed in another tab. */
function StorageNoticeBanner() {
  const { t } = useTranslation();
  const notice = useStorageNotice();
  if (!notice) return null;
  return (
    // Sticky: a paste that does not fit is made far down a long draft, out of sight of the top.
    <div className="notice warning sticky no-print" role={notice === 'full' ? 'alert' : 'status'}>
      <p>{t(`storage.${notice}`)}</p>
      <button type="button" className="link-button" onClick={() => tellUser(undefined)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/** Start over from any screen, once something is answered: a confirmation page says what goes. */
function StartOver() {
  const { t } = useTranslation();
  const location = useLocation();
  const started = useSession((s) => Object.keys(s.answers).length > 0);
  if (!started || location.pathname === '/restart') return null;
  return (
    <Link to="/restart" state={openedFrom(location)}>
      {t('start.restart')}
    </Link>
  );
}

export function Layout() {
  const { t, i18n } = useTranslation();
  // After "delete all", here or in another tab, the screen opens again: forms show the empty state
  // rather than what was typed before, and nothing they held can be saved back.
  const epoch = useDataEpoch();
  // Fetch the flow's copy as soon as the first screen is up, so the first question is instant.
  useEffect(() => void i18n.loadNamespaces('triage'), [i18n]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header no-print">
        <Link to="/" className="brand">
          {t('appName')}
        </Link>
        <LanguageSwitcher />
        <QuickExit />
      </header>
      <main id="main">
        <NoticeBanner />
        <StorageNoticeBanner />
        {/* Screens that show flow copy wait here for it on their first load. */}
        <ScreenError key={epoch}>
          <Suspense fallback={<p className="loading">…</p>}>
            <Outlet />
          </Suspense>
        </ScreenError>
      </main>
      <footer className="site-footer no-print">
        <StartOver />
        <Link to="/data" className="danger">
          {t('data.deleteAll')}
        </Link>
      </footer>
    </>
  );
}
