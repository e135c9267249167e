import { Card, Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { LanguageSwitch } from '../../../app/language-switch';
import { useT } from '../../../i18n/language';

/** The card the sign-in screens share: the console's name, the language switch, and the step. */
export function SignInFrame({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} · ${t('app.title')}`;
  }, [t, title]);
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        // One column as wide as the screen: the card shrinks to it instead of overflowing both edges.
        gridTemplateColumns: 'minmax(0, 1fr)',
        placeItems: 'center',
        padding: 16,
        background: '#f3f6fb',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 460 }}>
        <Flex justify="space-between" align="center" gap="small" wrap style={{ marginBottom: 16 }}>
          <span style={{ fontWeight: 700, color: '#1f4e9e', letterSpacing: 1 }}>{t('app.brand')}</span>
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </main>
  );
}
