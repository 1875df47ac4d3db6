import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Page } from '../components/Page.tsx';
import { openedFrom } from '../components/ReturnLink.tsx';
import { setDiscreetTitle, useDiscreetTitle } from '../lib/settings.ts';
import { useSession } from '../case/sessionContext.ts';

/** Settings, what the app keeps on this phone, and the way to remove all of it (confirmed on a page of its own). */
export function DataPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const deleted = useSession((s) => s.notice === 'deleted');
  const discreet = useDiscreetTitle();
  return (
    <Page heading={t('data.title')} focusKey="data">
      <div className="setting">
        <input
          id="discreet-title"
          type="checkbox"
          checked={discreet}
          onChange={(e) => setDiscreetTitle(e.target.checked)}
          aria-describedby="discreet-title-hint"
        />
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
        <Link className="button secondary" to="/data/delete" state={openedFrom(location)}>
          {t('data.deleteStart')}
        </Link>
      )}
    </Page>
  );
}
