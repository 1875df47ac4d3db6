import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from './components/Page.tsx';
import { flow, pathOf } from './triage/flow.ts';
import { useSession } from './triage/sessionContext.ts';

/** The tools beside the guided questions, each at its own address. */
const TOOLS = [
  { id: 'log', path: '/log' },
  { id: 'cost', path: '/tools/cost' },
  { id: 'plan', path: '/tools/plan' },
] as const;

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
          {TOOLS.map((tool) => (
            <li key={tool.id}>
              <Link to={tool.path}>{t(`tools.${tool.id}.name`)}</Link>
              <p className="hint">{t(`tools.${tool.id}.what`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
