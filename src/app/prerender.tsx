import i18n from 'i18next';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { App } from './App.tsx';
import { initI18n } from './i18n.ts';
import { createSessionStore } from '../case/session.ts';
import { SessionContext } from '../case/sessionContext.ts';

/**
 * Build time only: renders a page as a first-time visitor sees it, in Simplified Chinese,
 * so the start page and the first question paint before any JavaScript has run. React's static
 * renderer waits for lazily loaded screens and copy, so the HTML holds the whole page.
 */
export async function render(url: string): Promise<string> {
  if (!i18n.isInitialized) await initI18n('zh-CN');
  const session = createSessionStore({ answers: {}, ticks: {} });
  const { prelude } = await prerender(
    <SessionContext.Provider value={session}>
      <StaticRouter location={url}>
        <App />
      </StaticRouter>
    </SessionContext.Provider>,
  );
  return new Response(prelude).text();
}
