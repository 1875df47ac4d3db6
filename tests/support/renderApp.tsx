import { render } from '@testing-library/react';
import i18n from 'i18next';
import { MemoryRouter } from 'react-router';
import { App } from '../../src/app/App.tsx';
import { initI18n } from '../../src/app/i18n.ts';
import { startSession } from '../../src/case/session.ts';
import { SessionContext } from '../../src/case/sessionContext.ts';

/** The whole app in English at `path`, with a session started from the test's localStorage. */
export async function renderApp(path: string) {
  if (!i18n.isInitialized) await initI18n('en');
  await i18n.changeLanguage('en');
  const session = startSession(localStorage);
  const view = render(
    <SessionContext.Provider value={session}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </SessionContext.Provider>,
  );
  return { session, ...view };
}
