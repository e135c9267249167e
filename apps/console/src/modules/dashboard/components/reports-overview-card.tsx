import type { ReportingOverview } from '@ascc/contracts';
import { Card, Col, Row, Statistic } from 'antd';
import { formatDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { LateAgencies } from './late-agencies';
import { onTimeRateText } from './yearly-report-format';
import '../messages';

/** The coordinator's view of a year's reports: expected, submitted, on time, late, and who is missing. */
export function ReportsOverviewCard({ overview }: { overview: ReportingOverview }) {
  const t = useT();
  const lang = useLang();
  return (
    <Card
      title={t('reporting.overview', { date: formatDate(overview.dueDate, lang) })}
      data-testid="reports-overview"
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('reporting.expected')} value={overview.expected} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('reporting.submitted')} value={overview.submitted} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('reporting.onTimeRate')} value={onTimeRateText(overview.onTimeRate, lang)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('reporting.late')} value={overview.late.length} />
        </Col>
      </Row>
      <LateAgencies overview={overview} />
    </Card>
  );
}
