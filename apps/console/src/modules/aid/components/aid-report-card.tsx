import type { AidReportDimension, AidReportRow } from '@ascc/contracts';
import { Card, Table } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import type { useAidReport } from '../hooks/use-aid';
import { chartBars, dimensionLabel } from './aid-report-labels';
import '../messages';

/** The aid report: a bar chart and a table of committed and disbursed money per group, with the totals. */
export function AidReportCard({
  report,
  groupBy,
}: {
  report: ReturnType<typeof useAidReport>;
  groupBy: AidReportDimension[];
}) {
  const t = useT();
  const lang = useLang();
  const label = (dimension: AidReportDimension, row: AidReportRow) =>
    dimensionLabel(dimension, row, lang, t('aid.reports.other'));
  const rows = report.data?.rows ?? [];
  const chart = chartBars(rows, (row) => groupBy.map((d) => label(d, row)).join(' · '));
  const money = (value: number | string) => formatMoney(value, lang);
  const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value, lang)} %`);
  return (
    <Card title={t('aid.reports.aid')} size="small">
      {rows.length > 0 && (
        <div style={{ width: '100%', height: 300 }}>
          <ResponsiveContainer>
            <BarChart data={chart}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis tickFormatter={(v: number) => formatNumber(v / 1_000_000, lang) + ' tr'} width={90} />
              <Tooltip formatter={(v) => money(Number(v))} />
              <Legend />
              <Bar dataKey="committed" name={t('aid.field.committed')} fill="#1677ff" />
              <Bar dataKey="disbursed" name={t('aid.field.disbursed')} fill="#52c41a" />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <Table<AidReportRow>
        size="small"
        data-testid="aid-report-table"
        loading={report.isFetching}
        rowKey={(row) => groupBy.map((d) => label(d, row)).join('|')}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('aid.reports.empty') }}
        columns={[
          ...groupBy.map((d) => ({
            key: d,
            title: t(`aid.dim.${d}`),
            render: (_: unknown, row: AidReportRow) => label(d, row),
          })),
          {
            key: 'committed',
            title: t('aid.field.committed'),
            align: 'right' as const,
            render: (_: unknown, r: AidReportRow) => money(r.committed),
          },
          {
            key: 'disbursed',
            title: t('aid.field.disbursed'),
            align: 'right' as const,
            render: (_: unknown, r: AidReportRow) => money(r.disbursed),
          },
          {
            key: 'share',
            title: t('aid.field.disbursementShare'),
            align: 'right' as const,
            render: (_: unknown, r: AidReportRow) => percent(r.disbursementShare),
          },
          {
            key: 'pct',
            title: t('aid.reports.share'),
            align: 'right' as const,
            render: (_: unknown, r: AidReportRow) => percent(r.committedPercent),
          },
        ]}
        summary={() =>
          report.data && rows.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={groupBy.length}>
                <strong>{t('aid.reports.total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <strong data-testid="report-total-committed">{money(report.data.totals.committed)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <strong data-testid="report-total-disbursed">{money(report.data.totals.disbursed)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {percent(report.data.totals.disbursementShare)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
