import { countryLabel } from '@ascc/catalog';
import { Button, Card, Space, Table } from 'antd';
import { useLang, useT } from '../../../i18n/language';
import { LocalError } from '../../../shared/fail-local';
import { downloadDelegationReport } from '../api/aid.api';
import { useDelegationReport } from '../hooks/use-aid';
import '../messages';

/** Delegations per year, country and direction over the report's years, with their exports. */
export function DelegationReportCard(props: {
  query: Parameters<typeof useDelegationReport>[0];
  download: (run: () => Promise<unknown>) => Promise<void>;
}) {
  const t = useT();
  const lang = useLang();
  const { download, query: delegationQuery } = props;
  const delegations = useDelegationReport(delegationQuery);
  return (
    <Card
      title={t('aid.reports.delegations')}
      size="small"
      extra={
        <Space>
          <Button
            size="small"
            onClick={() => void download(() => downloadDelegationReport(delegationQuery, 'csv'))}
          >
            {t('aid.reports.exportCsv')}
          </Button>
          <Button
            size="small"
            onClick={() => void download(() => downloadDelegationReport(delegationQuery, 'xlsx'))}
          >
            {t('aid.reports.exportXlsx')}
          </Button>
        </Space>
      }
    >
      {delegations.isError && (
        <LocalError error={delegations.error} onRetry={() => void delegations.refetch()} />
      )}
      <Table
        size="small"
        data-testid="delegation-report-table"
        loading={delegations.isFetching}
        rowKey={(r) => `${r.year}-${r.countryCode}-${r.direction}`}
        dataSource={delegations.data?.rows}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: t('aid.reports.empty') }}
        columns={[
          { key: 'year', title: t('aid.dim.year'), dataIndex: 'year' },
          {
            key: 'country',
            title: t('field.countryCode'),
            render: (_, r) => countryLabel(r.countryCode, lang),
          },
          {
            key: 'direction',
            title: t('aid.field.direction'),
            render: (_, r) => t(`aid.direction.${r.direction}`),
          },
          { key: 'n', title: t('aid.reports.delegationCount'), dataIndex: 'delegations', align: 'right' },
          { key: 'p', title: t('aid.reports.people'), dataIndex: 'people', align: 'right' },
        ]}
      />
    </Card>
  );
}
