import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/language';

/**
 * Around the shell and the login page, whose code loads lazily: if it cannot (offline, or a new release
 * replaced the chunk), the user gets a sentence and a reload instead of a blank page. Plain markup on
 * purpose: this is part of the first load, where antd's Result and Button would add ~20 kB gzipped.
 */
export class LoadErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

function LoadFailed() {
  const t = useT();
  return (
    <div role="alert" style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', gap: 16 }}>
      <div style={{ textAlign: 'center' }}>
        <p>{t('error.INTERNAL')}</p>
        <button type="button" onClick={() => window.location.reload()} style={{ padding: '6px 16px' }}>
          {t('list.retry')}
        </button>
      </div>
    </div>
  );
}
