import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page.tsx';
import { TOOLS } from '../lib/tools.ts';
import { flow, pathOf } from '../case/flow.ts';
import { useSession } from '../case/sessionContext.ts';

export function StartPage() {
  const { t } = useTranslation();
  const started = useSession((s) => Object.keys(s.answers).length > 0);
  return (
    <Page heading={t('start.title')} focusKey="start">
      <p className="lead">{t('start.lead')}</p>
      <ul className="promises">
        <li>{t('start.time')}</li>
        <li>{t('start.privacy')}</li>
        <li>{t('start.notLawyer')}</li>
      </ul>
      {/* Where the answers leave off takes the engine to work out, so /continue does that. */}
      <Link className="button" to={started ? '/continue' : pathOf(flow.start)}>
        {t(started ? 'start.resume' : 'start.begin')}
      </Link>
      <section aria-labelledby="tools-heading">
        <h2 id="tools-heading">{t('tools.heading')}</h2>
        <ul className="tools">
          {Object.entries(TOOLS).map(([id, path]) => (
            <li key={id}>
              <Link to={path}>{t(`tools.${id}.name`)}</Link>
              <p className="hint">{t(`tools.${id}.what`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
