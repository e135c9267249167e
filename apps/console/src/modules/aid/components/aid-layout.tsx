import { Flex, Tabs } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../../i18n/language';
import '../messages';

const TABS = [
  { key: 'ngos', path: '/aid', label: 'aid.tab.ngos' },
  { key: 'projects', path: '/aid/projects', label: 'aid.tab.projects' },
  { key: 'delegations', path: '/aid/delegations', label: 'aid.tab.delegations' },
  { key: 'calendar', path: '/aid/calendar', label: 'aid.tab.calendar' },
  { key: 'reports', path: '/aid/reports', label: 'aid.tab.reports' },
] as const;

function activeTab(pathname: string): string {
  const match = [...TABS].reverse().find((tab) => tab.key !== 'ngos' && pathname.startsWith(tab.path));
  return match?.key ?? 'ngos';
}

/** The aid section's own tabs over its pages: NGOs, projects, delegations, their calendar, reports. */
export function AidLayout() {
  const t = useT();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Flex vertical gap="small">
      <Tabs
        aria-label={t('aid.sections')}
        activeKey={activeTab(pathname)}
        onChange={(key) => void navigate(TABS.find((tab) => tab.key === key)?.path ?? '/aid')}
        items={TABS.map((tab) => ({
          key: tab.key,
          label: <span data-testid={`aid-tab-${tab.key}`}>{t(tab.label)}</span>,
        }))}
      />
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    </Flex>
  );
}
