import { useTranslation } from 'react-i18next';
import type { Channel } from '../case/routing.ts';

/** A channel's name: the lender's own line, or the channel as the triage names it. */
export function useChannelName() {
  const { t } = useTranslation('letters');
  const { t: tt } = useTranslation('triage');
  return (channel: Channel) => (channel === 'lender' ? t('lender.name') : tt(`channels.${channel}.name`));
}

/** Which channel a complaint is written for, among those that fit the case. */
export function ChannelSelect({
  id,
  label,
  options,
  value,
  onChange,
  className = 'field',
}: {
  id: string;
  label: string;
  options: readonly Channel[];
  value: Channel;
  onChange: (channel: Channel) => void;
  className?: string;
}) {
  const channelName = useChannelName();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Channel)}>
        {options.map((c) => (
          <option key={c} value={c}>
            {channelName(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
