import type { ReactNode } from 'react';

/**
 * A table of amounts under its own heading, in its own sideways scroll: on a narrow screen or with
 * large text the table scrolls inside its box, so amounts never break mid-number and the page
 * itself never scrolls sideways. The box can take focus, so the keyboard can scroll it too, and is
 * named after the heading. The first column names each row; the others hold numbers.
 */
type Props = { id: string; heading: string; caption: string; columns: readonly string[]; children: ReactNode };

export function WideTable({ id, heading, caption, columns, children }: Props) {
  return (
    <>
      <h3 id={id}>{heading}</h3>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="money-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={column} scope="col" className={i > 0 ? 'num' : undefined}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </>
  );
}
