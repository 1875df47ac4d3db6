import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../components/fields.tsx';
import { newId, toLocalDateTime, type Kind, type LogEntry } from '../case/log/entry.ts';
import { saveEntry } from '../case/log/logState.ts';
import { offeredValues } from './offered.ts';

/**
 * The kinds a contact just now usually is. A call is asked as answered or missed, not one "call":
 * the two are counted against different limits, and a missed call logged as answered would raise
 * a flag the user cannot stand behind.
 */
const QUICK_KINDS: readonly Kind[] = ['answeredCall', 'missedCall', 'sms', 'message', 'visit'];
/** The choice for "not this one / I don't know": the offered values are chosen by their index. */
const NONE = 'none';

/**
 * "刚才有人联系我": right after a call, three taps (open, how, save) keep it, timed now. The
 * organisation and number of earlier entries are offered as one tap each; anything else is added
 * later in the full form, which the saved entry opens from the list.
 */
export function QuickEntry({ entries }: { entries: readonly LogEntry[] }) {
  const { t } = useTranslation('log');
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<Kind>();
  const [organisation, setOrganisation] = useState(NONE);
  const [phone, setPhone] = useState(NONE);
  const [missingKind, setMissingKind] = useState(false);
  const [failed, setFailed] = useState(false);
  const [savedAt, setSavedAt] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const organisations = offeredValues(entries, 'organisation');
  const phones = offeredValues(entries, 'phone');

  // Opening moves focus to the form's heading, closing back to the button, so a screen reader follows.
  const opened = useRef(false);
  useEffect(() => {
    if (open) heading.current?.focus();
    else if (opened.current) start.current?.focus();
    opened.current = open;
  }, [open]);

  const close = () => {
    setOpen(false);
    setKind(undefined);
    setOrganisation(NONE);
    setPhone(NONE);
    setMissingKind(false);
    setFailed(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissingKind(!kind);
    if (!kind) return;
    const at = toLocalDateTime(new Date());
    const chosen = (values: string[], choice: string) => (choice === NONE ? '' : values[Number(choice)]);
    const entry = {
      id: newId(),
      kind,
      at,
      organisation: chosen(organisations, organisation),
      lender: '',
      phone: chosen(phones, phone),
      name: '',
      events: [],
      note: '',
    };
    setFailed(false);
    // Not kept (storage full, say): the choices stay on screen to try again.
    void saveEntry(entry).then(
      () => {
        setSavedAt(at.slice(11));
        close();
      },
      () => setFailed(true),
    );
  };
  const offered = (values: string[]) => [
    ...values.map((value, index) => ({ value: String(index), label: <bdi>{value}</bdi> })),
    { value: NONE, label: t('quick.none') },
  ];

  if (!open) {
    return (
      <div className="quick-entry">
        {savedAt && (
          <p role="status" className="notice">
            {t('quick.saved', { time: savedAt })}
          </p>
        )}
        <button type="button" ref={start} className="button quick-start" onClick={() => (setSavedAt(undefined), setOpen(true))}>
          {t('quick.start')}
        </button>
      </div>
    );
  }
  return (
    <section className="quick-entry quick-form" aria-labelledby="quick-heading">
      <h2 id="quick-heading" ref={heading} tabIndex={-1}>
        {t('quick.start')}
      </h2>
      <p className="hint">{t('quick.hint')}</p>
      {failed && (
        <p className="notice" role="alert">
          {t('form.saveFailed')}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <ChoiceGroup
          id="quick-kind"
          legend={t('form.kindLegend')}
          options={QUICK_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          value={kind}
          onChange={(value) => (setKind(value), setMissingKind(false))}
          error={missingKind ? t('form.kindRequired') : undefined}
        />
        {organisations.length > 0 && (
          <ChoiceGroup
            id="quick-organisation"
            legend={t('quick.organisation')}
            options={offered(organisations)}
            value={organisation}
            onChange={setOrganisation}
          />
        )}
        {phones.length > 0 && <ChoiceGroup id="quick-phone" legend={t('quick.phone')} options={offered(phones)} value={phone} onChange={setPhone} />}
        <div className="save-bar">
          <button type="submit" className="button">
            {t('form.save')}
          </button>
          <button type="button" className="button secondary" onClick={close}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
