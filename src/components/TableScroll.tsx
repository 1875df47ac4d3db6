import type { ReactNode } from 'react';

/**
 * A wide table's own sideways scroll: on a narrow screen or with large text the table scrolls
 * inside this box, so amounts never break mid-number and the page itself never scrolls sideways.
 * It can take focus, so the keyboard can scroll it too; `labelledBy` names it after its heading.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
