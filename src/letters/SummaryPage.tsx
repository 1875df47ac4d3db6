import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page.tsx';
import { ChannelMark, StatusMarksNote } from '../law/Citations.tsx';
import { moneyResults } from '../case/money/moneyFacts.ts';
import { loadServiceDates } from '../case/serviceDates.ts';
import { caseSummary } from '../case/summary.ts';
import { useLive } from '../case/triage.ts';
import { useLetterCase } from '../case/useLetterCase.ts';
import { localDate } from '../lib/isoDate.ts';
import { shareText } from '../lib/share.ts';
import { summaryBlocks, summaryDate, summaryText } from './summaryText.ts';
import { KeepTogether } from '../components/KeepTogether.tsx';

/** /summary: the case on one page for an adviser, to show, share as text or print on one A4 sheet. */
export function SummaryPage() {
  const { t, i18n } = useTranslation(['letters', 'triage', 'log', 'ui']);
  const { letterCase } = useLetterCase();
  const { answers } = useLive();
  const [today] = useState(() => localDate(new Date()));
  // The dates of service and the money tools' results, read once: they change only on their own pages.
  const [saved] = useState(() => ({ service: loadServiceDates(localStorage, today), ...moneyResults(localStorage) }));
  const [status, setStatus] = useState('');
  const blocks = letterCase && summaryBlocks(t, i18n.language, caseSummary({ letterCase, answers, ...saved }, today));

  const share = async () => {
    if (!blocks) return;
    const outcome = await shareText(summaryText(t, i18n.language, blocks, today));
    setStatus(outcome === 'cancelled' ? '' : t(`summary.${outcome === 'failed' ? 'copyFailed' : outcome}`));
  };

  return (
    <Page heading={t('summary.title')} focusKey="summary" readAloud>
      <div className="summary">
        <p className="lead no-print">{t('summary.lead')}</p>
        <p className="hint">{summaryDate(t, i18n.language, today)}</p>
        {/* Until the log is read, no sections: a summary must never show half the facts. */}
        {blocks ? (
          blocks.map((block) => (
            <section key={block.id} aria-labelledby={`summary-${block.id}`} data-section={block.id}>
              <h2 id={`summary-${block.id}`}>{block.heading}</h2>
              <ul>
                {block.lines.map((line, i) => (
                  <li key={i}>
                    <KeepTogether text={line} />
                  </li>
                ))}
              </ul>
            </section>
          ))
        ) : (
          <p role="status">{t('summary.loading')}</p>
        )}
        <div className="actions no-print">
          <button type="button" className="button" onClick={share} disabled={!blocks}>
            {t('summary.share')}
          </button>
          <button type="button" className="button secondary" onClick={() => window.print()}>
            {t('summary.print')}
          </button>
          <p role="status" className="status">
            {status}
          </p>
        </div>
        <footer className="summary-footer">
          <p>
            {t('summary.footer.help')}
            <ChannelMark id="legalAid12348" />
          </p>
          <p>{t('summary.footer.notAdvice')}</p>
          <StatusMarksNote />
        </footer>
      </div>
    </Page>
  );
}
