import { Card, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang } from '../../../i18n/language';

export interface SplitValue<T> {
  key: string;
  title: string;
  /** A count, or (money) whole đồng: a DongTotal string, exact at any size. */
  value: (row: T) => number | string;
  money?: boolean;
  /** The bar's colour when the card has a chart. */
  color?: string;
}

export interface SplitCardProps<T> {
  title: string;
  testId?: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The first column's heading and each row's name in it. */
  labelTitle: string;
  label: (row: T) => ReactNode;
  /** The records behind the row (the split as a filter); none for a row that cannot be filtered. */
  to: (row: T) => string | undefined;
  values: SplitValue<T>[];
  /** Also draws the values as bars, named by `chartName`. */
  chartName?: (row: T) => string;
  pageSize?: number;
}

/**
 * One split of a dashboard figure (by level, country, sector, agency, funding source…): an optional bar
 * chart and a table whose rows each open the records behind them.
 */
export function SplitCard<T>(props: SplitCardProps<T>) {
  const lang = useLang();
  const { values, chartName } = props;
  const columns: TableColumnsType<T> = [
    {
      key: 'label',
      title: props.labelTitle,
      render: (_, row) => {
        const to = props.to(row);
        return to ? <Link to={to}>{props.label(row)}</Link> : props.label(row);
      },
    },
    ...values.map((v) => ({
      key: v.key,
      title: v.title,
      align: 'right' as const,
      render: (_: unknown, row: T) =>
        v.money ? formatMoney(v.value(row), lang) : formatNumber(Number(v.value(row)), lang),
    })),
  ];
  return (
    <Card title={props.title} data-testid={props.testId} style={{ height: '100%' }}>
      {chartName && props.rows.length > 0 && (
        <ResponsiveContainer width="100%" height={220}>
          <BarChart
            // The bars' heights are numbers (Number() of a đồng total: for drawing only); the tooltip
            // shows each value exactly, from the row itself.
            data={props.rows.map((row) => ({
              name: chartName(row),
              row,
              ...Object.fromEntries(values.map((v) => [v.key, Number(v.value(row))])),
            }))}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis />
            <Tooltip
              formatter={(drawn, _name, item) => {
                const v = values.find((value) => value.key === item.dataKey);
                const row = (item.payload as { row?: T } | undefined)?.row;
                if (!v || row === undefined) return drawn;
                return v.money ? formatMoney(v.value(row), lang) : formatNumber(Number(v.value(row)), lang);
              }}
            />
            <Legend />
            {values.map((v) => (
              <Bar key={v.key} dataKey={v.key} name={v.title} fill={v.color ?? '#1677ff'} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
      <Table<T>
        size="small"
        rowKey={(row) => props.rowKey(row)}
        pagination={props.pageSize ? { pageSize: props.pageSize, hideOnSinglePage: true } : false}
        dataSource={[...props.rows]}
        columns={columns}
      />
    </Card>
  );
}
