import { agencyLabel } from '@ascc/catalog';
import type { IndicatorProgress } from '@ascc/contracts';
import { Flex, Table } from 'antd';
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
import { useLang, useT } from '../../../i18n/language';
import { formatIndicatorValue, indicatorRecordsLink } from './indicator-format';
import { stackOnPhone, usePhone } from './phone-table';
import '../messages';

/** One indicator's values by year as a line against its target, and as a table with their sources. */
export default function IndicatorDetail({ progress: p }: { progress: IndicatorProgress }) {
  const t = useT();
  const lang = useLang();
  const shown = (v: number | string) => formatIndicatorValue(v, p.indicator.unit, lang);
  const computation = p.indicator.computation;
  const phone = usePhone();
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
        columns={stackOnPhone<IndicatorProgress['values'][number]>(phone, [
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
        ])}
      />
    </Flex>
  );
}
