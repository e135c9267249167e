import { Button, Drawer, Flex, Grid, Layout, Menu, Spin, Typography } from 'antd';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useT } from '../i18n/language';
import { UserMenu } from '../modules/auth/components/user-menu';
import { InboxBell } from '../modules/inbox/components/inbox-bell';
import { can } from '../modules/auth/hooks/use-can';
import { SearchTrigger } from '../modules/search/components/search-trigger';
import { LanguageSwitch } from './language-switch';
import { SECTIONS, sectionOfPath, sectionPermission } from './paths';
import { RouteErrorBoundary } from './route-error-boundary';
import { useLiveUpdates } from '../shared/live/use-live-updates';
import { useSessionUser } from './use-session';

/**
 * The signed-in shell: the sections the user may open, who they are, and the section itself. From
 * `lg` up the menu is a sider beside the page; below it, an overlay drawer opened from the header, so
 * the page keeps the whole width of a phone.
 */
export function AppLayout() {
  const t = useT();
  const user = useSessionUser();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a wide screen, as antd does.
  const narrow = screens.lg === false;
  const phone = screens.sm === false;
  const [menuOpen, setMenuOpen] = useState(false);
  // One live connection for the signed-in console: lists, records and figures refresh as others change them.
  useLiveUpdates();

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  // Following a link closes the overlay menu.
  useEffect(() => setMenuOpen(false), [pathname]);

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

  const brand = (
    <div style={{ padding: '20px 24px 12px', fontWeight: 700, color: '#1f4e9e', letterSpacing: 1 }}>
      {t('app.brand')}
    </div>
  );
  const menu = (
    <nav aria-label={t('app.menu')}>
      <Menu
        mode="inline"
        selectedKeys={[sectionOfPath(pathname)]}
        items={items}
        style={{ borderInlineEnd: 0 }}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!narrow && (
        <Layout.Sider width={240} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          {brand}
          {menu}
        </Layout.Sider>
      )}
      {narrow && (
        <Drawer
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          placement="left"
          size={Math.min(300, window.innerWidth - 48)}
          title={t('app.brand')}
          styles={{ body: { padding: 0 } }}
          data-testid="overlay-nav"
        >
          {menu}
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            alignItems: 'center',
            gap: phone ? 8 : 16,
            padding: phone ? '0 12px' : '0 24px',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          {narrow && (
            <Button
              onClick={() => setMenuOpen(true)}
              aria-label={t('app.openMenu')}
              aria-expanded={menuOpen}
              data-testid="open-nav"
              style={{ flexShrink: 0 }}
            >
              ☰
            </Button>
          )}
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Title
              level={1}
              style={{ fontSize: phone ? 16 : 20, margin: 0, lineHeight: 1.3 }}
              ellipsis
            >
              {phone ? t('app.brand') : t('app.title')}
            </Typography.Title>
            {!phone && (
              <Typography.Text type="secondary" ellipsis style={{ display: 'block', lineHeight: 1.3 }}>
                {t('app.subtitle')}
              </Typography.Text>
            )}
          </div>
          <Flex gap="small" align="center" style={{ flexShrink: 1, minWidth: 0 }}>
            <SearchTrigger />
            <InboxBell />
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
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
