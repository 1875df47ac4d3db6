import { Trans, useTranslation } from 'react-i18next';
import type { DayCount } from './flags.ts';
import { dayLabel, lastDays } from './dates.ts';

const DAYS = 28;
const HEIGHT = 120;
const BAR = 10;
const GAP = 2;

/**
 * Contacts per day over the last four weeks, the flagged part of each bar marked: a picture a
 * regulator or a relative understands at a glance. The same numbers follow as a table, for
 * screen readers and for anyone who would rather read them.
 */
export function ContactChart({ counts, today }: { counts: DayCount[]; today: string }) {
  const { t, i18n } = useTranslation('log');
  const byDay = new Map(counts.map((c) => [c.day, c]));
  const days = lastDays(today, DAYS).map((day) => byDay.get(day) ?? { day, contacts: 0, flagged: 0 });
  const most = Math.max(1, ...days.map((d) => d.contacts));
  const contacts = days.reduce((sum, d) => sum + d.contacts, 0);
  const flagged = days.reduce((sum, d) => sum + d.flagged, 0);
  const scale = (n: number) => (n / most) * HEIGHT;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${DAYS * (BAR + GAP)} ${HEIGHT}`} role="img" aria-labelledby="chart-caption" preserveAspectRatio="none">
        {days.map((d, i) => (
          <g key={d.day}>
            <rect className="bar" x={i * (BAR + GAP)} y={HEIGHT - scale(d.contacts)} width={BAR} height={scale(d.contacts)} />
            <rect className="bar-flagged" x={i * (BAR + GAP)} y={HEIGHT - scale(d.flagged)} width={BAR} height={scale(d.flagged)} />
          </g>
        ))}
      </svg>
      <figcaption id="chart-caption">
        <Trans t={t} i18nKey="page.chartSummary" values={{ contacts, flagged }} components={{ n: <span className="nowrap" /> }} /> <span className="legend-flagged">{t('page.chartLegend')}</span>
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
                  <th scope="row">{dayLabel(d.day, i18n.language)}</th>
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
