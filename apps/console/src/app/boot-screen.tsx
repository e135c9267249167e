import { Spin } from 'antd';
import { useT } from '../i18n/language';

/** While the session is restored or a section's code loads: the whole window, so nothing jumps. */
export function BootScreen() {
  const t = useT();
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}
