import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ChannelMark, channelMarked, StatusMarksNote } from '../law/Citations.tsx';
import { Page } from '../components/Page.tsx';
import type { LetterCase } from '../case/letterCase.ts';
import { draftsFor, objectionDeclined } from './drafts.ts';
import { needsLenderFound, routesFor, type Route } from '../case/routing.ts';
import { useLetterCase } from '../case/useLetterCase.ts';

/** /letters: which channel fits this case and why, and the drafts made from it. */
export function LettersPage() {
  const { t } = useTranslation('letters');
  const { t: ui } = useTranslation();
  const { letterCase, discarded } = useLetterCase();
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  return (
    <Page heading={t('page.title')} focusKey="letters">
      {saved && (
        <p role="status" className="notice">
          {t('page.detailsSaved')}
        </p>
      )}
      {discarded && <p className="notice">{t('page.discarded')}</p>}
      <p className="lead">{t('page.lead')}</p>
      <p className="disclaimer">{t('page.notLawyer')}</p>
      <p>
        <Link className="inline-link" to="/summary">
          {ui('checklist.summaryLink')}
        </Link>
      </p>
      {letterCase ? <Routes letterCase={letterCase} /> : <p role="status">…</p>}
      <section aria-labelledby="complaints-heading">
        <h2 id="complaints-heading">{t('page.complaintsHeading')}</h2>
        <p>{t('page.complaintsLead')}</p>
        <Link className="button secondary" to="/letters/complaints">
          {t('page.openComplaints')}
        </Link>
      </section>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('page.detailsHeading')}</h2>
        <p>{t('page.detailsLead')}</p>
        <Link className="button secondary" to="/letters/details">
          {t('page.editDetails')}
        </Link>
      </section>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t('page.draftsHeading')}</h2>
        {letterCase && objectionDeclined(letterCase) && <p className="notice">{t('drafts.objection.declined')}</p>}
        <ul className="tools">
          {/* Until the case is read, no list: a draft that does not fit it must never flash up. */}
          {(letterCase ? draftsFor(letterCase) : []).map((kind) => (
            <li key={kind}>
              <Link to={`/letters/${kind}`}>{t(`drafts.${kind}.name`)}</Link>
              <p className="hint">{t(`drafts.${kind}.what`)}</p>
            </li>
          ))}
        </ul>
        {letterCase && !draftsFor(letterCase).includes('negotiate') && <p className="hint">{t('page.negotiateLater')}</p>}
      </section>
    </Page>
  );
}

function Routes({ letterCase }: { letterCase: LetterCase }) {
  const { t } = useTranslation('letters');
  const routes = routesFor(letterCase.lenderType, letterCase.concerns);
  const nothingKnown = letterCase.lenderType === undefined && letterCase.concerns.size === 0;
  return (
    <section aria-labelledby="routes-heading">
      <h2 id="routes-heading">{t('page.routesHeading')}</h2>
      {nothingKnown ? (
        <>
          <p>{t('page.routesNone')}</p>
          <ul className="links">
            <li>
              <Link to="/continue">{t('page.startTriage')}</Link>
            </li>
            <li>
              <Link to="/log">{t('page.openLog')}</Link>
            </li>
          </ul>
        </>
      ) : (
        <>
          {routes.length > 0 && (
            <>
              <ol className="checklist">
                {routes.map((route) => (
                  <RouteItem key={route.channel} route={route} />
                ))}
              </ol>
              {routes.some((route) => route.channel !== 'lender' && channelMarked(route.channel)) && <StatusMarksNote />}
            </>
          )}
          {needsLenderFound(letterCase.lenderType) && <p className="notice">{t('page.findLender')}</p>}
          {letterCase.lenderType === 'private' && <p className="notice">{t('page.privateLender')}</p>}
        </>
      )}
    </section>
  );
}

/** One channel: its name, why it fits, how to reach it, and how well legal-cn confirms it (a mark). */
function RouteItem({ route }: { route: Route }) {
  const { t } = useTranslation('letters');
  const { t: tt } = useTranslation('triage');
  const { channel } = route;
  const own = channel === 'lender';
  return (
    <li className="item" data-channel={route.channel}>
      <p className="item-title">
        {own ? (
          t('lender.name')
        ) : (
          <span>
            {tt(`channels.${route.channel}.name`)}
            <ChannelMark id={channel} />
          </span>
        )}
      </p>
      <p>{t(`routes.${route.reason}`)}</p>
      <p className="hint">{own ? t('lender.how') : tt(`channels.${route.channel}.how`)}</p>
    </li>
  );
}
