import { Col, Flex, Row, Spin, Typography } from 'antd';
import { Suspense, lazy } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../i18n/language';
import { FailLocal } from '../../../shared/fail-local';
import { useCan } from '../../auth/hooks/use-can';
import { CountCard } from '../components/count-card';
import { PlanSummary } from '../components/plan-summary';
import { useRecordCounts } from '../hooks/use-record-counts';
import '../messages';

// The plan dashboard carries the charts (recharts): loaded only for those who see it.
const PlanDashboard = lazy(() => import('./plan-dashboard'));

export default function DashboardPage() {
  const t = useT();
  const wholePlan = useCan('reporting.dashboard.read').allowed;
  const reports = useCan('reporting.report.read').allowed;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>
      {/* Administrators and the coordinator see the whole plan from the read model; everyone keeps the counts. */}
      {wholePlan && (
        <FailLocal testId="plan-dashboard-error" title={t('reporting.loadError')}>
          <Suspense fallback={<Spin />}>
            <PlanDashboard />
          </Suspense>
        </FailLocal>
      )}
      {reports && (
        <Link to="/reports" data-testid="open-yearly-reports">
          {t('reporting.openReports')}
        </Link>
      )}
      <RecordCounts />
      <FailLocal testId="plan-summary-error">
        <PlanSummary />
      </FailLocal>
    </Flex>
  );
}

/** How many records each department the user may read has. */
export function RecordCounts() {
  const counts = useRecordCounts();
  return (
    <Row gutter={[16, 16]}>
      {counts.map((count) => (
        <Col key={count.section} xs={24} sm={12} xl={6}>
          {/* One department's count that cannot be drawn shows its own error, not a blank page. */}
          <FailLocal testId={`count-${count.section}-error`} resetKeys={[count.total, count.failed]}>
            <CountCard count={count} />
          </FailLocal>
        </Col>
      ))}
    </Row>
  );
}
