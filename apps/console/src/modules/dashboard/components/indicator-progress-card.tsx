import { agencyLabel } from '@ascc/catalog';
import type {
  IndicatorComputation,
  IndicatorProgress,
  IndicatorProgressQuery,
  IndicatorStatus,
  IndicatorUnit,
  PlanRecordKind,
} from '@ascc/contracts';
import type { Lang } from '@ascc/catalog';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { useCan } from '../../auth/hooks/use-can';
import { getIndicatorProgress, indicatorKeys } from '../api/reporting.api';
import { type RecordsLink, recordsUrl } from '../records-link';

export const INDICATOR_STATUS_COLOR: Record<IndicatorStatus, string> = {
  'on-track': 'green',
  'at-risk': 'gold',
  'off-track': 'red',
  'no-data': 'default',
};

/** An indicator's value in its unit: money exactly (a DongTotal string), a percentage with its sign. */
export function formatIndicatorValue(value: number | string, unit: IndicatorUnit, lang: Lang): string {
  if (unit === 'dong') return formatMoney(value, lang);
  const shown = formatNumber(Number(value), lang);
  return unit === 'percent' ? `${shown} %` : shown;
}

/** The read model's records behind a computed value of `year`: the same filters the value is summed by. */
export function indicatorRecordsLink(c: IndicatorComputation, year: number): string {
  const kinds: Record<IndicatorComputation['metric'], PlanRecordKind> = {
    'people-trained': 'course',
    'courses-completed': 'course',
    exchanges: 'event',
    'exchange-participants': 'event',
    'aid-committed': 'aid-project',
    'aid-disbursed': 'aid-project',
    'budget-approved': 'budget-line',
  };
  const link: RecordsLink = { kind: kinds[c.metric], year };
  if (c.planArea) link.planArea = c.planArea;
  if (c.level) link.level = c.level;
  if (c.countryCode) link.countryCode = c.countryCode;
  return recordsUrl(link);
}

/**
 * The plan's indicators over a period (of one plan area, if given): each one's latest result against
 * its target with its status, and — opened — its chart by year and the values, each computed one opening
 * the records behind it. The status rule is stated under the table.
 */
export function IndicatorProgressCard({ query, testId }: { query: IndicatorProgressQuery; testId: string }) {
  const t = useT();
  const lang = useLang();
  const manages = useCan('reporting.indicator.manage').allowed;
  const result = useQuery({
    queryKey: indicatorKeys.progress(query),
    queryFn: ({ signal }) => getIndicatorProgress(query, signal),
  });
  const name = (p: IndicatorProgress) => (lang === 'vi' ? p.indicator.nameVi : p.indicator.nameEn);
  const value = (p: IndicatorProgress, v: number | string) => formatIndicatorValue(v, p.indicator.unit, lang);
  return (
    <Card
      title={t('indicator.title')}
      data-testid={testId}
      extra={manages ? <Link to="/plan/indicators">{t('indicator.catalogue')}</Link> : undefined}
    >
      {result.isError && (
        <Alert
          type="error"
          showIcon
          title={t('indicator.loadError')}
          description={errorText(result.error, t)}
        />
      )}
      {result.isPending && <Skeleton active />}
      {result.data && result.data.items.length === 0 && <Empty description={t('indicator.empty')} />}
      {result.data && result.data.items.length > 0 && (
        <Table<IndicatorProgress>
          size="small"
          rowKey={(p) => p.indicator.id}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={result.data.items}
          onRow={(p) => ({ 'data-testid': `indicator-row-${p.indicator.code}` }) as object}
          expandable={{
            rowExpandable: (p) => p.values.length > 0,
            expandedRowRender: (p) => <IndicatorDetail progress={p} />,
          }}
          columns={[
            { key: 'code', title: t('indicator.code'), render: (_, p) => p.indicator.code },
            {
              key: 'name',
              title: t('indicator.name'),
              render: (_, p) => (
                <Flex vertical>
                  <span>{name(p)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {agencyLabel(p.indicator.leadAgencyCode, lang)} ·{' '}
                    {t(`indicator.method.${p.indicator.method}`)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'latest',
              title: t('indicator.latest'),
              align: 'right',
              render: (_, p) =>
                p.latest ? (
                  <span data-testid={`indicator-latest-${p.indicator.code}`}>
                    {value(p, p.latest.value)} ({p.latest.year})
                  </span>
                ) : (
                  '—'
                ),
            },
            {
              key: 'target',
              title: t('indicator.target'),
              align: 'right',
              render: (_, p) =>
                p.target
                  ? `${value(p, p.target.value)} (${p.target.year})`
                  : p.indicator.targets.map((x) => `${value(p, x.value)} (${x.year})`).join('; ') || '—',
            },
            {
              key: 'status',
              title: t('indicator.status'),
              render: (_, p) => (
                <Tag
                  color={INDICATOR_STATUS_COLOR[p.status]}
                  data-testid={`indicator-status-${p.indicator.code}`}
                >
                  {t(`indicator.status.${p.status}`)}
                </Tag>
              ),
            },
          ]}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        {t('indicator.statusRule')}
      </Typography.Paragraph>
    </Card>
  );
}

/** One indicator's values by year as a line against its target, and as a table with their sources. */
function IndicatorDetail({ progress: p }: { progress: IndicatorProgress }) {
  const t = useT();
  const lang = useLang();
  const shown = (v: number | string) => formatIndicatorValue(v, p.indicator.unit, lang);
  const computation = p.indicator.computation;
  return (
    <Flex vertical gap="small" data-testid={`indicator-detail-${p.indicator.code}`}>
      <ResponsiveContainer width="100%" height={180}>
        {/* Heights are numbers (Number() of a đồng total: for drawing only); the tooltip shows them exactly. */}
        <LineChart data={p.values.map((v) => ({ year: v.year, drawn: Number(v.value), exact: v.value }))}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" />
          <YAxis />
          <Tooltip
            formatter={(_drawn, _name, item) => shown((item.payload as { exact: number | string }).exact)}
          />
          {p.target && (
            <ReferenceLine
              y={p.target.value}
              stroke="#cf1322"
              strokeDasharray="4 4"
              label={`${t('indicator.target')} ${p.target.year}`}
            />
          )}
          <Line dataKey="drawn" name={t('indicator.value')} stroke="#1677ff" />
        </LineChart>
      </ResponsiveContainer>
      <Table
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={p.values}
        columns={[
          { key: 'year', title: t('indicator.year'), dataIndex: 'year' },
          {
            key: 'value',
            title: t('indicator.value'),
            align: 'right',
            render: (_, v) =>
              // A computed value opens the records it sums (a cumulative one: that year's records).
              computation && !p.indicator.cumulative ? (
                <Link to={indicatorRecordsLink(computation, v.year)}>{shown(v.value)}</Link>
              ) : (
                shown(v.value)
              ),
          },
          ...(computation
            ? [
                {
                  key: 'records',
                  title: '',
                  render: (_: unknown, v: { year: number }) => (
                    <Link to={indicatorRecordsLink(computation, v.year)}>{t('indicator.records')}</Link>
                  ),
                },
              ]
            : [
                {
                  key: 'by',
                  title: t('indicator.reportedBy'),
                  render: (_: unknown, v: { agencyCode: string | null }) =>
                    v.agencyCode ? agencyLabel(v.agencyCode, lang) : '—',
                },
                { key: 'source', title: t('indicator.source'), dataIndex: 'source' },
                { key: 'comment', title: t('indicator.comment'), dataIndex: 'comment' },
              ]),
        ]}
      />
    </Flex>
  );
}
