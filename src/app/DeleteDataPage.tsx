import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '../components/Page.tsx';
import { ReturnLink } from '../components/ReturnLink.tsx';
import { deleteLog, imageCount, useLog } from '../case/log/logState.ts';
import { deleteAllData } from '../case/session.ts';
import { useSession, useSessionActor } from '../case/sessionContext.ts';

/**
 * "Delete all my data", confirmed on a page of its own: it names what goes, with the counts the
 * phone holds, and offers a backup of the contact log first, which may be the user's evidence.
 */
export function DeleteDataPage() {
  const { t } = useTranslation();
  const actor = useSessionActor();
  const navigate = useNavigate();
  const answers = useSession((s) => Object.keys(s.answers).length);
  const log = useLog();
  const logRecords = log.status === 'ready' ? log.entries.length + log.consents.length : 0;
  return (
    <Page heading={t('deleteData.title')} focusKey="deleteData">
      <p>{t('deleteData.lead')}</p>
      <ul>
        <li>{t('deleteData.answers', { count: answers })}</li>
        {log.status === 'ready' ? (
          <>
            <li>{t('deleteData.entries', { count: log.entries.length })}</li>
            {log.images.size > 0 && <li>{t('deleteData.images', { count: imageCount(log.images) })}</li>}
            {log.consents.length > 0 && <li>{t('deleteData.consents', { count: log.consents.length })}</li>}
          </>
        ) : (
          // Still loading, or the log cannot be opened: what it holds cannot be counted, but it goes too.
          <li>{t('deleteData.wholeLog')}</li>
        )}
        <li>{t('deleteData.tools')}</li>
        <li>{t('deleteData.settings')}</li>
      </ul>
      {logRecords > 0 && (
        <section aria-labelledby="backup-first">
          <h2 id="backup-first">{t('deleteData.backupHeading')}</h2>
          <p>{t('deleteData.backup')}</p>
          <p>
            <Link className="inline-link" to="/log/backup">
              {t('deleteData.backupLink')}
            </Link>
          </p>
        </section>
      )}
      <button
        type="button"
        className="button danger"
        onClick={() => {
          deleteAllData(actor, localStorage);
          void deleteLog();
          // The settings page says it is done; Back does not return to a confirmation with nothing left to delete.
          navigate('/data', { replace: true });
        }}
      >
        {t('deleteData.confirm')}
      </button>
      <ReturnLink fallback="/data">{t('confirm.back')}</ReturnLink>
    </Page>
  );
}
