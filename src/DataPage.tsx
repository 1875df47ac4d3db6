import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from './components/Page.tsx';
import { deleteLog } from './log/logState.ts';
import { setDiscreetTitle, useDiscreetTitle } from './settings.ts';
import { deleteAllData } from './triage/session.ts';
import { useSession, useSessionActor } from './triage/sessionContext.ts';

/** Settings, what the app keeps on this phone, and the one button that removes all of it. */
export function DataPage() {
  const { t } = useTranslation();
  const actor = useSessionActor();
  const deleted = useSession((s) => s.notice === 'deleted');
  const discreet = useDiscreetTitle();
  return (
    <Page heading={t('data.title')} focusKey="data">
      <div className="setting">
        <input id="discreet-title" type="checkbox" checked={discreet} onChange={(e) => setDiscreetTitle(e.target.checked)} aria-describedby="discreet-title-hint" />
        <label htmlFor="discreet-title">{t('data.discreetTitle')}</label>
        <p id="discreet-title-hint" className="hint">
          {t('data.discreetTitleHint', { title: t('discreetTitle') })}
        </p>
      </div>
      <h2>{t('data.deleteHeading')}</h2>
      <p>{t('data.what')}</p>
      {deleted ? (
        <Link className="button" to="/">
          {t('notFound.home')}
        </Link>
      ) : (
        <button type="button" className="button danger" onClick={() => {
            deleteAllData(actor, localStorage);
            void deleteLog();
          }}>
          {t('data.deleteNow')}
        </button>
      )}
    </Page>
  );
}
