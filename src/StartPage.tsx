import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from './components/Page.tsx';
import { pathOf, useLive } from './triage/sessionContext.ts';
import { flow } from './triage/triage.ts';

export function StartPage() {
  const { t } = useTranslation();
  const live = useLive();
  const started = live.trail.length > 1;
  return (
    <Page heading={t('start.title')} focusKey="start">
      <p className="lead">{t('start.lead')}</p>
      <ul className="promises">
        <li>{t('start.time')}</li>
        <li>{t('start.privacy')}</li>
        <li>{t('start.notLawyer')}</li>
      </ul>
      <Link className="button" to={pathOf(started ? live.at : flow.start)}>
        {t(started ? 'start.resume' : 'start.begin')}
      </Link>
    </Page>
  );
}
