import {
  PLAN_AREAS,
  SECTORS,
  countryLabel,
  districtLabel,
  pickLabel,
  planAreaLabel,
  sectorLabel,
} from '@ascc/catalog';
import {
  AID_REPORT_DIMENSIONS,
  type AidReportDimension,
  type AidReportQuery,
  type AidReportRow,
  AidReportQuerySchema,
} from '@ascc/contracts';
import { Alert, Button, Card, Flex, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { YearInput, countryOptions, districtOptions } from '../../../shared/form/controls';
import { errorText } from '../../../shared/error-text';
import { FailLocal, LocalError } from '../../../shared/fail-local';
import { downloadAidReport, downloadDelegationReport, downloadIati } from '../api/aid.api';
import { useAidReport, useDelegationReport } from '../hooks/use-aid';

/** The report's filter lives in the URL, so a link reproduces it and the exports take the same one. */
function useReportQuery(): [AidReportQuery, (patch: Record<string, string | undefined>) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Object.fromEntries(params.entries());
  const parsed = AidReportQuerySchema.safeParse(raw);
  const query: AidReportQuery = parsed.success ? parsed.data : { groupBy: ['year'] };
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };
  return [query, update];
}

export default function ReportsPage() {
  const t = useT();
  const lang = useLang();
  const [query, update] = useReportQuery();
  const report = useAidReport(query);
  const delegationQuery = { yearFrom: query.yearFrom, yearTo: query.yearTo };
  const delegations = useDelegationReport(delegationQuery);
  const [downloadError, setDownloadError] = useState<string>();
  const groupBy = (query.groupBy ?? ['year']) as AidReportDimension[];

  const label = (dimension: AidReportDimension, row: AidReportRow): string => {
    switch (dimension) {
      case 'year':
        return String(row.year);
      case 'country':
        return row.countryCode ? countryLabel(row.countryCode, lang) : '—';
      case 'asean':
        return row.asean ? 'ASEAN' : t('aid.reports.other');
      case 'sector':
        return sectorLabel(row.sectorCode ?? '', lang);
      case 'planArea':
        return `${row.planArea} · ${planAreaLabel(row.planArea ?? '', lang)}`;
      case 'district':
        return districtLabel(row.districtCode ?? '', lang);
    }
  };
  const rows = report.data?.rows ?? [];
  const chart = rows.map((row) => ({
    name: groupBy.map((d) => label(d, row)).join(' · '),
    // A bar's height only: the figures themselves are shown from the exact strings.
    committed: Number(row.committed),
    disbursed: Number(row.disbursed),
  }));

  const download = async (run: () => Promise<unknown>) => {
    setDownloadError(undefined);
    try {
      await run();
    } catch (error) {
      setDownloadError(errorText(error, t));
    }
  };
  const money = (value: number | string) => formatMoney(value, lang);
  const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value, lang)} %`);

  return (
    <Flex vertical gap="middle" data-testid="aid-reports">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('aid.reports.title')}
      </Typography.Title>
      <Flex wrap gap="small" role="search">
        <Select
          mode="multiple"
          aria-label={t('aid.reports.groupBy')}
          data-testid="report-groupBy"
          style={{ minWidth: 260 }}
          maxCount={3}
          value={groupBy}
          options={AID_REPORT_DIMENSIONS.map((d) => ({ value: d, label: t(`aid.dim.${d}`) }))}
          onChange={(value: string[]) => update({ groupBy: value.length ? value.join(',') : undefined })}
        />
        <YearInput
          style={{ width: 130 }}
          aria-label={t('aid.reports.yearFrom')}
          placeholder={t('aid.reports.yearFrom')}
          value={(query.yearFrom as number | undefined) ?? null}
          onChange={(v) => update({ yearFrom: typeof v === 'number' ? String(v) : undefined })}
        />
        <YearInput
          style={{ width: 130 }}
          aria-label={t('aid.reports.yearTo')}
          placeholder={t('aid.reports.yearTo')}
          value={(query.yearTo as number | undefined) ?? null}
          onChange={(v) => update({ yearTo: typeof v === 'number' ? String(v) : undefined })}
        />
        <Select
          allowClear
          aria-label={t('aid.reports.donorGroup')}
          placeholder={t('aid.reports.donorGroup')}
          style={{ minWidth: 160 }}
          value={query.donorGroup}
          options={[
            { value: 'asean', label: t('aid.reports.donorGroup.asean') },
            { value: 'other', label: t('aid.reports.donorGroup.other') },
          ]}
          onChange={(v?: string) => update({ donorGroup: v })}
        />
        <Select
          allowClear
          showSearch
          aria-label={t('aid.dim.country')}
          placeholder={t('aid.dim.country')}
          style={{ minWidth: 160 }}
          value={query.donorCountryCode}
          options={countryOptions(lang)}
          optionFilterProp="label"
          onChange={(v?: string) => update({ donorCountryCode: v })}
        />
        <Select
          allowClear
          showSearch
          aria-label={t('aid.dim.sector')}
          placeholder={t('aid.dim.sector')}
          style={{ minWidth: 200 }}
          popupMatchSelectWidth={false}
          value={query.sectorCode}
          options={SECTORS.map((s) => ({ value: s.code, label: `${s.code} · ${pickLabel(s, lang)}` }))}
          optionFilterProp="label"
          onChange={(v?: string) => update({ sectorCode: v })}
        />
        <Select
          allowClear
          aria-label={t('aid.dim.planArea')}
          placeholder={t('aid.dim.planArea')}
          style={{ minWidth: 160 }}
          popupMatchSelectWidth={false}
          value={query.planArea}
          options={PLAN_AREAS.map((a) => ({
            value: a.code,
            label: `${a.code} · ${planAreaLabel(a.code, lang)}`,
          }))}
          onChange={(v?: string) => update({ planArea: v })}
        />
        <Select
          allowClear
          aria-label={t('aid.dim.district')}
          placeholder={t('aid.dim.district')}
          style={{ minWidth: 160 }}
          value={query.districtCode}
          options={districtOptions(lang)}
          onChange={(v?: string) => update({ districtCode: v })}
        />
      </Flex>
      <Space wrap>
        <Button onClick={() => void download(() => downloadAidReport(query, 'csv'))} data-testid="export-csv">
          {t('aid.reports.exportCsv')}
        </Button>
        <Button
          onClick={() => void download(() => downloadAidReport(query, 'xlsx'))}
          data-testid="export-xlsx"
        >
          {t('aid.reports.exportXlsx')}
        </Button>
        <Button
          type="primary"
          onClick={() =>
            void download(() =>
              downloadIati({
                donorCountryCode: query.donorCountryCode,
                sectorCode: query.sectorCode,
                districtCode: query.districtCode,
              }),
            )
          }
          data-testid="export-iati"
        >
          {t('aid.reports.exportIati')}
        </Button>
      </Space>
      {downloadError && <Alert type="error" showIcon title={downloadError} />}
      {report.isError && <Alert type="error" showIcon title={errorText(report.error, t)} />}

      <FailLocal testId="aid-report-error" title={t('aid.reports.aid')}>
        <Card title={t('aid.reports.aid')} size="small">
          {rows.length > 0 && (
            <div style={{ width: '100%', height: 300 }}>
              <ResponsiveContainer>
                <BarChart data={chart}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" />
                  <YAxis
                    tickFormatter={(v: number) => formatNumber(v / 1_000_000, lang) + ' tr'}
                    width={90}
                  />
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
                    <strong data-testid="report-total-committed">
                      {money(report.data.totals.committed)}
                    </strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    <strong data-testid="report-total-disbursed">
                      {money(report.data.totals.disbursed)}
                    </strong>
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
      </FailLocal>

      <FailLocal testId="delegation-report-error" title={t('aid.reports.delegations')}>
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
      </FailLocal>
    </Flex>
  );
}
