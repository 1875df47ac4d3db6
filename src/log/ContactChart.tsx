import type { CSSProperties } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { dateFormat } from '../lib/intl.ts';
import type { DayCount } from '../case/log/flags.ts';
import { lastDays, toDate } from './dates.ts';

const DAYS = 28;
/** A day is labelled under the chart every week, counted back from today, so today always has one. */
const LABEL_EVERY = 7;

/** "11/17": short enough to sit under a bar 12 px wide at 360 px. */
const shortDay = (day: string, language: string) => dateFormat(language, { month: 'numeric', day: 'numeric' }).format(toDate(day));

/**
 * "11/27 周五" in a narrow table cell, short as under the bars: the date and the weekday are each
 * kept whole, so the cell breaks between them ("11/27 / 周五"), never inside either ("11月27日周 / 五").
 */
function DayAndWeekday({ day, language }: { day: string; language: string }) {
  return (
    <>
      <span className="whole-date">{shortDay(day, language)}</span>{' '}
      <span className="whole-date">{dateFormat(language, { weekday: 'short' }).format(toDate(day))}</span>
    </>
  );
}

/**
 * Contacts per day over the last four weeks, each bar's possible breaches in red at its foot and
 * the other contacts in grey above, with a date under every seventh day, today marked and the
 * count written over the tall days: a picture a regulator or a relative understands at a glance.
 * The bars are drawn with the same classes as the legend's swatches, so the two cannot disagree.
 * The picture is one image named by its summary; the same numbers follow as a table, for screen
 * readers and for anyone who would rather read them.
 */
export function ContactChart({ counts, today }: { counts: DayCount[]; today: string }) {
  const { t, i18n } = useTranslation('log');
  const byDay = new Map(counts.map((c) => [c.day, c]));
  const days = lastDays(today, DAYS).map((day) => byDay.get(day) ?? { day, contacts: 0, flagged: 0 });
  const most = Math.max(1, ...days.map((d) => d.contacts));
  const contacts = days.reduce((sum, d) => sum + d.contacts, 0);
  const flagged = days.reduce((sum, d) => sum + d.flagged, 0);
  // Set through the DOM's style object, which the Content-Security-Policy allows (a style attribute in markup it would not).
  const height = (n: number): CSSProperties => ({ height: `${(n / most) * 100}%` });
  // Tall enough that a reader wants the number, and few enough that the numbers do not crowd.
  const tall = (n: number) => n > 0 && n * 2 >= most;
  return (
    <figure className="chart">
      <div className="chart-picture" role="img" aria-labelledby="chart-summary">
        <ol className="chart-bars">
          {days.map((d, i) => (
            <li key={d.day} className={d.day === today ? 'chart-day chart-today' : 'chart-day'}>
              <span className="chart-stack" style={height(d.contacts)}>
                {tall(d.contacts) && <span className="chart-count">{d.contacts}</span>}
                <span className="bar" style={{ flexGrow: d.contacts - d.flagged }} />
                <span className="bar-flagged" style={{ flexGrow: d.flagged }} />
              </span>
              {(DAYS - 1 - i) % LABEL_EVERY === 0 && (
                <span className="chart-label">{d.day === today ? t('page.chartToday') : shortDay(d.day, i18n.language)}</span>
              )}
            </li>
          ))}
        </ol>
      </div>
      <figcaption>
        <p id="chart-summary">
          <Trans t={t} i18nKey="page.chartSummary" values={{ contacts, flagged }} components={{ n: <span className="nowrap" /> }} />
        </p>
        <ul className="chart-legend" aria-hidden="true">
          <li>
            <span className="swatch bar-flagged" /> {t('page.chartLegendFlagged')}
          </li>
          <li>
            <span className="swatch bar" /> {t('page.chartLegendOther')}
          </li>
        </ul>
      </figcaption>
      {contacts > 0 && (
        <table className="chart-table">
          <thead>
            <tr>
              <th scope="col">{t('page.chartDay')}</th>
              <th scope="col">{t('page.chartContacts')}</th>
              <th scope="col">{t('page.chartFlagged')}</th>
            </tr>
          </thead>
          <tbody>
            {days
              .filter((d) => d.contacts > 0)
              .map((d) => (
                <tr key={d.day}>
                  <th scope="row">
                    <DayAndWeekday day={d.day} language={i18n.language} />
                  </th>
                  <td>{d.contacts}</td>
                  <td>{d.flagged}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
