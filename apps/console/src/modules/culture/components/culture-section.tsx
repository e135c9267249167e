import { Flex, Tabs } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../../i18n/language';
import '../messages';

const TABS = [
  { key: 'events', path: '/culture' },
  { key: 'calendar', path: '/culture/calendar' },
  { key: 'reports', path: '/culture/reports' },
] as const;

/** The culture section's tabs (events, calendar, reports) above the page of the current one. */
export function CultureSection() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = pathname.startsWith('/culture/calendar')
    ? 'calendar'
    : pathname.startsWith('/culture/reports')
      ? 'reports'
      : 'events';
  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Tabs
          activeKey={active}
          onChange={(key) => navigate(TABS.find((tab) => tab.key === key)?.path ?? '/culture')}
          items={TABS.map((tab) => ({
            key: tab.key,
            label: <span data-testid={`culture-tab-${tab.key}`}>{t(`culture.tab.${tab.key}`)}</span>,
          }))}
          style={{ marginBottom: 0 }}
        />
        <Link to="/public/asean" target="_blank" data-testid="culture-public-link">
          {t('culture.tab.public')}
        </Link>
      </Flex>
      <Outlet />
    </Flex>
  );
}
