import { SOLUTIONS, agencyLabel, findPlanArea, pickLabel, planAreaLabel } from '@ascc/catalog';
import {
  DashboardQuerySchema,
  PLAN_RECORD_KINDS,
  type PlanAreaCode,
  type PlanRecordKind,
} from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Flex, Row, Spin, Statistic, Table, Tabs, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { useCan } from '../../auth/hooks/use-can';
import { getAreaFigures, reportingKeys } from '../api/reporting.api';
import { IndicatorProgressCard } from '../components/indicator-progress-card';
import { PeriodSelect } from '../components/period-select';
import { RecordsError } from '../components/records-error';
import { type RecordsPaging, RecordsTable } from '../components/records-table';
import { usePlanRecords } from '../hooks/use-plan-records';
import { type Period, type RecordsQuery, periodFilter, recordsUrl } from '../records-link';
import '../messages';

/**
 * One content area of the plan (section III): its lead and coordinating agencies from the catalog, the
 * solutions of section IV, its figures from the read model (each opening the records behind it), and
 * its activities across the departments, one tab per kind of record, each loaded when its tab opens.
 */
export default function PlanAreaPage() {
  const t = useT();
  const lang = useLang();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const area = findPlanArea(code);
  const allowed = useCan('reporting.plan.read').allowed;
  const parsed = DashboardQuerySchema.safeParse({
    year: params.get('year') ?? undefined,
    phase: params.get('phase') ?? undefined,
  });
  const period = periodFilter(parsed.success ? parsed.data : {});
  const tab = (PLAN_RECORD_KINDS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as PlanRecordKind)
    : 'course';
  const areaQuery = { code: code as PlanAreaCode, ...period };
  const figures = useQuery({
    queryKey: reportingKeys.area(areaQuery),
    queryFn: ({ signal }) => getAreaFigures(areaQuery, signal),
    enabled: Boolean(area) && allowed,
  });
  if (!area) return <Alert type="warning" showIcon title={t('reporting.empty')} />;
  const data = figures.data;
  const planArea = area.code;
  const link = (kind: PlanRecordKind, year?: number) =>
    recordsUrl({ kind, planArea, ...(year === undefined ? period : { year }) });
  const setView = (next: { period?: Period; tab?: PlanRecordKind }) => {
    const p = next.period ?? period;
    const search = new URLSearchParams();
    if (p.year !== undefined) search.set('year', String(p.year));
    else if (p.phase !== undefined) search.set('phase', p.phase);
    const shownTab = next.tab ?? tab;
    if (shownTab !== 'course') search.set('tab', shownTab);
    setParams(search);
  };
  const count = (n: number) => formatNumber(n, lang);
  const money = (n: number | string) => formatMoney(n, lang);
  return (
    <Flex vertical gap="middle" data-testid="plan-area-page">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {area.code} · {planAreaLabel(area.code, lang)}
        </Typography.Title>
        {allowed && (
          <PeriodSelect testId="area-period" value={period} onChange={(p) => setView({ period: p })} />
        )}
      </Flex>
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
      {allowed && (
        <Card title={t('reporting.areaFigures')} data-testid="area-figures">
          {figures.isError && <Alert type="error" showIcon title={errorText(figures.error, t)} />}
          {figures.isPending && <Spin />}
          {data && (
            <>
              <Row gutter={[16, 16]}>
                <AreaFigure
                  testId="area-trained"
                  to={link('course')}
                  title={t('reporting.trained')}
                  value={count(data.training.trained)}
                >
                  {t('reporting.courses')}: {count(data.training.courses)}
                </AreaFigure>
                <AreaFigure
                  testId="area-events"
                  to={link('event')}
                  title={t('reporting.events')}
                  value={count(data.culture.events)}
                >
                  {t('reporting.audience', { count: count(data.culture.audience) })}
                </AreaFigure>
                <AreaFigure
                  testId="area-aid"
                  to={link('aid-project')}
                  title={t('reporting.committed')}
                  value={money(data.aid.committed)}
                >
                  {t('reporting.aidProjects', { count: count(data.aid.projects) })} ·{' '}
                  {t('reporting.disbursed', { amount: money(data.aid.disbursed) })}
                </AreaFigure>
                <AreaFigure
                  testId="area-delegations"
                  to={link('delegation')}
                  title={t('reporting.delegations')}
                  value={count(data.delegations.delegations)}
                >
                  {t('reporting.members', { count: count(data.delegations.members) })}
                </AreaFigure>
                <AreaFigure
                  testId="area-budget"
                  to={link('budget-line')}
                  title={t('reporting.approved')}
                  value={money(data.budget.approved)}
                >
                  {t('reporting.kind.budget-line')}: {count(data.budget.lines)} · {t('reporting.requested')}:{' '}
                  {money(data.budget.requested)}
                </AreaFigure>
              </Row>
              <Table
                style={{ marginTop: 16 }}
                size="small"
                rowKey="year"
                pagination={false}
                dataSource={data.byYear}
                data-testid="area-by-year"
                columns={[
                  { key: 'year', title: t('reporting.records.year'), dataIndex: 'year' },
                  {
                    key: 'trained',
                    title: t('reporting.trained'),
                    align: 'right',
                    render: (_, r) => <Link to={link('course', r.year)}>{count(r.trained)}</Link>,
                  },
                  {
                    key: 'events',
                    title: t('reporting.events'),
                    align: 'right',
                    render: (_, r) => <Link to={link('event', r.year)}>{count(r.events)}</Link>,
                  },
                  {
                    key: 'disbursed',
                    title: t('reporting.fig.disbursed'),
                    align: 'right',
                    render: (_, r) => <Link to={link('aid-project', r.year)}>{money(r.disbursed)}</Link>,
                  },
                  {
                    key: 'delegations',
                    title: t('reporting.delegations'),
                    align: 'right',
                    render: (_, r) => <Link to={link('delegation', r.year)}>{count(r.delegations)}</Link>,
                  },
                  {
                    key: 'approved',
                    title: t('reporting.approved'),
                    align: 'right',
                    render: (_, r) => <Link to={link('budget-line', r.year)}>{money(r.approved)}</Link>,
                  },
                ]}
              />
            </>
          )}
        </Card>
      )}
      {allowed && <IndicatorProgressCard query={{ ...period, planArea }} testId="area-indicators" />}
      {allowed && (
        <Card title={t('reporting.activities')} data-testid="area-activities">
          <Tabs
            activeKey={tab}
            onChange={(key) => setView({ tab: key as PlanRecordKind })}
            items={PLAN_RECORD_KINDS.map((kind) => ({
              key: kind,
              label: <span data-testid={`area-tab-${kind}`}>{t(`reporting.kind.${kind}`)}</span>,
              // Only the open tab asks for its records.
              children: kind === tab ? <AreaRecords kind={kind} planArea={planArea} period={period} /> : null,
            }))}
          />
        </Card>
      )}
      <Card title={t('reporting.solutions')}>
        <Flex vertical gap={4} data-testid="area-solutions">
          {SOLUTIONS.map((s) => (
            <Typography.Text key={s.code}>
              {s.code} · {pickLabel({ nameVi: s.titleVi, nameEn: s.titleEn }, lang)}
            </Typography.Text>
          ))}
        </Flex>
      </Card>
    </Flex>
  );
}

function AreaFigure(props: {
  testId: string;
  to: string;
  title: string;
  value: string;
  children: ReactNode;
}) {
  return (
    <Col flex="1 1 200px" data-testid={props.testId}>
      <Link to={props.to} data-testid={`${props.testId}-open`}>
        <Statistic title={props.title} value={props.value} />
      </Link>
      <Typography.Text type="secondary">{props.children}</Typography.Text>
    </Col>
  );
}

/** One kind of the area's records (and the page's period), paged here and openable on the records page. */
function AreaRecords(props: { kind: PlanRecordKind; planArea: PlanAreaCode; period: Period }) {
  const t = useT();
  const [paging, setPaging] = useState<Required<RecordsPaging>>({
    page: 1,
    pageSize: 10,
    sort: 'year',
    order: 'desc',
  });
  const query: RecordsQuery = { kind: props.kind, planArea: props.planArea, ...props.period, ...paging };
  const result = usePlanRecords(query);
  return (
    <Flex vertical gap="small">
      {result.isError && (
        <RecordsError error={result.error} kind={props.kind} onRetry={() => void result.refetch()} />
      )}
      <RecordsTable
        query={query}
        result={result}
        testId={`area-records-${props.kind}`}
        onChange={(patch) =>
          setPaging((current) =>
            'sort' in patch
              ? { ...current, page: 1, sort: patch.sort ?? 'year', order: patch.order ?? 'desc' }
              : {
                  ...current,
                  page: patch.page ?? current.page,
                  pageSize: patch.pageSize ?? current.pageSize,
                },
          )
        }
      />
      <Link to={recordsUrl({ kind: props.kind, planArea: props.planArea, ...props.period })}>
        {t('reporting.records.openAll')}
      </Link>
    </Flex>
  );
}
