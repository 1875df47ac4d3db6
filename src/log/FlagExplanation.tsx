import { useTranslation } from 'react-i18next';
import { Citations } from '../law/Citations.tsx';
import type { Case } from '../case/case.ts';
import type { ChannelId } from '../law/law.ts';
import { categoryIn, FLAG_RULES, type FlagId } from '../case/log/flags.ts';

/**
 * One flag in full: what it means, what it is grounds for, and the rules behind it with their
 * kind; `channels` are those that take this case's lender.
 */
export function FlagExplanation({ flag, count, channels }: { flag: FlagId; count?: number; channels: ChannelId[] }) {
  const { t } = useTranslation('log');
  const rule = FLAG_RULES[flag];
  return (
    <li className="item" data-flag={flag}>
      <p className="item-title flag-title">
        <span>{t(`flags.${flag}.title`)}</span>
        {count !== undefined && (
          <>
            {' '}
            <span className="count">{t('page.flagCount', { count })}</span>
          </>
        )}
      </p>
      <details>
        <summary>{t('page.why')}</summary>
        <p>{t(`flags.${flag}.why`)}</p>
        {rule.grounds.length > 0 && (
          <ul className="grounds">
            {rule.grounds.map((ground) => (
              <li key={ground}>{t(`grounds.${ground}`)}</li>
            ))}
          </ul>
        )}
        <Citations cites={rule.cites} channels={channels} />
      </details>
    </li>
  );
}

/** A flag's short title, as a tag on an entry or a day, marked by what it is in this case. */
export function FlagTags({ flags, theCase }: { flags: readonly FlagId[]; theCase: Case }) {
  const { t } = useTranslation('log');
  if (flags.length === 0) return null;
  const categoryOf = categoryIn(theCase);
  return (
    <ul className="tags">
      {flags.map((flag) => (
        <li key={flag} className={`tag ${categoryOf(flag)}`}>
          {t(`flags.${flag}.title`)}
        </li>
      ))}
    </ul>
  );
}
