import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, laterScreens } from './App.tsx';
import { initI18n, pickLanguage, storedLanguage, type Language } from './i18n.ts';
import { BLANK_PATH, leaveAgainIfReturnedAfterQuickExit } from './QuickExit.tsx';
import { readStored } from '../lib/storage.ts';
import { startSession, type SessionStore } from '../case/session.ts';
import { SessionContext } from '../case/sessionContext.ts';
import './styles.css';

const container = document.getElementById('root')!;

/**
 * The build rendered this page for a first visit in Simplified Chinese (plugins/prerender.ts).
 * Only then does the page on screen match what React would render, so React can adopt it.
 */
function showsThePrerenderedPage(session: SessionStore, language: Language): boolean {
  const { answers, ticks, notice } = session.getSnapshot();
  const untouched = Object.keys(answers).length === 0 && Object.keys(ticks).length === 0 && !notice;
  return container.dataset.prerendered === location.pathname && language === 'zh-CN' && untouched;
}

// After a quick exit, Back into the app shows the blank page again, not the app.
const leaving = leaveAgainIfReturnedAfterQuickExit();

/**
 * Ends the current task, so the browser can paint and answer a tap before the next step. Starting
 * up in one go (evaluating the modules, setting up i18n, hydrating) was one task of about a second
 * on a phone 4× slower than this machine, during which a tap on the page got no answer.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Fetches the screens the start page leads to ahead, one at a time once the first screen is up, so
 * evaluating them never competes with starting up. If one fails (the page is left while it loads,
 * which Firefox reports as an uncaught error, or the connection drops), the screen is fetched again
 * when it is opened. The blank page of a quick exit fetches nothing more than it needs.
 */
function PreloadLaterScreens() {
  useEffect(() => {
    if (location.pathname === BLANK_PATH) return;
    void (async () => {
      for (const screen of laterScreens) {
        await nextTask();
        await screen.preload().catch(() => {});
      }
    })();
  }, []);
  return null;
}

async function start() {
  await nextTask();
  // Reading the saved answers is the page's first use of localStorage, which can wait on the disk.
  const session = startSession(localStorage);
  const language = pickLanguage(readStored(localStorage, storedLanguage), navigator.languages);
  await nextTask();
  await initI18n(language);
  await nextTask();
  const app = (
    <StrictMode>
      <SessionContext.Provider value={session}>
        {/* Navigation renders at once, with the answer it follows, instead of in a deferred transition. */}
        <BrowserRouter useTransitions={false}>
          <App />
        </BrowserRouter>
        <PreloadLaterScreens />
      </SessionContext.Provider>
    </StrictMode>
  );
  // A transition lets React do the first render in slices, so a slow phone stays responsive meanwhile.
  startTransition(() => {
    if (showsThePrerenderedPage(session, language)) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
}

if (!leaving) void start();

// Offline support: precaches the app (see vite.config.ts). Only in a build; the dev server has no worker.
window.addEventListener('load', () => {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
});
