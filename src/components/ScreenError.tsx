import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Page } from './Page.tsx';

/** What a screen that could not download shows instead of a blank app. */
function ScreenNotLoaded() {
  const { t } = useTranslation();
  return (
    <Page heading={t('screenError.title')} focusKey="screenError">
      <p>{t('screenError.why')}</p>
      <button type="button" className="button" onClick={() => location.reload()}>
        {t('screenError.retry')}
      </button>
    </Page>
  );
}

type BoundaryProps = { path: string; children: ReactNode };

/**
 * Each screen is its own download; on a flaky connection (or an old tab after an update without
 * the service worker) one can fail. Without this React would remove the whole app. The answers
 * are saved on the phone, so reloading the page is a safe retry. Opening another address clears it.
 */
class Boundary extends Component<BoundaryProps, { path: string; failed: boolean }> {
  state = { path: this.props.path, failed: false };

  static getDerivedStateFromProps({ path }: BoundaryProps, state: { path: string }) {
    return path === state.path ? null : { path, failed: false };
  }

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <ScreenNotLoaded /> : this.props.children;
  }
}

/** Reads the address itself, so the layout around it does not re-render on every step. */
export function ScreenError({ children }: { children: ReactNode }) {
  return <Boundary path={useLocation().pathname}>{children}</Boundary>;
}
