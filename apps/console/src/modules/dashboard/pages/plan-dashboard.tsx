import { PHASES } from '@ascc/catalog';
import type { Dashboard } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Flex, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../../i18n/language';
import { LocalError } from '../../../shared/fail-local';
import { type DashboardPeriodQuery, dashboardQueryOf, dashboardQueryOptions } from '../api/reporting.api';
import { DashboardSplits } from '../components/dashboard-splits';
import { isDashboardEmpty } from '../components/dashboard-figures';
import { HeadlineFigures } from '../components/headline-figures';
import { IndicatorProgressCard } from '../components/indicator-progress-card';
import { PeriodSelect } from '../components/period-select';
import { type Period, periodFilter } from '../records-link';
import '../messages';

/**
 * The whole plan on one page for administrators and the coordinator: every figure comes from the
 * reporting service's read model (one request), and opens the records behind it — the same period (a
 * year, a phase or the whole plan) and the split as filters — whose totals equal the figure.
 */
export default function PlanDashboard() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const query = dashboardQueryOf(params);
  const result = useQuery(dashboardQueryOptions(query));
  const setPeriod = (period: Period) => {
    const next = new URLSearchParams();
    if (period.year !== undefined) next.set('year', String(period.year));
    else if (period.phase !== undefined) next.set('phase', period.phase);
    setParams(next);
  };
  return (
    <Flex vertical gap="middle" data-testid="plan-dashboard">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reporting.title')}
        </Typography.Title>
        <PeriodSelect testId="dashboard-period" value={periodFilter(query)} onChange={setPeriod} />
      </Flex>
      {result.isError && <LocalError title={t('reporting.loadError')} error={result.error} />}
      {result.isPending && <Spin />}
      {result.data && <Figures data={result.data} query={query} />}
    </Flex>
  );
}

function Figures({ data, query }: { data: Dashboard; query: DashboardPeriodQuery }) {
  const t = useT();
  const phase = PHASES.find((p) => p.code === query.phase);
  const period = periodFilter(query);
  return (
    <>
      {data.lag > 0 && <Alert type="info" showIcon title={t('reporting.lag', { count: data.lag })} />}
      {isDashboardEmpty(data) && <Empty description={t('reporting.empty')} />}
      {phase && (
        <Typography.Text type="secondary">
          {phase.fromYear}–{phase.toYear}
        </Typography.Text>
      )}
      <HeadlineFigures data={data} period={period} />
      <IndicatorProgressCard query={period} testId="dashboard-indicators" />
      <DashboardSplits data={data} period={period} />
    </>
  );
}
