import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from './components/Page.tsx';
import { pathOf, useLive, useSessionActor } from './triage/sessionContext.ts';
import { flow } from './triage/triage.ts';

export function StartPage() {
  const { t } = useTranslation();
  const live = useLive();
  const actor = useSessionActor();
  const navigate = useNavigate();
  const started = live.trail.length > 1;
  return (
    <Page heading={t('start.title')} focusKey="start">
      <p className="lead">{t('start.lead')}</p>
      <ul className="promises">
        <li>{t('start.time')}</li>
        <li>{t('start.privacy')}</li>
        <li>{t('start.notLawyer')}</li>
      </ul>
      {started ? (
        <>
          <Link className="button" to={pathOf(live.at)}>
            {t('start.resume')}
          </Link>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              actor.send({ type: 'restart' });
              navigate(pathOf(flow.start));
            }}
          >
            {t('start.restart')}
          </button>
        </>
      ) : (
        <Link className="button" to={pathOf(flow.start)}>
          {t('start.begin')}
        </Link>
      )}
    </Page>
  );
}
