import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXITED_KEY } from '../lib/storageKeys.ts';

/**
 * Quick exit, for someone who must hide the screen at once. The app never contacts another host,
 * so instead of sending the user to another website it swaps itself for a page of its own that
 * looks like an empty browser tab. Saved data is left as it is.
 */
export const BLANK_PATH = '/blank';

/** Three presses of Shift within this time, with no other key between, leave (as GOV.UK's "Exit this page"). */
const SHIFT_WINDOW_MS = 5000;

/** Hides the app, then replaces this page in the tab's history with the blank one. */
export function leaveQuickly() {
  // Nothing of the app stays on screen while the blank page loads.
  document.body.hidden = true;
  document.title = '';
  // Nor in the room: a screen being read aloud stops now, not when the next page has loaded.
  window.speechSynthesis?.cancel();
  try {
    sessionStorage.setItem(EXITED_KEY, '1');
  } catch {
    // Storage switched off: leaving matters more than guarding the way back.
  }
  location.replace(BLANK_PATH);
}

function exitedInThisTab(): boolean {
  try {
    return sessionStorage.getItem(EXITED_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Runs before the app renders. Back (or Forward) after a quick exit reaches the screens before the
 * one that was showing: they hide again rather than show what the user had open. Opening the app
 * anew (its address, a bookmark, a reload) clears the guard.
 * Returns whether the app is leaving, in which case it must not render.
 */
export function leaveAgainIfReturnedAfterQuickExit(): boolean {
  if (location.pathname === BLANK_PATH) return false;
  // A page restored from the back-forward cache runs no script again, only this event.
  addEventListener('pageshow', (event) => event.persisted && exitedInThisTab() && leaveQuickly());
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (navigation?.type === 'back_forward' && exitedInThisTab()) {
    leaveQuickly();
    return true;
  }
  try {
    sessionStorage.removeItem(EXITED_KEY);
  } catch {
    // Nothing was stored, then.
  }
  return false;
}

/** The header's quick-exit button; pressing Shift three times does the same on any screen. */
export function QuickExit() {
  const { t } = useTranslation();
  const hintId = useId();
  useEffect(() => {
    let presses: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') presses = [];
      else if (!event.repeat) {
        presses = [...presses, event.timeStamp].filter((at) => event.timeStamp - at < SHIFT_WINDOW_MS);
        if (presses.length >= 3) leaveQuickly();
      }
    };
    addEventListener('keydown', onKeyDown);
    return () => removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <>
      <button type="button" className="quick-exit" aria-describedby={hintId} onClick={leaveQuickly}>
        {t('quickExit.label')}
      </button>
      <span id={hintId} className="visually-hidden">
        {t('quickExit.description')}
      </span>
    </>
  );
}

/** The page quick exit lands on: empty, titled as the browser titles a new tab, naming nothing. */
export function BlankPage() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    // Browsers in Traditional Chinese call it 新分頁, which plain conversion of 新标签页 would not give.
    document.title = t(i18n.language === 'zh-TW' ? 'blank.titleTraditional' : 'blank.title');
  }, [t, i18n.language]);
  return null;
}
