import { PHASES, agencyLabel, countryLabel, fundingSourceLabel, pickLabel, sectorLabel } from '@ascc/catalog';
import { type Dashboard, DashboardQuerySchema } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, Row, Select, Spin, Statistic, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { Link, useSearchParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { getDashboard, reportingKeys } from '../api/reporting.api';

type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

const YEARS = Array.from({ length: 9 }, (_, i) => 2017 + i);

/** The drill-down address of a figure: the department's list, filtered to the records behind it. */
function listUrl(path: string, filter: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== undefined) params.set(key, String(value));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The whole plan on one page for administrators and the coordinator: every figure comes from the
 * reporting service's read model (one request), and links to the list of the records behind it.
 */
export default function PlanDashboard() {
  const t = useT();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const raw = { year: params.get('year') ?? undefined, phase: params.get('phase') ?? undefined };
  const parsed = DashboardQuerySchema.safeParse(raw);
  const query: DashboardQuery = parsed.success ? parsed.data : {};
  const result = useQuery({
    queryKey: reportingKeys.dashboard(query),
    queryFn: ({ signal }) => getDashboard(query, signal),
  });
  const period = query.year ? `y${query.year}` : query.phase ? `p${query.phase}` : 'all';
  const setPeriod = (value: string) => {
    const next = new URLSearchParams();
    if (value.startsWith('y')) next.set('year', value.slice(1));
    if (value.startsWith('p')) next.set('phase', value.slice(1));
    setParams(next);
  };
  const options = [
    { value: 'all', label: t('reporting.wholePlan') },
    ...PHASES.map((p) => ({ value: `p${p.code}`, label: pickLabel(p, lang) })),
    ...YEARS.map((y) => ({ value: `y${y}`, label: t('reporting.year', { year: y }) })),
  ];
  return (
    <Flex vertical gap="middle" data-testid="plan-dashboard">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reporting.title')}
        </Typography.Title>
        <Select
          aria-label={t('reporting.period')}
          data-testid="dashboard-period"
          value={period}
          onChange={setPeriod}
          options={options}
          style={{ minWidth: 240 }}
        />
      </Flex>
      {result.isError && (
        <Alert
          type="error"
          showIcon
          title={t('reporting.loadError')}
          description={errorText(result.error, t)}
        />
      )}
      {result.isPending && <Spin />}
      {result.data && <Figures data={result.data} query={query} />}
    </Flex>
  );
}

function Figures({ data, query }: { data: Dashboard; query: DashboardQuery }) {
  const t = useT();
  const lang = useLang();
  const year = query.year;
  const phase = PHASES.find((p) => p.code === query.phase);
  // The lists filter by one year: a phase or the whole plan opens them unfiltered by year.
  const fiscalYear = year;
  const share = `${formatNumber(Math.round(data.training.communeShare * 1000) / 10, lang)} %`;
  const empty =
    !data.training.trained && !data.culture.events && !data.aid.committed && !data.budget.requested;
  return (
    <>
      {data.lag > 0 && <Alert type="info" showIcon title={t('reporting.lag', { count: data.lag })} />}
      {empty && <Empty description={t('reporting.empty')} />}
      {phase && (
        <Typography.Text type="secondary">
          {phase.fromYear}–{phase.toYear}
        </Typography.Text>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <FigureCard
            testId="figure-trained"
            title={t('reporting.trained')}
            value={formatNumber(data.training.trained, lang)}
            to={listUrl('/training', { status: 'completed' })}
          >
            {t('reporting.completed', { count: formatNumber(data.training.completed, lang) })} ·{' '}
            {t('reporting.communeShare', { share })}
          </FigureCard>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <FigureCard
            testId="figure-events"
            title={t('reporting.events')}
            value={formatNumber(data.culture.events, lang)}
            to={listUrl('/culture', { year, status: 'reported' })}
          >
            {t('reporting.audience', { count: formatNumber(data.culture.audience, lang) })} ·{' '}
            {t('reporting.aseanCountries')}: {data.culture.aseanCountries.length}
          </FigureCard>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <FigureCard
            testId="figure-aid"
            title={t('reporting.committed')}
            value={formatMoney(data.aid.committed, lang)}
            to="/aid/projects"
          >
            {t('reporting.disbursed', { amount: formatMoney(data.aid.disbursed, lang) })}
          </FigureCard>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <FigureCard
            testId="figure-budget"
            title={t('reporting.approved')}
            value={formatMoney(data.budget.approved, lang)}
            to={listUrl('/budget', { fiscalYear, status: 'approved' })}
          >
            {t('reporting.requested')}: {formatMoney(data.budget.requested, lang)}
          </FigureCard>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('reporting.byLevel')}>
            <ResponsiveContainer width="100%" height={220}>
              <BarChart
                data={data.training.byLevel.map((r) => ({
                  ...r,
                  name: t(`training.targetLevel.${r.level}` as never),
                }))}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" />
                <YAxis />
                <Tooltip />
                <Legend />
                <Bar dataKey="trained" name={t('reporting.trained')} fill="#1677ff" />
                <Bar dataKey="completed" name={t('reporting.completed', { count: '' })} fill="#52c41a" />
              </BarChart>
            </ResponsiveContainer>
            <Flex gap="small" wrap>
              {data.training.byLevel.map((r) => (
                <Link key={r.level} to={listUrl('/training', { targetLevel: r.level, status: 'completed' })}>
                  {t(`training.targetLevel.${r.level}` as never)}: {formatNumber(r.trained, lang)}
                </Link>
              ))}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('reporting.byCountry')}>
            <Flex gap="small" wrap data-testid="asean-countries">
              {data.culture.byCountry.map((c) => (
                <Link key={c.countryCode} to={listUrl('/culture', { year, countryCode: c.countryCode })}>
                  <Tag color={c.asean ? 'blue' : undefined}>
                    {countryLabel(c.countryCode, lang)}: {c.events}
                  </Tag>
                </Link>
              ))}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('reporting.aidByCountry')}>
            <Table
              size="small"
              rowKey={(r) => r.countryCode ?? '-'}
              pagination={false}
              dataSource={data.aid.byCountry}
              columns={[
                {
                  key: 'country',
                  title: t('field.countryCode'),
                  render: (_, r) =>
                    r.countryCode ? (
                      <Link to={listUrl('/aid/projects', { donorCountryCode: r.countryCode })}>
                        {countryLabel(r.countryCode, lang)} {r.asean && <Tag color="blue">ASEAN</Tag>}
                      </Link>
                    ) : (
                      '—'
                    ),
                },
                {
                  key: 'c',
                  title: t('reporting.committed'),
                  align: 'right',
                  render: (_, r) => formatMoney(r.committed, lang),
                },
                {
                  key: 'd',
                  title: t('reporting.disbursed', { amount: '' }),
                  align: 'right',
                  render: (_, r) => formatMoney(r.disbursed, lang),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('reporting.aidBySector')}>
            <Table
              size="small"
              rowKey="sectorCode"
              pagination={false}
              dataSource={data.aid.bySector}
              columns={[
                {
                  key: 'sector',
                  title: t('reporting.aidBySector'),
                  render: (_, r) => (
                    <Link to={listUrl('/aid/projects', { sectorCode: r.sectorCode })}>
                      {r.sectorCode} · {sectorLabel(r.sectorCode, lang)}
                    </Link>
                  ),
                },
                {
                  key: 'c',
                  title: t('reporting.committed'),
                  align: 'right',
                  render: (_, r) => formatMoney(r.committed, lang),
                },
                {
                  key: 'd',
                  title: t('reporting.disbursed', { amount: '' }),
                  align: 'right',
                  render: (_, r) => formatMoney(r.disbursed, lang),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('reporting.budgetByAgency')}>
            <Table
              size="small"
              rowKey="agencyCode"
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              dataSource={data.budget.byAgency}
              columns={[
                {
                  key: 'agency',
                  title: t('field.agencyCode'),
                  render: (_, r) => (
                    <Link
                      to={listUrl('/budget', { agencyCode: r.agencyCode, fiscalYear, status: 'approved' })}
                    >
                      {agencyLabel(r.agencyCode, lang)}
                    </Link>
                  ),
                },
                {
                  key: 'r',
                  title: t('reporting.requested'),
                  align: 'right',
                  render: (_, r) => formatMoney(r.requested, lang),
                },
                {
                  key: 'a',
                  title: t('reporting.approved'),
                  align: 'right',
                  render: (_, r) => formatMoney(r.approved, lang),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('reporting.budgetBySource')}>
            <ResponsiveContainer width="100%" height={220}>
              <BarChart
                data={data.budget.byFundingSource.map((r) => ({
                  ...r,
                  name: fundingSourceLabel(r.fundingSource, lang),
                }))}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" />
                <YAxis />
                <Tooltip />
                <Legend />
                <Bar dataKey="requested" name={t('reporting.requested')} fill="#faad14" />
                <Bar dataKey="approved" name={t('reporting.approved')} fill="#52c41a" />
              </BarChart>
            </ResponsiveContainer>
          </Card>
        </Col>
      </Row>
    </>
  );
}

function FigureCard(props: {
  testId: string;
  title: string;
  value: string;
  to: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Card
      data-testid={props.testId}
      title={props.title}
      actions={[
        <Link key="open" to={props.to} data-testid={`${props.testId}-open`}>
          {t('reporting.open')}
        </Link>,
      ]}
      style={{ height: '100%' }}
    >
      <Statistic value={props.value} valueRender={(v) => <span data-testid="figure-value">{v}</span>} />
      <Typography.Text type="secondary">{props.children}</Typography.Text>
    </Card>
  );
}
