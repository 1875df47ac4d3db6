import { useEffect, useMemo, useRef, useState, type ComponentType, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../components/fields.tsx';
import { Page } from '../components/Page.tsx';
import type { Read } from '../case/money/formReading.ts';
import { useSavedForm, type SavedForm, type SavedTool } from '../case/money/savedForm.ts';
import { useProblemMessages } from './useMoneyText.ts';

/** What a tool's fields get: the draft, a setter per property, and the message for a field id, if any. */
export type ToolFieldsProps<D> = {
  draft: D;
  set: <K extends keyof D>(key: K) => (value: D[K]) => void;
  errorFor: (field: string) => string | undefined;
};

type ToolPageProps<D, V> = {
  /** Names the page's copy (`<tool>.title`, `.lead`, `.submit`, `.resultHeading`, `.stale`) and prefixes its element ids. */
  tool: 'cost' | 'plan';
  form: SavedForm<SavedTool<D>>;
  read: (draft: D) => Read<V>;
  Fields: ComponentType<ToolFieldsProps<D>>;
  result: (value: V, draft: D) => ReactNode;
};

/**
 * The frame both money tools share: the form, kept on the phone as it is typed; on submit, the
 * problems in an error summary and beside their fields, or the result, which takes focus so a
 * screen reader reads it. Once asked for, the result follows the form while the form reads cleanly.
 */
export function ToolPage<D, V>({ tool, form, read, Fields, result }: ToolPageProps<D, V>) {
  const { t } = useTranslation('money');
  const { value: saved, update, discarded } = useSavedForm(form);
  const { draft } = saved;
  const [problems, setProblems] = useState<Extract<Read<V>, { ok: false }>['problems']>([]);
  const { summary, errorFor } = useProblemMessages(problems, tool);
  const set =
    <K extends keyof D>(key: K) =>
    (value: D[K]) =>
      update((s) => ({ ...s, draft: { ...s.draft, [key]: value } }));
  const current = useMemo(() => read(draft), [read, draft]);

  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (asked > 0) resultHeading.current?.focus();
  }, [asked]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblems(current.ok ? [] : current.problems);
    if (!current.ok) return;
    update((s) => ({ ...s, shown: true }));
    setAsked((n) => n + 1);
  };

  return (
    <Page heading={t(`${tool}.title`)} focusKey={`money-${tool}`}>
      {discarded && (
        <p className="notice" role="status">
          {t('discarded')}
        </p>
      )}
      <p className="lead">{t(`${tool}.lead`)}</p>
      <p className="hint">{t('kept')}</p>
      <p className="disclaimer">{t('disclaimer')}</p>
      <ErrorSummary title={t('errorTitle')} problems={summary} />
      <form onSubmit={submit} noValidate>
        <Fields draft={draft} set={set} errorFor={errorFor} />
        <div className="save-bar">
          <button type="submit" className="button">
            {t(`${tool}.submit`)}
          </button>
        </div>
      </form>
      {saved.shown && (
        <section aria-labelledby={`${tool}-result-heading`}>
          <h2 id={`${tool}-result-heading`} tabIndex={-1} ref={resultHeading}>
            {t(`${tool}.resultHeading`)}
          </h2>
          {current.ok ? result(current.value, draft) : <p>{t(`${tool}.stale`)}</p>}
        </section>
      )}
    </Page>
  );
}
