import { agencyLabel, countryLabel, fundingSourceLabel, sectorLabel } from '@ascc/catalog';
import type { Dashboard } from '@ascc/contracts';
import { Row, Tag } from 'antd';
import { useLang, useT } from '../../../i18n/language';
import { type Period, recordsUrl } from '../records-link';
import { Cell } from './dashboard-cell';
import { SplitCard, type SplitValue } from './split-card';
import '../../culture/messages';
import '../messages';
import '../../training/messages';

const half = { xs: 24, xl: 12 } as const;

/** The dashboard's splits: training by level, events by country and type, aid, budget and delegations. */
export function DashboardSplits({ data, period }: { data: Dashboard; period: Period }) {
  const t = useT();
  const lang = useLang();
  const delegations = data.delegations;
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
            values={[{ key: 'delegations', title: t('reporting.delegations'), value: (r) => r.delegations }]}
            pageSize={8}
          />
        </Cell>
      )}
    </Row>
  );
}
