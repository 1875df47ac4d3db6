import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDiscreetTitle } from '../lib/settings.ts';
import { ReadAloud } from './ReadAloud.tsx';

/**
 * Whether the page is scrolled down, noted as the user scrolls: reading the offset while a new
 * screen mounts, or scrolling when there is no need, would cost a layout before it can be painted.
 */
let scrolledDown = false;
if (typeof window !== 'undefined') addEventListener('scroll', () => void (scrolledDown = window.scrollY > 0), { passive: true });

/** Runs `work` once the next frame is painted; returns a cancel. */
function afterPaint(work: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * One screen: its heading takes focus when the screen changes, so a screen reader announces
 * the new question, and the tab title follows it. With `readAloud`, a control under the heading
 * reads the heading and the screen's content aloud (not what comes `before`: the way back, the
 * progress, an error summary). What must come before anything else under the heading, such as
 * the numbers to call on a safety screen, is its `lead`, above the control.
 */
type PageProps = { heading: ReactNode; focusKey: string; children?: ReactNode; before?: ReactNode; lead?: ReactNode; headingId?: string; readAloud?: boolean };

export function Page({ heading, focusKey, children, before, lead, headingId, readAloud }: PageProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const discreet = useDiscreetTitle();
  // A new screen starts at its top. Its heading takes focus just after the screen is painted:
  // moving focus costs a layout and more (about 5 ms on a slow phone) that would otherwise hold
  // the new screen back. Should the user move focus in that frame, theirs wins.
  useLayoutEffect(() => {
    if (scrolledDown) window.scrollTo(0, 0);
  }, [focusKey]);
  useEffect(() => {
    const focused = document.activeElement;
    return afterPaint(() => document.activeElement === focused && headingRef.current?.focus());
  }, [focusKey]);
  // The tab's title waits for the paint too: nothing on screen shows it, and setting it cost
  // 9–11 ms in Chromium at 4× CPU slowdown (a slow phone), before the new screen could paint.
  // Not once quick exit has hidden the app: its blank title stays.
  useEffect(
    () =>
      afterPaint(() => {
        if (document.body.hidden) return;
        document.title = discreet ? t('discreetTitle') : `${headingRef.current?.textContent ?? ''} – ${t('appName')}`;
      }),
    [focusKey, discreet, t],
  );
  return (
    <>
      {before}
      <div ref={contentRef}>
        <h1 ref={headingRef} tabIndex={-1} id={headingId}>
          {heading}
        </h1>
        {lead}
        {/* A new one for each screen, so what one screen was reading stops when the next shows. */}
        {readAloud && <ReadAloud key={focusKey} region={contentRef} />}
        {children}
      </div>
    </>
  );
}
