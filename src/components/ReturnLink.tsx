import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate, type Location } from 'react-router';

/** What a link that opens a confirmation page passes as its state: the screen it was opened from. */
export type OpenedFrom = { from: string };

export const openedFrom = (location: Location): OpenedFrom => ({ from: location.pathname + location.search });

/**
 * The way out of a confirmation page without doing anything: back to the screen it was opened
 * from, the way the browser's Back goes (so that screen is as it was left, and the confirmation
 * leaves no step in the history); opened any other way (an address, a bookmark), to `fallback`.
 */
export function ReturnLink({ fallback, children }: { fallback: string; children: ReactNode }) {
  const { state } = useLocation();
  const navigate = useNavigate();
  const from = (state as Partial<OpenedFrom> | null)?.from;
  return (
    <Link
      className="button secondary"
      to={from ?? fallback}
      onClick={(event) => {
        if (!from) return;
        event.preventDefault();
        navigate(-1);
      }}
    >
      {children}
    </Link>
  );
}
