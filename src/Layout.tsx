import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { ScreenError } from './components/ScreenError.tsx';
import { LANGUAGE_KEY, LANGUAGES } from './i18n.ts';
import { flow, pathOf } from './triage/flow.ts';
import { useSession, useSessionActor } from './triage/sessionContext.ts';

const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span>{t('language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => {
          localStorage.setItem(LANGUAGE_KEY, e.target.value);
          void i18n.changeLanguage(e.target.value);
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

/** Start over from any screen: answers and ticks go, the language choice stays. */
function StartOver() {
  const { t } = useTranslation();
  const actor = useSessionActor();
  const navigate = useNavigate();
  const started = useSession((s) => Object.keys(s.answers).length > 0);
  if (!started) return null;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        actor.send({ type: 'restart' });
        navigate(pathOf(flow.start));
      }}
    >
      {t('start.restart')}
    </button>
  );
}

export function Layout() {
  const { t, i18n } = useTranslation();
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
      </header>
      <main id="main">
        <NoticeBanner />
        {/* Screens that show flow copy wait here for it on their first load. */}
        <ScreenError>
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
