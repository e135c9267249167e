import {
  PHASES,
  PLAN,
  PLAN_AREAS,
  type PlanArea,
  agencyLabel,
  pickLabel,
  planAreaLabel,
} from '@ascc/catalog';
import { Card, Col, Row, Table, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TableColumnsType } from 'antd';
import { formatDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';

/** The plan's phases and its twelve content areas with their lead agencies, straight from the catalog. */
export function PlanSummary() {
  const t = useT();
  const lang = useLang();

  const columns: TableColumnsType<PlanArea> = [
    {
      key: 'code',
      title: t('field.planArea'),
      width: 110,
      render: (_, area) => <Link to={`/plan/${area.code}`}>{area.code}</Link>,
    },
    { key: 'title', title: t('field.title'), render: (_, area) => planAreaLabel(area.code, lang) },
    {
      key: 'lead',
      title: t('dashboard.lead'),
      render: (_, area) => (
        <>
          <div>{area.leadAgencyCodes.map((code) => agencyLabel(code, lang)).join(', ')}</div>
          {area.coordinatingAgencyCodes.length > 0 && (
            <Typography.Text type="secondary">
              {t('dashboard.coordinating', { count: area.coordinatingAgencyCodes.length })}
            </Typography.Text>
          )}
        </>
      ),
    },
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <Card title={t('dashboard.phases')} style={{ height: '100%' }}>
          <Typography.Paragraph type="secondary">
            {t('dashboard.plan', { number: PLAN.number, date: formatDate(PLAN.issuedOn, lang) })}
          </Typography.Paragraph>
          <Timeline
            items={PHASES.map((phase) => ({
              key: phase.code,
              title: pickLabel(phase, lang),
              content: t('dashboard.review', {
                name: pickLabel(phase.review, lang),
                year: phase.review.year,
              }),
            }))}
          />
        </Card>
      </Col>
      <Col xs={24} xl={16}>
        <Card title={t('dashboard.areas')}>
          <Table<PlanArea>
            rowKey="code"
            size="small"
            pagination={false}
            columns={columns}
            dataSource={[...PLAN_AREAS]}
          />
        </Card>
      </Col>
    </Row>
  );
}
