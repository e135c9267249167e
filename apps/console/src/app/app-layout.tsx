import { Flex, Layout, Menu, Spin, Typography } from 'antd';
import { Suspense, useEffect, useMemo } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useT } from '../i18n/language';
import { UserMenu } from '../modules/auth/components/user-menu';
import { can } from '../modules/auth/hooks/use-can';
import { LanguageSwitch } from './language-switch';
import { SECTIONS, sectionOfPath, sectionPermission } from './paths';
import { RouteErrorBoundary } from './route-error-boundary';
import { useSessionUser } from './use-session';

/** The signed-in shell: the sections the user may open, who they are, and the section itself. */
export function AppLayout() {
  const t = useT();
  const user = useSessionUser();
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  const items = useMemo(
    () =>
      SECTIONS.filter((section) => {
        const permission = sectionPermission(section);
        return permission === undefined || can(user, permission).allowed;
      }).map((section) => ({
        key: section.key,
        label: (
          <Link to={section.path} data-testid={`nav-${section.key}`}>
            {t(section.label)}
          </Link>
        ),
      })),
    [t, user],
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        width={240}
        theme="light"
        style={{ borderRight: '1px solid #f0f0f0' }}
      >
        <div style={{ padding: '20px 24px 12px', fontWeight: 700, color: '#1f4e9e', letterSpacing: 1 }}>
          {t('app.brand')}
        </div>
        <nav aria-label={t('app.menu')}>
          <Menu
            mode="inline"
            selectedKeys={[sectionOfPath(pathname)]}
            items={items}
            style={{ borderInlineEnd: 0 }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
            padding: '0 24px',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={1} style={{ fontSize: 20, margin: 0, lineHeight: 1.3 }} ellipsis>
              {t('app.title')}
            </Typography.Title>
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', lineHeight: 1.3 }}>
              {t('app.subtitle')}
            </Typography.Text>
          </div>
          <Flex gap="small" align="center" style={{ flexShrink: 0 }}>
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {/* Keyed by section: a record drawer opening within a list is no reason to rebuild the list. */}
          <RouteErrorBoundary key={pathname.split('/')[1]}>
            <Suspense
              fallback={
                <Spin size="large" description={t('app.loading')} style={{ display: 'block', margin: 48 }} />
              }
            >
              <Outlet />
            </Suspense>
          </RouteErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

export default AppLayout;
