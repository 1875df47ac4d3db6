import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDiscreetTitle } from '../settings.ts';

/**
 * One screen: its heading takes focus when the screen changes, so a screen reader announces
 * the new question, and the tab title follows it.
 */
type PageProps = { heading: ReactNode; focusKey: string; children?: ReactNode; before?: ReactNode; headingId?: string };

export function Page({ heading, focusKey, children, before, headingId }: PageProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const discreet = useDiscreetTitle();
  useEffect(() => headingRef.current?.focus(), [focusKey]);
  useEffect(() => {
    document.title = discreet ? t('discreetTitle') : `${headingRef.current?.textContent ?? ''} – ${t('appName')}`;
  }, [focusKey, discreet, t]);
  return (
    <>
      {before}
      <h1 ref={headingRef} tabIndex={-1} id={headingId}>
        {heading}
      </h1>
      {children}
    </>
  );
}
