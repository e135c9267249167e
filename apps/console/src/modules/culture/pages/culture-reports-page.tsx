import { countryLabel, districtLabel, planAreaLabel } from '@ascc/catalog';
import {
  CULTURAL_EVENT_TYPES,
  CULTURE_PLAN_AREAS,
  type CultureReportQuery,
  CultureReportQuerySchema,
  type CultureReportRow,
} from '@ascc/contracts';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Row,
  Select,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { errorText } from '../../../shared/error-text';
import { Forbidden } from '../../../shared/forbidden';
import { countryOptions, districtOptions, enumOptions } from '../../../shared/form/controls';
import { exportReport } from '../api/cultural-events.api';
import { useCultureReport } from '../hooks/use-cultural-events';
import { yearOptions } from './cultural-events-page';
import '../messages';

const FILTERS = ['year', 'type', 'countryCode', 'districtCode', 'planArea'] as const;

/** Events by year × type × country × district × plan area, ASEAN countries per year, audience; exports. */
export default function CultureReportsPage() {
  const allowed = useCan('culture.report.read').allowed;
  return allowed ? <ReportView /> : <Forbidden />;
}

function ReportView() {
  const t = useT();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  // The filter lives in the URL (a link reproduces the view, and the export takes the same filter).
  const raw = Object.fromEntries([...params].filter(([k]) => [...FILTERS, 'aseanOnly'].includes(k)));
  const parsed = CultureReportQuerySchema.safeParse(raw);
  const filter: CultureReportQuery = parsed.success ? (raw as CultureReportQuery) : {};
  const query = useCultureReport(filter);
  const [exporting, setExporting] = useState<string>();
  const [exportError, setExportError] = useState<string>();
  const set = (name: string, value?: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const download = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    setExportError(undefined);
    try {
      await exportReport({ ...filter, format });
    } catch (error) {
      setExportError(errorText(error, t));
    } finally {
      setExporting(undefined);
    }
  };
  const options = useMemo(
    () => ({
      year: yearOptions(),
      type: enumOptions(CULTURAL_EVENT_TYPES, (v) => t(`culture.type.${v}`)),
      countryCode: countryOptions(lang),
      districtCode: districtOptions(lang),
      planArea: CULTURE_PLAN_AREAS.map((c) => ({ value: c, label: `${c} · ${planAreaLabel(c, lang)}` })),
    }),
    [t, lang],
  );
  const labels = {
    year: t('culture.rep.year'),
    type: t('field.type'),
    countryCode: t('field.countryCode'),
    districtCode: t('field.districtCode'),
    planArea: t('field.planArea'),
  };
  const data = query.data;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('culture.rep.title')}
        </Typography.Title>
        <Flex gap="small">
          <Button loading={exporting === 'csv'} onClick={() => void download('csv')} data-testid="report-csv">
            {t('culture.rep.csv')}
          </Button>
          <Button
            loading={exporting === 'xlsx'}
            onClick={() => void download('xlsx')}
            data-testid="report-xlsx"
          >
            {t('culture.rep.xlsx')}
          </Button>
        </Flex>
      </Flex>
      <Flex wrap gap="small" role="search">
        {FILTERS.map((name) => (
          <Select
            key={name}
            aria-label={labels[name]}
            data-testid={`report-filter-${name}`}
            placeholder={t('list.filterAll', { label: labels[name] })}
            allowClear
            showSearch
            optionFilterProp="label"
            popupMatchSelectWidth={false}
            style={{ minWidth: 160 }}
            value={params.get(name) ?? undefined}
            options={options[name]}
            onChange={(value?: string) => set(name, value)}
          />
        ))}
        <Checkbox
          checked={params.get('aseanOnly') === 'true'}
          onChange={(e) => set('aseanOnly', e.target.checked ? 'true' : undefined)}
          data-testid="report-asean-only"
        >
          {t('culture.rep.aseanOnly')}
        </Checkbox>
      </Flex>
      {exportError && <Alert type="error" showIcon title={exportError} />}
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, t)} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic
              title={t('culture.rep.events')}
              value={data?.totals.events ?? 0}
              loading={query.isPending}
              data-testid="report-total-events"
            />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic
              title={t('culture.rep.audience')}
              value={data ? formatNumber(data.totals.audience, lang) : 0}
              loading={query.isPending}
              data-testid="report-total-audience"
            />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic
              title={t('culture.rep.expected')}
              value={data ? formatNumber(data.totals.expectedAudience, lang) : 0}
              loading={query.isPending}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('culture.rep.byYear')}>
        {data?.byYear.length ? (
          <div style={{ width: '100%', height: 280 }} data-testid="report-chart">
            <ResponsiveContainer>
              <BarChart data={data.byYear}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="year" />
                <YAxis yAxisId="events" allowDecimals={false} />
                <YAxis yAxisId="audience" orientation="right" />
                <Tooltip />
                <Legend />
                <Bar yAxisId="events" dataKey="events" name={t('culture.rep.events')} fill="#1f4e9e" />
                <Bar yAxisId="audience" dataKey="audience" name={t('culture.rep.audience')} fill="#52a36b" />
              </BarChart>
            </ResponsiveContainer>
          </div>
        ) : (
          <Empty description={t('culture.rep.empty')} />
        )}
      </Card>
      <Card title={t('culture.rep.aseanByYear')}>
        <Table
          rowKey="year"
          size="small"
          pagination={false}
          data-testid="report-asean"
          dataSource={data?.aseanByYear ?? []}
          columns={[
            { key: 'y', title: t('culture.rep.year'), dataIndex: 'year', width: 100 },
            {
              key: 'c',
              title: t('field.countryCodes'),
              dataIndex: 'countryCodes',
              render: (codes: string[]) => (
                <Flex wrap gap={4}>
                  {codes.map((c) => (
                    <Tag key={c} color="blue">
                      {countryLabel(c, lang)}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('culture.rep.rows')}>
        {data?.rowsCapped && (
          <Alert type="warning" showIcon title={t('culture.rep.capped')} style={{ marginBottom: 8 }} />
        )}
        <Table<CultureReportRow>
          rowKey={(r) => `${r.year}|${r.type}|${r.countryCode}|${r.districtCode}|${r.planArea}`}
          size="small"
          data-testid="report-rows"
          loading={query.isFetching}
          dataSource={data?.rows ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { key: 'y', title: t('culture.rep.year'), dataIndex: 'year' },
            { key: 't', title: t('field.type'), render: (_, r) => t(`culture.type.${r.type}`) },
            {
              key: 'c',
              title: t('field.countryCode'),
              render: (_, r) =>
                r.countryCode ? countryLabel(r.countryCode, lang) : t('culture.rep.noCountry'),
            },
            {
              key: 'd',
              title: t('field.districtCode'),
              render: (_, r) => (r.districtCode ? districtLabel(r.districtCode, lang) : t('app.empty')),
            },
            { key: 'p', title: t('field.planArea'), dataIndex: 'planArea' },
            { key: 'e', title: t('culture.rep.events'), dataIndex: 'events' },
            { key: 'a', title: t('culture.rep.audience'), render: (_, r) => formatNumber(r.audience, lang) },
          ]}
        />
      </Card>
    </Flex>
  );
}
