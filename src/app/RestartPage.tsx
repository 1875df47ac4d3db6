import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../components/Page.tsx';
import { ReturnLink } from '../components/ReturnLink.tsx';
import { flow, pathOf } from '../case/flow.ts';
import { useSessionActor } from '../case/sessionContext.ts';

/**
 * "Start over", confirmed on a page of its own, so one mis-tap in the footer cannot wipe the
 * answers. It says exactly what the session's restart clears (the answers and the ticks) and
 * what it leaves (everything the tools keep, and the settings).
 */
export function RestartPage() {
  const { t } = useTranslation();
  const actor = useSessionActor();
  const navigate = useNavigate();
  return (
    <Page heading={t('restart.title')} focusKey="restart">
      <p>{t('restart.clears')}</p>
      <ul>
        <li>{t('restart.clearsAnswers')}</li>
        <li>{t('restart.clearsTicks')}</li>
      </ul>
      <p>{t('restart.keeps')}</p>
      <ul>
        <li>{t('restart.keepsLog')}</li>
        <li>{t('restart.keepsLetters')}</li>
        <li>{t('restart.keepsMoney')}</li>
        <li>{t('restart.keepsSettings')}</li>
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => {
          actor.send({ type: 'restart' });
          // In place of this page, so Back does not offer to start over again.
          navigate(pathOf(flow.start), { replace: true });
        }}
      >
        {t('restart.confirm')}
      </button>
      <ReturnLink fallback="/">{t('confirm.back')}</ReturnLink>
    </Page>
  );
}
