import type { TFunction } from 'i18next';
import { useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { CallLinks } from '../components/CallLinks.tsx';
import { Citations, hasMarks, StatusMarksNote } from '../law/Citations.tsx';
import { Page } from '../components/Page.tsx';
import { isValidAnswer } from '../flow/machine.ts';
import type { Answer, FlowNode, QuestionNode } from '../flow/schema.ts';
import { flow, pathOf } from '../case/flow.ts';
import { channelIds, citationIds } from '../law/law.ts';
import { useSession, useSessionActor } from '../case/sessionContext.ts';
import { answersAfter, liveFor, useLive } from '../case/triage.ts';
import { TOOLS } from '../lib/tools.ts';

/** Where to go after a node: a result goes through "check your answers" first. */
function afterwards(nextNode: string) {
  return flow.nodes[nextNode].type === 'result' ? '/review' : pathOf(nextNode);
}

/** A saved answer as the list of chosen answer ids (none, one, or several). */
const asList = (answer: Answer | undefined): string[] => (answer === undefined ? [] : ([] as string[]).concat(answer));

/** Answers that mean "none of these" or "not sure": the error message names them only where they exist. */
const NONE_ANSWERS = ['none'];
const UNSURE_ANSWERS = ['dontKnow', 'unknown'];

function missingAnswerMessage(t: TFunction, tt: TFunction<'triage'>, nodeId: string, node: QuestionNode): string {
  const label = (ids: string[]) => {
    const answer = node.answers.find((a) => ids.includes(a.id));
    return answer && tt(`nodes.${nodeId}.answers.${answer.id}`);
  };
  if (node.multiple) {
    const none = label(NONE_ANSWERS);
    return none ? t('question.errorMultipleNone', { none }) : t('question.errorMultiple');
  }
  const unsure = label(UNSURE_ANSWERS);
  return unsure ? t('question.errorSingleUnsure', { unsure }) : t('question.errorSingle');
}

function Progress({ node }: { node: Exclude<FlowNode, { type: 'result' }> }) {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('triage');
  const current = flow.stages.indexOf(node.stage) + 1;
  const label = t('question.progress', { current, total: flow.stages.length, stage: tt(`stages.${node.stage}`) });
  return (
    <div className="progress">
      <p>{label}</p>
      <progress value={current} max={flow.stages.length} aria-hidden="true" />
    </div>
  );
}

function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Link className="back-link" to={to}>
      {t('question.back')}
    </Link>
  );
}

/** A quiet link to the app's page that helps with this screen's question (the node's `guide`). */
function GuideLink({ guide }: { guide: QuestionNode['guide'] }) {
  const { t } = useTranslation();
  if (!guide) return null;
  return (
    <p>
      <Link className="inline-link" to={TOOLS[guide]}>
        {t(`tools.${guide}.link`)}
      </Link>
    </p>
  );
}

/** /continue: wherever the saved answers leave off, a question or the checklist. */
export function ContinuePage() {
  return <Navigate replace to={pathOf(useLive().at)} />;
}

/** Shows the node at /q/:nodeId if it is on the live path; any other address goes to the furthest valid screen. */
export function QuestionPage() {
  const { nodeId = '' } = useParams();
  const live = useLive();
  const index = live.trail.indexOf(nodeId);
  if (index === -1 || flow.nodes[nodeId].type === 'result') return <Navigate replace to={pathOf(live.at)} />;
  const node = flow.nodes[nodeId] as Exclude<FlowNode, { type: 'result' }>;
  const back = index === 0 ? '/' : pathOf(live.trail[index - 1]);
  const header = (
    <>
      <BackLink to={back} />
      <Progress node={node} />
    </>
  );
  return node.type === 'info' ? (
    <InfoScreen key={nodeId} nodeId={nodeId} next={live.trail[index + 1]} header={header} />
  ) : (
    <QuestionForm nodeId={nodeId} node={node} header={header} />
  );
}

function InfoScreen({ nodeId, next, header }: { nodeId: string; next: string; header: React.ReactNode }) {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('triage');
  const node = flow.nodes[nodeId] as Extract<FlowNode, { type: 'info' }>;
  const cites = citationIds(node.cites ?? []);
  const channels = channelIds(node.channels ?? []);
  return (
    <Page
      heading={tt(`nodes.${nodeId}.title`)}
      focusKey={nodeId}
      before={header}
      readAloud
      // Numbers to call come first, before even the read-aloud control: the one thing to do before reading on.
      lead={
        node.call && (
          <div className="call-actions">
            <CallLinks numbers={node.call} />
          </div>
        )
      }
    >
      {tt(`nodes.${nodeId}.body`)
        .split('\n\n')
        .map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      <Citations cites={cites} channels={channels} />
      {node.call ? (
        // Going on to the debt questions is the secondary step here, and nothing typed is lost.
        <div className="continue-kept">
          <Link className="button secondary" to={afterwards(next)} aria-describedby={`${nodeId}-kept`}>
            {t('question.continueKept')}
          </Link>
          <p className="hint" id={`${nodeId}-kept`}>
            {t('question.continueKeptHint')}
          </p>
        </div>
      ) : (
        <Link className="button" to={afterwards(next)}>
          {t('question.continue')}
        </Link>
      )}
      <GuideLink guide={node.guide} />
      {hasMarks(cites, channels) && <StatusMarksNote />}
    </Page>
  );
}

function QuestionForm({ nodeId, node, header }: { nodeId: string; node: QuestionNode; header: React.ReactNode }) {
  const { t } = useTranslation();
  const { t: tt, i18n } = useTranslation('triage');
  const cites = citationIds(node.cites ?? []);
  const actor = useSessionActor();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const saved = useSession((s) => s.answers[nodeId]);
  const [chosen, setChosen] = useState(() => asList(saved));
  const [misses, setMisses] = useState(0);
  // One form serves every question, so a step updates the screen in place instead of rebuilding
  // it (a few ms less per step on a slow phone); the choices start over for each question.
  const [shownFor, setShownFor] = useState(nodeId);
  if (shownFor !== nodeId) {
    setShownFor(nodeId);
    setChosen(asList(saved));
    setMisses(0);
  }
  const error = misses > 0;
  const fromReview = searchParams.get('from') === 'review';
  const errorId = `${nodeId}-error`;
  const hintId = `${nodeId}-hint`;
  const headingId = `${nodeId}-title`;

  const toggle = (answerId: string, checked: boolean) => {
    setMisses(0);
    if (!node.multiple) return setChosen([answerId]);
    const exclusive = node.answers.find((a) => a.id === answerId)?.exclusive;
    setChosen((current) => {
      if (!checked) return current.filter((v) => v !== answerId);
      if (exclusive) return [answerId];
      const withoutExclusive = current.filter((v) => !node.answers.find((a) => a.id === v)?.exclusive);
      return [...withoutExclusive, answerId];
    });
  };

  /** Takes the chosen answers as this question's answer and moves on, or says an answer is needed. */
  const answerWith = (values: readonly string[], replace = false) => {
    // Keep the flow's answer order, so the same choice is always stored the same way.
    const ordered = node.answers.map((a) => a.id).filter((id) => values.includes(id));
    const value: Answer = node.multiple ? ordered : ordered[0];
    if (ordered.length === 0 || !isValidAnswer(node, value)) {
      setMisses((n) => n + 1);
      if (replace) navigate(pathOf(nodeId), { replace });
      return;
    }
    const answers = answersAfter(actor.getSnapshot().answers, nodeId, value);
    actor.send({ type: 'answer', answers });
    const live = liveFor(answers);
    // From the review, a change that opens a new question (the scam path's) asks it, then goes back there.
    if (fromReview) navigate(live.result ? '/review' : `${pathOf(live.at)}?from=review`, { replace });
    else navigate(afterwards(live.trail[live.trail.indexOf(nodeId) + 1]), { replace });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    answerWith(chosen);
  };

  // A tap on Continue before the app has started (a slow phone, a prerendered page) sends the
  // form the plain way, and this page comes back as ?sent=1&danger=threatened: that is the answer.
  const sent = searchParams.has('sent');
  const [posted] = useState(() => (sent ? searchParams.getAll(nodeId) : undefined));
  // `answerWith` is a new function on every render: as an effect event the effect calls the
  // latest one without having to follow it, so it still answers only once.
  const answerPosted = useEffectEvent((values: readonly string[]) => answerWith(values, true));
  useEffect(() => {
    if (posted) answerPosted(posted); // once: `posted` never changes
  }, [posted]);

  // Each time an answer is missing, the message takes focus, so a screen reader reads it out.
  useEffect(() => {
    if (misses > 0) document.getElementById(errorId)?.focus();
  }, [misses, errorId]);

  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <Page
      focusKey={nodeId}
      before={
        <>
          {header}
          {error && (
            <div className="error-summary" role="alert" id={errorId} tabIndex={-1}>
              <h2>{t('question.errorTitle')}</h2>
              <p>{missingAnswerMessage(t, tt, nodeId, node)}</p>
            </div>
          )}
        </>
      }
      heading={tt(`nodes.${nodeId}.title`)}
      headingId={headingId}
      readAloud
    >
      <form onSubmit={submit} noValidate>
        <fieldset aria-labelledby={headingId} aria-describedby={describedBy} className={error ? 'invalid' : undefined}>
          <div id={hintId} className="hint">
            <p>{tt(`nodes.${nodeId}.hint`)}</p>
            <p>{t(node.multiple ? 'question.chooseMany' : 'question.chooseOne')}</p>
          </div>
          <Citations cites={cites} />
          <div className="choices">
            {node.answers.map((answer, index) => {
              const inputId = `${nodeId}-${answer.id}`;
              const hintKey = `nodes.${nodeId}.answerHints.${answer.id}`;
              const answerHint = i18n.exists(hintKey, { ns: 'triage' }) ? tt(hintKey) : '';
              return (
                // By position, so the rows of the last question are reused (see `shownFor`).
                <div className="choice" key={index}>
                  <input
                    id={inputId}
                    type={node.multiple ? 'checkbox' : 'radio'}
                    name={nodeId}
                    value={answer.id}
                    checked={chosen.includes(answer.id)}
                    onChange={(e) => toggle(answer.id, e.target.checked)}
                    aria-describedby={answerHint ? `${inputId}-hint` : undefined}
                  />
                  <label htmlFor={inputId}>{tt(`nodes.${nodeId}.answers.${answer.id}`)}</label>
                  {answerHint && (
                    <p className="choice-hint" id={`${inputId}-hint`}>
                      {answerHint}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
        <input type="hidden" name="sent" value="1" />
        {fromReview && <input type="hidden" name="from" value="review" />}
        <button type="submit" className="button">
          {t('question.continue')}
        </button>
      </form>
      <GuideLink guide={node.guide} />
      {hasMarks(cites) && <StatusMarksNote />}
    </Page>
  );
}
