import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page.tsx';
import { answerText } from './answerText.ts';
import { flow, pathOf } from '../case/flow.ts';
import { useLive } from '../case/triage.ts';

/** "Check your answers": every answer on the live path, each with a link to change it. */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const { t: tt } = useTranslation('triage');
  const live = useLive();
  const questions = live.trail.filter((n) => flow.nodes[n].type === 'question' && n in live.answers);
  return (
    <Page heading={t('review.title')} focusKey="review">
      <p>{t('review.lead')}</p>
      <dl className="summary">
        {questions.map((nodeId) => (
          <div className="summary-row" key={nodeId}>
            <dt>{tt(`nodes.${nodeId}.title`)}</dt>
            <dd>{answerText(tt, i18n.language, nodeId, live.answers[nodeId])}</dd>
            <dd>
              <Link to={`/q/${nodeId}?from=review`} aria-label={t('review.changeLabel', { question: tt(`nodes.${nodeId}.title`) })}>
                {t('review.change')}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      {live.result ? (
        <Link className="button" to="/checklist">
          {t('review.seeChecklist')}
        </Link>
      ) : (
        <>
          <p>{t('review.unfinished')}</p>
          <Link className="button" to={pathOf(live.at)}>
            {t('review.continue')}
          </Link>
        </>
      )}
    </Page>
  );
}
