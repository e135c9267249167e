import { PHASES, agencyLabel, countryLabel, fundingSourceLabel, sectorLabel } from '@ascc/catalog';
import { type Dashboard, DashboardQuerySchema, toDong } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, Row, Spin, Statistic, Tag, Typography } from 'antd';
import type { ColProps } from 'antd';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { Link, useSearchParams } from 'react-router-dom';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { FailLocal } from '../../../shared/fail-local';
import { getDashboard, reportingKeys } from '../api/reporting.api';
import { PeriodSelect } from '../components/period-select';
import { SplitCard, type SplitValue } from '../components/split-card';
import { type Period, periodFilter, recordsUrl } from '../records-link';

type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

/**
 * The whole plan on one page for administrators and the coordinator: every figure comes from the
 * reporting service's read model (one request), and opens the records behind it — the same period (a
 * year, a phase or the whole plan) and the split as filters — whose totals equal the figure.
 */
export default function PlanDashboard() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const raw = { year: params.get('year') ?? undefined, phase: params.get('phase') ?? undefined };
  const parsed = DashboardQuerySchema.safeParse(raw);
  const query: DashboardQuery = parsed.success ? parsed.data : {};
  const result = useQuery({
    queryKey: reportingKeys.dashboard(query),
    queryFn: ({ signal }) => getDashboard(query, signal),
  });
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

const half = { xs: 24, xl: 12 } as const;

function Figures({ data, query }: { data: Dashboard; query: DashboardQuery }) {
  const t = useT();
  const lang = useLang();
  const phase = PHASES.find((p) => p.code === query.phase);
  // Every link carries the dashboard's period exactly: a year, a phase, or the whole plan.
  const period = periodFilter(query);
  const courses = recordsUrl({ kind: 'course', ...period });
  const events = recordsUrl({ kind: 'event', ...period });
  const projects = recordsUrl({ kind: 'aid-project', ...period });
  const lines = recordsUrl({ kind: 'budget-line', ...period });
  const delegationsUrl = recordsUrl({ kind: 'delegation', ...period });
  const share = `${formatNumber(Math.round(data.training.communeShare * 1000) / 10, lang)} %`;
  const delegations = data.delegations;
  const empty =
    !data.training.trained &&
    !data.culture.events &&
    toDong(data.aid.committed) === 0n &&
    toDong(data.budget.requested) === 0n &&
    !delegations?.delegations;
  const money = (amount: number | string) => formatMoney(amount, lang);
  const count = (n: number) => formatNumber(n, lang);
  const disbursedTitle = t('reporting.fig.disbursed');
  /** The money columns of the aid splits (by country, by sector) and of the budget splits: exact đồng. */
  const aidValues: SplitValue<{ committed: string; disbursed: string }>[] = [
    { key: 'committed', title: t('reporting.fig.committed'), value: (r) => r.committed, money: true },
    { key: 'disbursed', title: disbursedTitle, value: (r) => r.disbursed, money: true },
  ];
  const budgetValues = (
    colors: [string, string] | [] = [],
  ): SplitValue<{ requested: string; approved: string }>[] => [
    {
      key: 'requested',
      title: t('reporting.fig.requested'),
      value: (r) => r.requested,
      money: true,
      color: colors[0],
    },
    {
      key: 'approved',
      title: t('reporting.fig.approved'),
      value: (r) => r.approved,
      money: true,
      color: colors[1],
    },
  ];
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
        <Cell data={data} flex="1 1 260px">
          <FigureCard
            testId="figure-trained"
            title={t('reporting.trained')}
            value={count(data.training.trained)}
            to={courses}
          >
            {t('reporting.completed', { count: count(data.training.completed) })} ·{' '}
            <Link
              to={recordsUrl({ kind: 'course', ...period, level: 'commune' })}
              data-testid="figure-commune"
            >
              {t('reporting.communeShare', { share })}
            </Link>
          </FigureCard>
        </Cell>
        <Cell data={data} flex="1 1 260px">
          <FigureCard
            testId="figure-events"
            title={t('reporting.events')}
            value={count(data.culture.events)}
            to={events}
          >
            {t('reporting.audience', { count: count(data.culture.audience) })} ·{' '}
            {t('reporting.aseanCountries')}: {data.culture.aseanCountries.length}
          </FigureCard>
        </Cell>
        <Cell data={data} flex="1 1 260px">
          <FigureCard
            testId="figure-aid"
            title={t('reporting.committed')}
            value={money(data.aid.committed)}
            to={projects}
          >
            {t('reporting.disbursed', { amount: money(data.aid.disbursed) })}
          </FigureCard>
        </Cell>
        <Cell data={data} flex="1 1 260px">
          <FigureCard
            testId="figure-budget"
            title={t('reporting.approved')}
            value={money(data.budget.approved)}
            to={lines}
          >
            {t('reporting.requested')}: {money(data.budget.requested)}
          </FigureCard>
        </Cell>
        {delegations && (
          <Cell data={data} flex="1 1 260px">
            <FigureCard
              testId="figure-delegations"
              title={t('reporting.delegations')}
              value={count(delegations.delegations)}
              to={delegationsUrl}
            >
              <Link to={recordsUrl({ kind: 'delegation', ...period, type: 'inbound' })}>
                {t('reporting.inbound', { count: count(delegations.inbound) })}
              </Link>{' '}
              ·{' '}
              <Link to={recordsUrl({ kind: 'delegation', ...period, type: 'outbound' })}>
                {t('reporting.outbound', { count: count(delegations.outbound) })}
              </Link>{' '}
              · {t('reporting.members', { count: count(delegations.members) })}
            </FigureCard>
          </Cell>
        )}
      </Row>
      <Row gutter={[16, 16]}>
        <Cell data={data} {...half}>
          <SplitCard
            title={t('reporting.byLevel')}
            testId="split-level"
            rows={data.training.byLevel}
            rowKey={(r) => r.level}
            labelTitle={t('reporting.level')}
            label={(r) => t(`training.targetLevel.${r.level}` as never)}
            chartName={(r) => t(`training.targetLevel.${r.level}` as never)}
            to={(r) => recordsUrl({ kind: 'course', ...period, level: r.level })}
            values={[
              {
                key: 'trained',
                title: t('reporting.fig.trained'),
                value: (r) => r.trained,
                color: '#1677ff',
              },
              {
                key: 'completed',
                title: t('reporting.fig.completed'),
                value: (r) => r.completed,
                color: '#52c41a',
              },
            ]}
          />
        </Cell>
        <Cell data={data} {...half}>
          <SplitCard
            title={t('reporting.byCountry')}
            testId="asean-countries"
            rows={data.culture.byCountry}
            rowKey={(r) => r.countryCode}
            labelTitle={t('field.countryCode')}
            label={(r) => (
              <>
                {countryLabel(r.countryCode, lang)} {r.asean && <Tag color="blue">ASEAN</Tag>}
              </>
            )}
            to={(r) => recordsUrl({ kind: 'event', ...period, countryCode: r.countryCode })}
            values={[{ key: 'events', title: t('reporting.kind.event'), value: (r) => r.events }]}
            pageSize={8}
          />
        </Cell>
        <Cell data={data} {...half}>
          <SplitCard
            title={t('reporting.byType')}
            testId="split-event-type"
            rows={data.culture.byType}
            rowKey={(r) => r.type}
            labelTitle={t('field.type')}
            label={(r) => t(`culture.type.${r.type}` as never)}
            to={(r) => recordsUrl({ kind: 'event', ...period, type: r.type })}
            values={[
              { key: 'events', title: t('reporting.kind.event'), value: (r) => r.events },
              { key: 'audience', title: t('reporting.fig.audience'), value: (r) => r.audience },
            ]}
          />
        </Cell>
        <Cell data={data} {...half}>
          <SplitCard
            title={t('reporting.aidByCountry')}
            testId="split-aid-country"
            pageSize={8}
            rows={data.aid.byCountry}
            rowKey={(r) => r.countryCode ?? '-'}
            labelTitle={t('field.countryCode')}
            label={(r) =>
              r.countryCode ? (
                <>
                  {countryLabel(r.countryCode, lang)} {r.asean && <Tag color="blue">ASEAN</Tag>}
                </>
              ) : (
                '—'
              )
            }
            to={(r) =>
              r.countryCode
                ? recordsUrl({ kind: 'aid-project', ...period, countryCode: r.countryCode })
                : undefined
            }
            values={aidValues}
          />
        </Cell>
        <Cell data={data} {...half}>
          <SplitCard
            title={t('reporting.aidBySector')}
            testId="split-aid-sector"
            pageSize={8}
            rows={data.aid.bySector}
            rowKey={(r) => r.sectorCode}
            labelTitle={t('reporting.sector')}
            label={(r) => sectorLabel(r.sectorCode, lang)}
            to={(r) => recordsUrl({ kind: 'aid-project', ...period, sectorCode: r.sectorCode })}
            values={aidValues}
          />
        </Cell>
        <Cell data={data} {...half}>
          <SplitCard
            title={t('reporting.budgetByAgency')}
            testId="split-budget-agency"
            rows={data.budget.byAgency}
            rowKey={(r) => r.agencyCode}
            labelTitle={t('field.agencyCode')}
            label={(r) => agencyLabel(r.agencyCode, lang)}
            to={(r) => recordsUrl({ kind: 'budget-line', ...period, agencyCode: r.agencyCode })}
            values={budgetValues()}
            pageSize={8}
          />
        </Cell>
        <Cell data={data} {...half}>
          <SplitCard
            title={t('reporting.budgetBySource')}
            testId="split-budget-source"
            rows={data.budget.byFundingSource}
            rowKey={(r) => r.fundingSource}
            labelTitle={t('field.fundingSource')}
            label={(r) => fundingSourceLabel(r.fundingSource, lang)}
            chartName={(r) => fundingSourceLabel(r.fundingSource, lang)}
            to={(r) => recordsUrl({ kind: 'budget-line', ...period, fundingSource: r.fundingSource })}
            values={budgetValues(['#faad14', '#52c41a'])}
          />
        </Cell>
        {delegations && (
          <Cell data={data} {...half}>
            <SplitCard
              title={t('reporting.delegationsByCountry')}
              testId="split-delegation-country"
              rows={delegations.byCountry}
              rowKey={(r) => r.countryCode}
              labelTitle={t('field.countryCode')}
              label={(r) => (
                <>
                  {countryLabel(r.countryCode, lang)} {r.asean && <Tag color="blue">ASEAN</Tag>}
                </>
              )}
              to={(r) => recordsUrl({ kind: 'delegation', ...period, countryCode: r.countryCode })}
              values={[
                { key: 'delegations', title: t('reporting.delegations'), value: (r) => r.delegations },
              ]}
              pageSize={8}
            />
          </Cell>
        )}
      </Row>
    </>
  );
}

/** One card of the dashboard in its column: a card that cannot be drawn shows its own error, the rest stay. */
function Cell({ data, children, ...col }: ColProps & { data: Dashboard; children: ReactNode }) {
  return (
    <Col {...col}>
      <FailLocal resetKeys={[data]}>{children}</FailLocal>
    </Col>
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
      <Link to={props.to}>
        <Statistic value={props.value} valueRender={(v) => <span data-testid="figure-value">{v}</span>} />
      </Link>
      <Typography.Text type="secondary">{props.children}</Typography.Text>
    </Card>
  );
}
