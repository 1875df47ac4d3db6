import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { CallLinks } from '../components/CallLinks.tsx';
import { Citations, hasMarks, StatusMarksNote } from '../law/Citations.tsx';
import { Page } from '../components/Page.tsx';
import { leavesOf } from '../flow/conditions.ts';
import { entriesBehind, logFacts, useLog } from '../case/log/logState.ts';
import type { FlagReport } from '../case/log/flags.ts';
import { moneyFacts } from '../case/money/moneyFacts.ts';
import { localDate } from '../lib/isoDate.ts';
import { copyText } from '../lib/share.ts';
import { isTool, TOOLS } from '../lib/tools.ts';
import { checklist, todayFirst, triageChecklist, type ChecklistItem } from './checklistItems.ts';
import { checklistText } from './checklistText.ts';
import { CourtDeadline } from './CourtDeadline.tsx';
import { pathOf } from '../case/flow.ts';
import { useSession, useSessionActor } from '../case/sessionContext.ts';
import { DEADLINE_ITEMS, isDeadlineItem, loadServiceDates } from '../case/serviceDates.ts';
import { useLive } from '../case/triage.ts';

/**
 * How loud each urgency group is: deadlines and safety stand out, what can wait is quiet, the rest
 * is plain. Only the look changes; which items show and their order are the flow data's.
 */
const WEIGHT: Partial<Record<string, 'urgent' | 'quiet'>> = { safety: 'urgent', court: 'urgent', protectMoney: 'urgent', later: 'quiet' };

/** The facts an item's condition reads, e.g. ["log.night"]. */
const factsOf = (item: ChecklistItem) => (item.when ? leavesOf(item.when).flatMap((leaf) => ('fact' in leaf ? [leaf.fact] : [])) : []);

function ItemCard({ item, report }: { item: ChecklistItem; report?: FlagReport }) {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('triage');
  const actor = useSessionActor();
  const done = useSession((s) => Boolean(s.ticks[item.id]));
  const title = tt(`checklist.${item.id}.title`);
  const fromLog = report ? entriesBehind(report, factsOf(item)) : 0;
  return (
    <li className={done ? 'item done' : 'item'} data-item={item.id} id={`item-${item.id}`}>
      <div className="item-head">
        <input type="checkbox" id={`tick-${item.id}`} checked={done} onChange={(e) => actor.send({ type: 'tick', item: item.id, done: e.target.checked })} />
        <label htmlFor={`tick-${item.id}`} className="item-title">
          {title}
        </label>
      </div>
      {fromLog > 0 && <p className="from-log">{t('checklist.fromLog', { count: fromLog })}</p>}
      {/*
        Under the one line of action, on one row: the way to its reasons, then its tool. Opened,
        the reasons come between them, and the summary just tapped stays where it was.
      */}
      <div className="item-more">
        <details>
          <summary>{t('checklist.why')}</summary>
          <p>{tt(`checklist.${item.id}.why`)}</p>
          <Citations cites={item.cites} channels={item.channels} />
        </details>
        {item.tool && isTool(item.tool) && (
          <Link className="tool-link no-print" to={TOOLS[item.tool]}>
            {t('checklist.openTool', { tool: t(`tools.${item.tool}.name`) })}
          </Link>
        )}
      </div>
    </li>
  );
}

/**
 * What to do today: the first few items by the flow's priority rules, each with its control (a
 * number to call, the tool or draft that acts on it) and a way to its reasons further down. The
 * first court paper with a period running asks when it was served and shows its last day.
 */
function TodayFirst({ items }: { items: ChecklistItem[] }) {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('triage');
  const deadlineItem = items.find((item) => isDeadlineItem(item.id))?.id;
  return (
    <section className="today" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('checklist.todayHeading')}</h2>
      <ol className="today-list">
        {items.map((item) => (
          <li key={item.id} className="today-item" data-today={item.id}>
            <p className="item-title">{tt(`checklist.${item.id}.title`)}</p>
            {item.id === deadlineItem && isDeadlineItem(item.id) && <CourtDeadline paper={DEADLINE_ITEMS[item.id]} />}
            <div className="today-actions">
              {item.call && <CallLinks numbers={item.call} />}
              {item.tool && isTool(item.tool) && (
                <Link className="button secondary" to={TOOLS[item.tool]}>
                  {t('checklist.openTool', { tool: t(`tools.${item.tool}.name`) })}
                </Link>
              )}
              {/* A way down the page, which reading aloud goes on to anyway. */}
              <a className="inline-link" href={`#item-${item.id}`} data-read-skip="">
                {t('checklist.howTo')}
              </a>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The action checklist for the live path's result, grouped in urgency order. */
export function ChecklistPage() {
  const { t, i18n } = useTranslation();
  const { t: tt } = useTranslation('triage');
  const live = useLive();
  const log = useLog();
  const ticks = useSession((s) => s.ticks);
  // The money tools' saved results, read once: they change only on their own pages.
  const [fromMoney] = useState(() => moneyFacts(localStorage));
  const [status, setStatus] = useState('');
  if (!live.result) return <Navigate replace to={pathOf(live.at)} />;
  // What the contact log holds counts too, so the list waits the moment it takes to read it.
  if (log.status === 'loading') return <p role="status">{t('checklist.loading')}</p>;
  const report = log.status === 'ready' ? log.report : undefined;
  const result = live.result;
  const { theCase, items } = triageChecklist(live, new Set([...(report ? logFacts(report) : []), ...fromMoney]));
  const groups = checklist.groups.filter((g) => items.some((i) => i.group === g));
  // The dates of service as the panel has just saved them, read when the text is made.
  const asText = () => {
    const today = localDate(new Date());
    return checklistText(t, tt, result, items, ticks, { dates: loadServiceDates(localStorage, today), today, language: i18n.language });
  };

  const copy = async () => setStatus(t((await copyText(asText())) ? 'checklist.copied' : 'checklist.copyFailed'));
  const share = () => navigator.share({ title: tt(`nodes.${result}.title`), text: asText() }).catch(() => {});

  return (
    <Page heading={tt(`nodes.${result}.title`)} focusKey={`result-${result}`} readAloud>
      <TodayFirst items={todayFirst(items)} />
      {/* For whoever the user turns to next: quiet, below what to do today. */}
      <p className="no-print">
        <Link className="inline-link" to="/summary">
          {t('checklist.summaryLink')}
        </Link>
      </p>
      {theCase.scamApproach && (
        <section className="notice warning" aria-labelledby="scam-warning">
          <h2 id="scam-warning">{tt('nodes.scamWarning.title')}</h2>
          <p>{t('checklist.scamBanner')}</p>
        </section>
      )}
      <p className="lead">{tt(`nodes.${result}.intro`)}</p>
      <p className="disclaimer">{t('checklist.disclaimer')}</p>
      <p>{t('checklist.count', { count: items.length })}</p>
      {groups.map((group) => (
        <section key={group} className={`group group-${WEIGHT[group] ?? 'plain'}`} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{tt(`groups.${group}`)}</h2>
          <ol className="checklist">
            {items
              .filter((i) => i.group === group)
              .map((item) => (
                <ItemCard key={item.id} item={item} report={report} />
              ))}
          </ol>
        </section>
      ))}
      {items.some((item) => hasMarks(item.cites, item.channels)) && <StatusMarksNote />}
      {/* What to do with the list, not part of it: reading aloud ends with the list. */}
      <div className="actions no-print" data-read-skip="">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('checklist.print')}
        </button>
        <button type="button" className="button secondary" onClick={copy}>
          {t('checklist.copy')}
        </button>
        {'share' in navigator && (
          <button type="button" className="button secondary" onClick={share}>
            {t('checklist.share')}
          </button>
        )}
        <p role="status" className="status">
          {status}
        </p>
        <Link to="/review">{t('checklist.reviewAnswers')}</Link>
      </div>
    </Page>
  );
}
