import { useTranslation } from 'react-i18next';
import type { Law } from '../flow/schema.ts';
import { channelIds, citationIds, law, type ChannelId, type CitationId } from './law.ts';

type Status = Law['citations'][string]['status'];

/** How well a source was checked, as one small mark: the note under the page says what each means. */
const MARKS: Record<Status, string> = { P: '✓', S: '*' };

/**
 * Numbers a person in danger or crisis calls. A footnote on how well the number was sourced
 * would only make someone hesitate before calling it, so they carry no mark.
 */
const EMERGENCY_CHANNELS: ReadonlySet<ChannelId> = new Set(['police110', 'hotline12356']);

/** Whether a channel shows how well it was sourced (every one but the emergency numbers). */
export const channelMarked = (id: ChannelId) => !EMERGENCY_CHANNELS.has(id);

/** A source's mark, with its meaning spelled out for screen readers (the mark itself is not read). */
export function StatusMark({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <>
      <sup className={`cite-mark cite-mark-${status}`} aria-hidden="true">
        {MARKS[status]}
      </sup>
      <span className="visually-hidden">{t('status.label', { status: t(`status.${status}`) })}</span>
    </>
  );
}

/** Whether citing these shows any mark, and so needs the note that explains them. */
export const hasMarks = (cites: readonly CitationId[] = [], channels: readonly ChannelId[] = []) => cites.length > 0 || channels.some(channelMarked);

/** A channel's mark; none for an emergency or help number. */
export function ChannelMark({ id }: { id: ChannelId }) {
  return channelMarked(id) ? <StatusMark status={law.channels[id].status} /> : null;
}

/** What the marks mean, said once per page that shows them (at its end). */
export function StatusMarksNote() {
  const { t } = useTranslation();
  return (
    <p className="cite-marks-note" data-marks-note="">
      {t('status.note', { p: MARKS.P, s: MARKS.S })}
    </p>
  );
}

/**
 * The rules and channels behind a piece of advice: each on one line with its kind and how well
 * it was checked (a mark), then what it says, quietly.
 */
export function Citations(props: { cites?: readonly CitationId[]; channels?: readonly ChannelId[] }) {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('triage');
  // The types keep unknown ids out; one that comes from data anyway is left out, not a crashed screen.
  const cites = citationIds(props.cites ?? []);
  const channels = channelIds(props.channels ?? []);
  if (cites.length + channels.length === 0) return null;
  return (
    <ul className="citations">
      {cites.map((id) => {
        const cite = law.citations[id];
        const rule = law.rules[cite.rule];
        return (
          <li key={id} data-cite={id}>
            <span className="cite-ref">{t('citeRef', { rule: tt(`rules.${cite.rule}`), article: tt(`citations.${id}.article`) })}</span>
            <StatusMark status={cite.status} /> <span className={`kind kind-${rule.kind}`}>{t(`kind.${rule.kind}`)}</span>
            <span className="cite-says">{tt(`citations.${id}.says`)}</span>
            {rule.inForce === 'unconfirmed' && <span className="cite-note">{t('inForceUnconfirmed')}</span>}
          </li>
        );
      })}
      {channels.map((id) => (
        <li key={id} data-channel={id}>
          <span className="cite-ref">{tt(`channels.${id}.name`)}</span>
          <ChannelMark id={id} /> <span className="kind kind-channel">{t('kind.channel')}</span>
          <span className="cite-says">{tt(`channels.${id}.how`)}</span>
        </li>
      ))}
    </ul>
  );
}
