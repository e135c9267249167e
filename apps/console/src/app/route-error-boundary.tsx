import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/language';

interface State {
  failed: boolean;
}

/**
 * Catches a section that fails to render or to load its code (a lazy chunk gone after a new release),
 * so the menu stays usable. Keyed by section in the layout, so moving elsewhere tries again.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <SectionFailed /> : this.props.children;
  }
}

function SectionFailed() {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('error.INTERNAL')}
      extra={<Button onClick={() => window.location.reload()}>{t('list.retry')}</Button>}
    />
  );
}
