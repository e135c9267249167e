import { Col, Flex, Row, Typography } from 'antd';
import { useT } from '../../../i18n/language';
import { CountCard } from '../components/count-card';
import { PlanSummary } from '../components/plan-summary';
import { useRecordCounts } from '../hooks/use-record-counts';

export default function DashboardPage() {
  const t = useT();
  const counts = useRecordCounts();
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {counts.map((count) => (
          <Col key={count.section} xs={24} sm={12} xl={6}>
            <CountCard count={count} />
          </Col>
        ))}
      </Row>
      <PlanSummary />
    </Flex>
  );
}
