import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Form pieces shared by the tools, in the GOV.UK pattern: a label, an optional hint, the error
 * (announced and tied to the input), then the input. Bad input keeps what the user typed.
 */

/** Ids of a field's hint and error, so the input can point at them. */
const describedBy = (id: string, hint?: ReactNode, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function Message({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

type TextFieldProps = {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  type?: 'text' | 'tel' | 'datetime-local' | 'date' | 'password';
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel';
  autoComplete?: string;
  multiline?: boolean;
};

export function TextField({ id, label, value, onChange, hint, error, type = 'text', inputMode, autoComplete = 'off', multiline }: TextFieldProps) {
  const common = {
    id,
    value,
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined,
    autoComplete,
  };
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <Message id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

type ChoiceGroupProps<T extends string> = {
  id: string;
  legend: ReactNode;
  options: readonly { value: T; label: ReactNode }[];
  hint?: ReactNode;
  error?: string;
} & ({ multiple: true; value: readonly T[]; onChange: (value: T[]) => void } | { multiple?: false; value: T | undefined; onChange: (value: T) => void });

/** Radios (one answer) or checkboxes (any number) under one legend. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { id, legend, options, hint, error } = props;
  const chosen = (value: T) => (props.multiple ? props.value.includes(value) : props.value === value);
  const choose = (value: T, checked: boolean) => {
    if (!props.multiple) return props.onChange(value);
    props.onChange(checked ? [...props.value, value] : props.value.filter((v) => v !== value));
  };
  return (
    <fieldset className={error ? 'invalid' : undefined} aria-describedby={describedBy(id, hint, error)} id={id}>
      <legend className="field-legend">{legend}</legend>
      <Message id={id} hint={hint} error={error} />
      <div className="choices">
        {options.map((option) => (
          <div className="choice" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              type={props.multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.value}
              checked={chosen(option.value)}
              onChange={(e) => choose(option.value, e.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Puts the cursor in the field itself (or a group's first choice), not just scrolls to it: for links to a field. */
export function focusField(event: React.MouseEvent, field: string) {
  const target = document.getElementById(field);
  const input = target?.matches('input, textarea, select') ? target : target?.querySelector<HTMLElement>('input, textarea, select');
  if (!input) return;
  event.preventDefault();
  input.focus();
}

/**
 * Shown above a form that could not be saved: takes focus so a screen reader reads it, and
 * links each problem to its field.
 */
export function ErrorSummary({ title, problems }: { title: string; problems: readonly { field: string; message: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = problems.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, problems]);
  if (!shown) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{title}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.field}>
            <a href={`#${p.field}`} onClick={(event) => focusField(event, p.field)}>
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
