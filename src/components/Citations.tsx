import { useTranslation } from 'react-i18next';
import { law } from '../triage/law.ts';

/** The rules and channels behind a piece of advice, each with its kind and how well it was checked. */
export function Citations({ cites = [], channels = [] }: { cites?: string[]; channels?: string[] }) {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('triage');
  if (cites.length + channels.length === 0) return null;
  return (
    <ul className="citations">
      {cites.map((id) => {
        const cite = law.citations[id];
        const kind = law.rules[cite.rule].kind;
        return (
          <li key={id} data-cite={id}>
            <span className="cite-ref">
              {t('citeRef', { rule: tt(`rules.${cite.rule}`), article: tt(`citations.${id}.article`) })}
            </span>{' '}
            <span className={`kind kind-${kind}`}>{t(`kind.${kind}`)}</span>
            <span className="cite-says">{tt(`citations.${id}.says`)}</span>
            {law.rules[cite.rule].inForce === 'unconfirmed' && <span className="cite-note">{t('inForceUnconfirmed')}</span>}
            <span className="cite-status">{t(`status.${cite.status}`)}</span>
          </li>
        );
      })}
      {channels.map((id) => (
        <li key={id} data-channel={id}>
          <span className="cite-ref">{tt(`channels.${id}.name`)}</span> <span className="kind kind-channel">{t('kind.channel')}</span>
          <span className="cite-says">{tt(`channels.${id}.how`)}</span>
          <span className="cite-status">{t(`status.${law.channels[id].status}`)}</span>
        </li>
      ))}
    </ul>
  );
}
