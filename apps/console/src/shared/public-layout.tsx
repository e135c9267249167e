import { Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from '../app/language-switch';

/**
 * The frame of a page open without a sign-in (/public/plan, /public/asean): a blue header with the
 * page's brand, the language switch and the staff sign-in link, over a centred column. The brand
 * ellipsises and the link keeps one line, so the header fits a 390 px phone.
 */
export function PublicLayout({
  brand,
  signIn,
  children,
}: {
  brand: ReactNode;
  signIn: ReactNode;
  children: ReactNode;
}) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: '#1f4e9e',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 12,
          paddingInline: 16,
        }}
      >
        <Typography.Text ellipsis style={{ color: '#fff', fontWeight: 600, minWidth: 0 }}>
          {brand}
        </Typography.Text>
        <Flex gap="middle" align="center">
          <LanguageSwitch />
          <Link to="/login" style={{ color: '#fff', whiteSpace: 'nowrap' }}>
            {signIn}
          </Link>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1200, margin: '0 auto', width: '100%' }}>
        <Flex vertical gap="large">
          {children}
        </Flex>
      </Layout.Content>
    </Layout>
  );
}
