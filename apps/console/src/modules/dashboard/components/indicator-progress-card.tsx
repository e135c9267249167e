import { agencyLabel } from '@ascc/catalog';
import type { IndicatorProgress, IndicatorProgressQuery } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { Suspense, lazy } from 'react';
import { Link } from 'react-router-dom';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { getIndicatorProgress, indicatorKeys } from '../api/reporting.api';
import { INDICATOR_STATUS_COLOR, formatIndicatorValue } from './indicator-format';
import { stackOnPhone, usePhone } from './phone-table';
import { LocalError } from '../../../shared/fail-local';
import '../messages';

// The chart (recharts) loads when an indicator is opened: the plan-area page stays light.
const IndicatorDetail = lazy(() => import('./indicator-detail'));

/**
 * The plan's indicators over a period (of one plan area, if given): each one's latest result against
 * its target with its status, and — opened — its chart by year and the values, each computed one opening
 * the records behind it. The status rule is stated under the table.
 */
export function IndicatorProgressCard({ query, testId }: { query: IndicatorProgressQuery; testId: string }) {
  const t = useT();
  const lang = useLang();
  const manages = useCan('reporting.indicator.manage').allowed;
  const phone = usePhone();
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
      {result.isError && <LocalError title={t('indicator.loadError')} error={result.error} />}
      {result.isPending && <Skeleton active />}
      {result.data && result.data.items.length === 0 && <Empty description={t('indicator.empty')} />}
      {result.data && result.data.items.length > 0 && (
        <Table<IndicatorProgress>
          size="small"
          rowKey={(p) => p.indicator.id}
          pagination={false}
          dataSource={result.data.items}
          onRow={(p) => ({ 'data-testid': `indicator-row-${p.indicator.code}` }) as object}
          expandable={{
            rowExpandable: (p) => p.values.length > 0,
            expandedRowRender: (p) => (
              <Suspense fallback={<Skeleton active />}>
                <IndicatorDetail progress={p} />
              </Suspense>
            ),
          }}
          columns={stackOnPhone<IndicatorProgress>(phone, [
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
          ])}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        {t('indicator.statusRule')}
      </Typography.Paragraph>
    </Card>
  );
}
