import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from './components/Page.tsx';
import { deleteAllData } from './triage/session.ts';
import { useSession, useSessionActor } from './triage/sessionContext.ts';

/** What the app keeps on this phone, and the one button that removes all of it. */
export function DataPage() {
  const { t } = useTranslation();
  const actor = useSessionActor();
  const deleted = useSession((s) => s.notice === 'deleted');
  return (
    <Page heading={t('data.title')} focusKey="data">
      <p>{t('data.what')}</p>
      {deleted ? (
        <Link className="button" to="/">
          {t('notFound.home')}
        </Link>
      ) : (
        <button type="button" className="button danger" onClick={() => deleteAllData(actor, localStorage)}>
          {t('data.deleteNow')}
        </button>
      )}
    </Page>
  );
}
