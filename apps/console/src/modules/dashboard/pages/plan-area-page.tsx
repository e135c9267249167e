import { SOLUTIONS, agencyLabel, findPlanArea, pickLabel, planAreaLabel } from '@ascc/catalog';
import type { PlanAreaCode } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Flex, List, Row, Spin, Statistic, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { useCan } from '../../auth/hooks/use-can';
import { getAreaFigures, reportingKeys } from '../api/reporting.api';

/**
 * One content area of the plan (section III): its lead and coordinating agencies from the catalog, the
 * solutions of section IV, and the activities of every department that belong to it, from the read model.
 */
export default function PlanAreaPage() {
  const t = useT();
  const lang = useLang();
  const { code = '' } = useParams();
  const area = findPlanArea(code);
  const allowed = useCan('reporting.plan.read').allowed;
  const figures = useQuery({
    queryKey: reportingKeys.area({ code: code as PlanAreaCode }),
    queryFn: ({ signal }) => getAreaFigures({ code: code as PlanAreaCode }, signal),
    enabled: Boolean(area) && allowed,
  });
  if (!area) return <Alert type="warning" showIcon title={t('reporting.empty')} />;
  const data = figures.data;
  return (
    <Flex vertical gap="middle" data-testid="plan-area-page">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {area.code} · {planAreaLabel(area.code, lang)}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'lead',
            label: t('dashboard.lead'),
            children: area.leadAgencyCodes.map((a) => agencyLabel(a, lang)).join(', '),
          },
          {
            key: 'coordinating',
            label: t('dashboard.coordinating', { count: area.coordinatingAgencyCodes.length }),
            children: area.coordinatingAgencyCodes.map((a) => agencyLabel(a, lang)).join(', ') || '—',
          },
        ]}
      />
      <Card title={t('reporting.areaFigures')}>
        {figures.isError && <Alert type="error" showIcon title={errorText(figures.error, t)} />}
        {figures.isPending && allowed && <Spin />}
        {data && (
          <>
            <Row gutter={[16, 16]}>
              <Col xs={24} sm={12} xl={6}>
                <Link to="/training?status=completed">
                  <Statistic
                    title={t('reporting.trained')}
                    value={formatNumber(data.training.trained, lang)}
                  />
                </Link>
                <Typography.Text type="secondary">
                  {t('reporting.courses')}: {data.training.courses}
                </Typography.Text>
              </Col>
              <Col xs={24} sm={12} xl={6}>
                <Link to={`/culture?planArea=${area.code}`}>
                  <Statistic title={t('reporting.events')} value={formatNumber(data.culture.events, lang)} />
                </Link>
                <Typography.Text type="secondary">
                  {t('reporting.audience', { count: formatNumber(data.culture.audience, lang) })}
                </Typography.Text>
              </Col>
              <Col xs={24} sm={12} xl={6}>
                <Link to="/aid/projects">
                  <Statistic title={t('reporting.committed')} value={formatMoney(data.aid.committed, lang)} />
                </Link>
                <Typography.Text type="secondary">
                  {t('reporting.disbursed', { amount: formatMoney(data.aid.disbursed, lang) })}
                </Typography.Text>
              </Col>
              <Col xs={24} sm={12} xl={6}>
                <Link to="/budget?status=approved">
                  <Statistic
                    title={t('reporting.approved')}
                    value={formatMoney(data.budget.approved, lang)}
                  />
                </Link>
                <Typography.Text type="secondary">
                  {t('reporting.requested')}: {formatMoney(data.budget.requested, lang)}
                </Typography.Text>
              </Col>
            </Row>
            <Table
              style={{ marginTop: 16 }}
              size="small"
              rowKey="year"
              pagination={false}
              dataSource={data.byYear}
              columns={[
                { key: 'year', title: t('reporting.period'), dataIndex: 'year' },
                { key: 'trained', title: t('reporting.trained'), align: 'right', dataIndex: 'trained' },
                { key: 'events', title: t('reporting.events'), align: 'right', dataIndex: 'events' },
                {
                  key: 'disbursed',
                  title: t('reporting.disbursed', { amount: '' }),
                  align: 'right',
                  render: (_, r) => formatMoney(r.disbursed, lang),
                },
                {
                  key: 'approved',
                  title: t('reporting.approved'),
                  align: 'right',
                  render: (_, r) => formatMoney(r.approved, lang),
                },
              ]}
            />
          </>
        )}
      </Card>
      <Card title={t('reporting.solutions')}>
        <List
          size="small"
          dataSource={[...SOLUTIONS]}
          renderItem={(s) => (
            <List.Item key={s.code}>
              {s.code} · {pickLabel({ nameVi: s.titleVi, nameEn: s.titleEn }, lang)}
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
