import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { initI18n, LANGUAGE_KEY, pickLanguage } from './i18n.ts';
import { startSession } from './triage/session.ts';
import { SessionContext } from './triage/sessionContext.ts';
import './styles.css';

const session = startSession(localStorage);
void initI18n(pickLanguage(localStorage.getItem(LANGUAGE_KEY), navigator.languages)).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SessionContext.Provider value={session}>
        {/* Navigation renders at once, with the answer it follows, instead of in a deferred transition. */}
        <BrowserRouter useTransitions={false}>
          <App />
        </BrowserRouter>
      </SessionContext.Provider>
    </StrictMode>,
  ),
);

// Offline support: precaches the app (see vite.config.ts). Only in a build; the dev server has no worker.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js'));
}
