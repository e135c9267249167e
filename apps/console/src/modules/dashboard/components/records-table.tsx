import { agencyLabel, countryLabel } from '@ascc/catalog';
import type { PlanRecord, PlanRecordFigures, PlanRecordPage } from '@ascc/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { formatMoney, formatNumber } from '../../../format/format';
import type { Lang } from '@ascc/catalog';
import { useLang, useT } from '../../../i18n/language';
import {
  type FigureName,
  KIND_FIGURES,
  MAIN_FIGURE,
  MONEY_FIGURES,
  type RecordsQuery,
  recordPath,
} from '../records-link';
import '../messages';

export type RecordsPaging = Partial<Pick<RecordsQuery, 'page' | 'pageSize' | 'sort' | 'order'>>;

const PAGE_SIZES = [10, 20, 50, 100];
/** Title, code, agency, year, plan area: the columns before the figures. */
const LEADING_COLUMNS = 5;

/** A figure as the table shows it: money in đồng, counts grouped, countries by name. */
export function figureText(name: FigureName, figures: PlanRecordFigures, lang: Lang): string {
  const value = figures[name];
  if (value === undefined) return '—';
  if (Array.isArray(value)) return value.map((code) => countryLabel(code, lang)).join(', ') || '—';
  return MONEY_FIGURES.has(name) ? formatMoney(value, lang) : formatNumber(Number(value), lang);
}

/**
 * The records behind a figure (courses, events, aid projects, delegations or budget lines): paged and
 * sorted by the server, each row opening the record in its department, and a totals row summing every
 * matching record, not only this page, so it reads the same as the figure that was opened.
 */
export function RecordsTable(props: {
  query: RecordsQuery;
  result: UseQueryResult<PlanRecordPage>;
  onChange: (patch: RecordsPaging) => void;
  testId?: string;
}) {
  const { query, result, onChange } = props;
  const t = useT();
  const lang = useLang();
  const kind = query.kind;
  const figures = KIND_FIGURES[kind] as readonly FigureName[];
  const sortOrder = (key: string) =>
    query.sort === key ? (query.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;

  const columns: TableColumnsType<PlanRecord> = [
    {
      key: 'title',
      title: t('reporting.records.titleCol'),
      sorter: true,
      sortOrder: sortOrder('title'),
      render: (_, r) => (
        <Link to={recordPath(r)} data-testid="open-plan-record">
          {r.title ?? t('reporting.records.untitled')}
        </Link>
      ),
    },
    { key: 'code', title: t('reporting.records.code'), render: (_, r) => r.code ?? '—' },
    { key: 'agency', title: t('field.agencyCode'), render: (_, r) => agencyLabel(r.agencyCode, lang) },
    {
      key: 'year',
      title: t('reporting.records.year'),
      sorter: true,
      sortOrder: sortOrder('year'),
      render: (_, r) => r.year ?? '—',
    },
    {
      key: 'planArea',
      title: t('field.planArea'),
      render: (_, r) =>
        r.planArea ? (
          <Link to={`/plan/${r.planArea}`} data-testid="record-plan-area">
            {r.planArea}
          </Link>
        ) : (
          '—'
        ),
    },
    ...figures.map((name) => {
      const main = MAIN_FIGURE[kind] === name;
      return {
        key: main ? 'figure' : name,
        title: t(`reporting.fig.${name}`),
        align: name === 'countries' ? undefined : ('right' as const),
        ...(main && { sorter: true, sortOrder: sortOrder('figure') }),
        render: (_: unknown, r: PlanRecord) => figureText(name, r.figures, lang),
      };
    }),
  ];

  const onTableChange: TableProps<PlanRecord>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'paginate') {
      onChange({ page: pagination.current, pageSize: pagination.pageSize });
    } else if (extra.action === 'sort') {
      const active = Array.isArray(sorter) ? sorter[0] : sorter;
      const order = active?.order === 'ascend' ? 'asc' : active?.order === 'descend' ? 'desc' : undefined;
      onChange({
        page: 1,
        sort: order ? (active?.columnKey as RecordsQuery['sort']) : undefined,
        order,
      });
    }
  };

  const data = result.data;
  const total = (name: FigureName) => {
    const value = data?.totals[name];
    return Array.isArray(value)
      ? formatNumber(value.length, lang)
      : figureText(name, data?.totals ?? {}, lang);
  };
  return (
    <div data-testid={props.testId ?? 'records-table'}>
      <Table<PlanRecord>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items}
        loading={result.isFetching}
        onChange={onTableChange}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: result.isPending ? <span /> : <Empty description={t('reporting.records.empty')} />,
        }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          hideOnSinglePage: false,
        }}
        summary={() =>
          data && data.total > 0 ? (
            <Table.Summary.Row data-testid="records-totals">
              <Table.Summary.Cell index={0} colSpan={LEADING_COLUMNS}>
                <Typography.Text strong>{t('reporting.records.total')}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  (<span data-testid="records-total-count">{formatNumber(data.total, lang)}</span>
                  {data.totalCapped ? '+' : ''} {t('reporting.records.count')})
                </Typography.Text>
              </Table.Summary.Cell>
              {figures.map((name, i) => (
                <Table.Summary.Cell
                  key={name}
                  index={LEADING_COLUMNS + i}
                  align={name === 'countries' ? undefined : 'right'}
                >
                  <Typography.Text strong data-testid={`records-total-${name}`}>
                    {total(name)}
                  </Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
    </div>
  );
}
