import i18n from 'i18next';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { createActor } from 'xstate';
import { App } from './App.tsx';
import { initI18n } from './i18n.ts';
import { sessionLogic } from './triage/session.ts';
import { SessionContext } from './triage/sessionContext.ts';

/**
 * Build time only: renders a page as a first-time visitor sees it, in Simplified Chinese,
 * so the start page and the first question paint before any JavaScript has run.
 */
export async function render(url: string): Promise<string> {
  if (!i18n.isInitialized) await initI18n('zh-CN');
  await i18n.loadNamespaces('triage');
  const session = createActor(sessionLogic, { input: { answers: {}, ticks: {} } }).start();
  return renderToString(
    <SessionContext.Provider value={session}>
      <StaticRouter location={url}>
        <App />
      </StaticRouter>
    </SessionContext.Provider>,
  );
}
