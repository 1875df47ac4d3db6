import { useEffect, useRef, useState, type ReactNode } from 'react';
import { nextRowId } from '../case/money/formReading.ts';

type RowListProps<T extends { id: string }> = {
  /** Element ids: `<idPrefix>-<row id>` for each row's group, `<idPrefix>-add` for the add button. */
  idPrefix: string;
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  newRow: (id: string) => T;
  max: number;
  /** A list that must keep one row (a schedule, a list of debts) never shows Remove on its last row. */
  keepOne?: boolean;
  legend: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  children: (row: T, update: (change: Partial<T>) => void) => ReactNode;
};

/**
 * A list the user can grow and shrink (payments, fees, debts), each row a group with its own
 * legend. A new row takes the cursor; after a removal the cursor goes to Add, so it is never lost.
 */
export function RowList<T extends { id: string }>({
  idPrefix,
  rows,
  onChange,
  newRow,
  max,
  keepOne,
  legend,
  removeLabel,
  addLabel,
  children,
}: RowListProps<T>) {
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    const target = focusTarget === 'add' ? addButton.current : document.getElementById(`${idPrefix}-${focusTarget}`)?.querySelector('input');
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget, idPrefix]);

  const update = (id: string) => (change: Partial<T>) => onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));
  const add = () => {
    const id = nextRowId(rows);
    onChange([...rows, newRow(id)]);
    setFocusTarget(id);
  };
  const remove = (id: string) => {
    onChange(rows.filter((row) => row.id !== id));
    setFocusTarget('add');
  };
  return (
    <>
      {rows.map((row, i) => (
        <fieldset key={row.id} id={`${idPrefix}-${row.id}`} className="row-group">
          <legend>{legend(i + 1)}</legend>
          {children(row, update(row.id))}
          {!(keepOne && rows.length === 1) && (
            <button type="button" className="button secondary" onClick={() => remove(row.id)}>
              {removeLabel(i + 1)}
            </button>
          )}
        </fieldset>
      ))}
      {rows.length < max && (
        <button type="button" className="button secondary" id={`${idPrefix}-add`} ref={addButton} onClick={add}>
          {addLabel}
        </button>
      )}
    </>
  );
}
