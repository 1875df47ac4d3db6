import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Citations } from '../law/Citations.tsx';
import { ChoiceGroup, TextField } from '../components/fields.tsx';
import { calendarFile } from '../lib/ics.ts';
import { isIsoDate, localDate, type IsoDate } from '../lib/isoDate.ts';
import { sharedValue, useSharedValue } from '../lib/storage.ts';
import { JUDGMENT_KINDS, loadServiceDates, periodDays, saveServiceDates, SERVICE_KEY, servedProblem, type Paper } from '../case/serviceDates.ts';
import { dayWithWeekday } from '../lib/intl.ts';
import { lastDayOf, leftText } from './lastDay.ts';

/** Reminders before the last day, in days. */
const ALARMS = [3, 1];

/** Saves the calendar file to the phone, which offers to open it in its calendar. */
function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'deadline.ics';
  link.click();
  // Some browsers read the file after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The last day worked out from the saved date of service: date, weekday, days left, and what to do. */
function LastDay({ paper, served, days, today }: { paper: Paper; served: IsoDate; days: number; today: IsoDate }) {
  const { t, i18n } = useTranslation();
  const day = (date: IsoDate) => dayWithWeekday(i18n.language, date);
  // Looking through the holiday data takes a moment; a keystroke elsewhere need not repeat it.
  const { deadline, actBy, left, dataThrough, cites, channels } = useMemo(() => lastDayOf(paper, served, days, today), [paper, served, days, today]);
  const addToCalendar = () =>
    download(
      calendarFile({
        date: actBy,
        summary: t(`deadline.calendar.${paper}`),
        description: t('deadline.calendar.description', { served: day(served), date: day(actBy) }),
        uid: `court-${paper}-${served}@duice`,
        now: new Date(),
        alarmsDaysBefore: ALARMS,
      }),
    );
  return (
    <div className="deadline-result">
      <p className="deadline-day" role="status">
        <strong>
          <Trans t={t} i18nKey="deadline.lastDay" values={{ date: day(actBy) }} components={{ n: <span className="nowrap" /> }} />
        </strong>{' '}
        <span className={left < 0 ? 'deadline-left nowrap passed' : 'deadline-left nowrap'}>{leftText(t, left)}</span>
      </p>
      {deadline.extended && (
        <p>
          <Trans
            t={t}
            i18nKey="deadline.extended"
            values={{ date: day(deadline.extended), first: day(actBy) }}
            components={{ n: <span className="nowrap" /> }}
          />
        </p>
      )}
      {deadline.workingWeekend && <p>{t('deadline.workingWeekend')}</p>}
      {deadline.uncoveredYear && <p>{t('deadline.uncovered', { year: deadline.uncoveredYear })}</p>}
      {dataThrough && <p className="hint">{t('deadline.dataThrough', { year: dataThrough })}</p>}
      {left < 0 ? (
        <>
          <p>{t('deadline.passedWhat')}</p>
          <a className="button secondary no-print" href="tel:12348">
            {t('calls.12348')}
          </a>
        </>
      ) : (
        <button type="button" className="button no-print" onClick={addToCalendar}>
          {t('deadline.addToCalendar')}
        </button>
      )}
      <details>
        <summary>{t('deadline.howCounted')}</summary>
        <p>{t('deadline.rules')}</p>
        <Citations cites={cites} channels={channels} />
      </details>
    </div>
  );
}

/**
 * Where a court paper's deadline is shown, the day it was served is asked: the date (and, for a
 * first-instance decision, which kind it is) is kept on the phone, and the last day is worked out
 * again from it each time the checklist opens, against the device's date.
 */
export function CourtDeadline({ paper }: { paper: Paper }) {
  const { t } = useTranslation();
  const today = localDate(new Date());
  const [dates, kept] = useSharedValue(() =>
    sharedValue(
      localStorage,
      SERVICE_KEY,
      () => loadServiceDates(localStorage, today),
      (next) => saveServiceDates(localStorage, next),
    ),
  );
  const served = dates.served[paper];
  const [typed, setTyped] = useState(served ?? '');
  const problem = typed === '' ? undefined : isIsoDate(typed) ? servedProblem(typed, today) : 'invalid';

  const type = (value: string) => {
    setTyped(value);
    const valid = value !== '' && isIsoDate(value) && !servedProblem(value, today);
    // An emptied field forgets the date; a wrong one keeps the last good date until it is put right.
    if (value === '' || valid) {
      const served = { ...dates.served };
      if (valid) served[paper] = value;
      else delete served[paper];
      kept.set({ ...dates, served });
    }
  };
  const days = periodDays(paper, dates.judgmentKind);
  return (
    <div className="deadline">
      {paper === 'judgment' && (
        <ChoiceGroup
          id="judgment-kind"
          legend={t('deadline.kindLegend')}
          options={JUDGMENT_KINDS.map((kind) => ({ value: kind, label: t(`deadline.kinds.${kind}`) }))}
          value={dates.judgmentKind}
          onChange={(kind) => kept.set({ ...dates, judgmentKind: kind })}
        />
      )}
      {paper === 'judgment' && dates.judgmentKind === 'smallClaims' ? (
        <p>{t('deadline.smallClaims')}</p>
      ) : (
        <TextField
          id={`served-${paper}`}
          type="date"
          label={t('deadline.servedLabel')}
          hint={t('deadline.servedHint')}
          value={typed}
          onChange={type}
          error={problem && t(`deadline.problems.${problem}`)}
        />
      )}
      {served && !problem && days !== undefined && <LastDay paper={paper} served={served} days={days} today={today} />}
    </div>
  );
}
