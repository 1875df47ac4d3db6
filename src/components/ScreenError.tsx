import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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

type Props = { path: string; children: ReactNode };

/**
 * Each screen is its own download; on a flaky connection (or an old tab after an update without
 * the service worker) one can fail. Without this React would remove the whole app. The answers
 * are saved on the phone, so reloading the page is a safe retry. Opening another address clears it.
 */
export class ScreenError extends Component<Props, { path: string; failed: boolean }> {
  state = { path: this.props.path, failed: false };

  static getDerivedStateFromProps({ path }: Props, state: { path: string }) {
    return path === state.path ? null : { path, failed: false };
  }

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <ScreenNotLoaded /> : this.props.children;
  }
}
