import type { Page } from '@ascc/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Input, Result, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { formatNumber } from '../../format/format';
import { useLang, useT } from '../../i18n/language';
import type { Option } from '../form/controls';
import { errorText } from '../error-text';
import {
  type ListPatch,
  type ListQuerySchema,
  type ListState,
  PAGING_FIELDS,
  hasSearchOrFilter,
} from './list-state';
import { useListState } from './use-list-state';

export interface ListFilter {
  name: string;
  label: string;
  options: Option[];
}

export interface CreateFormProps {
  open: boolean;
  onClose: () => void;
}

export interface ListPageProps<T extends { id: string }, S extends ListQuerySchema> {
  title: string;
  /** The contract's list query schema; it parses the URL, so only values the server accepts get through. */
  schema: S;
  /** The entity's allowed sort fields; a column whose `key` is one of them becomes sortable. */
  sortFields: readonly string[];
  columns: TableColumnsType<T>;
  filters: ListFilter[];
  useList: (query: ListState<S>) => UseQueryResult<Page<T>>;
  createLabel: string;
  emptyHint: string;
  renderCreateForm: (props: CreateFormProps) => ReactNode;
}

const PAGE_SIZES = [10, 20, 50, 100];

/**
 * The building block of every department's list: server-side paging, sorting and search with the view
 * kept in the URL, filters, and the loading, empty and error states, plus the create drawer.
 */
export function ListPage<T extends { id: string }, S extends ListQuerySchema>(props: ListPageProps<T, S>) {
  const { title, schema, sortFields, columns, filters, useList, createLabel, emptyHint, renderCreateForm } =
    props;
  const t = useT();
  const lang = useLang();
  const { state, update } = useListState(schema);
  const values = state as Record<string, unknown>;
  const query = useList(state);
  const [creating, setCreating] = useState(false);

  const clearSearchAndFilters = () =>
    update(
      Object.fromEntries(
        Object.keys(schema.shape)
          .filter((name) => !PAGING_FIELDS.has(name))
          .map((name) => [name, undefined]),
      ) as ListPatch<S>,
    );

  const sortableColumns = columns.map((column) => {
    const key = String(column.key ?? '');
    if (!sortFields.includes(key)) return column;
    const sortOrder = values.sort === key ? (values.order === 'asc' ? 'ascend' : 'descend') : null;
    return { ...column, sorter: true, sortOrder } as (typeof columns)[number];
  });

  const onTableChange: TableProps<T>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'paginate') {
      update({ page: pagination.current, pageSize: pagination.pageSize } as ListPatch<S>);
    } else if (extra.action === 'sort') {
      const active = Array.isArray(sorter) ? sorter[0] : sorter;
      const order = active?.order === 'ascend' ? 'asc' : active?.order === 'descend' ? 'desc' : undefined;
      update({ sort: order ? active?.columnKey : undefined, order } as ListPatch<S>);
    }
  };

  const empty = query.isPending ? (
    <span />
  ) : hasSearchOrFilter(state) ? (
    <Empty description={t('list.emptyFiltered')}>
      <Button onClick={clearSearchAndFilters}>{t('list.clearFilters')}</Button>
    </Empty>
  ) : (
    <Empty description={<EmptyDescription title={t('list.emptyTitle')} hint={emptyHint} />}>
      <Button type="primary" onClick={() => setCreating(true)} data-testid="empty-create-button">
        {createLabel}
      </Button>
    </Empty>
  );

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="create-button">
          {createLabel}
        </Button>
      </Flex>

      <Flex wrap gap="small" role="search">
        <SearchBox
          value={String(values.q ?? '')}
          onSearch={(q) => update({ q: q || undefined } as ListPatch<S>)}
        />
        {filters.map((filter) => (
          <Select
            key={filter.name}
            aria-label={filter.label}
            data-testid={`filter-${filter.name}`}
            placeholder={t('list.filterAll', { label: filter.label })}
            allowClear
            popupMatchSelectWidth={false}
            style={{ minWidth: 180 }}
            value={values[filter.name] === undefined ? undefined : String(values[filter.name])}
            options={filter.options}
            onChange={(value?: string) => update({ [filter.name]: value } as ListPatch<S>)}
          />
        ))}
      </Flex>

      {query.isError && !query.data ? (
        <Result
          status="error"
          title={t('list.loadError')}
          subTitle={errorText(query.error, t)}
          extra={
            <Button type="primary" onClick={() => void query.refetch()}>
              {t('list.retry')}
            </Button>
          }
        />
      ) : (
        <>
          {query.isError && (
            <Alert
              type="warning"
              showIcon
              title={t('list.loadError')}
              description={errorText(query.error, t)}
              action={<Button onClick={() => void query.refetch()}>{t('list.retry')}</Button>}
            />
          )}
          <div data-testid="list-table">
            <Table<T>
              rowKey="id"
              columns={sortableColumns}
              dataSource={query.data?.items}
              loading={query.isFetching}
              onChange={onTableChange}
              locale={{ emptyText: empty }}
              scroll={{ x: 'max-content' }}
              pagination={{
                current: Number(values.page),
                pageSize: Number(values.pageSize),
                total: query.data?.total ?? 0,
                showSizeChanger: true,
                pageSizeOptions: PAGE_SIZES,
                showTotal: (total) =>
                  t(query.data?.totalCapped ? 'list.totalCapped' : 'list.total', {
                    total: formatNumber(total, lang),
                  }),
              }}
            />
          </div>
        </>
      )}
      {renderCreateForm({ open: creating, onClose: () => setCreating(false) })}
    </Flex>
  );
}

function EmptyDescription({ title, hint }: { title: string; hint: string }) {
  return (
    <Flex vertical>
      <Typography.Text strong>{title}</Typography.Text>
      <Typography.Text type="secondary">{hint}</Typography.Text>
    </Flex>
  );
}

/**
 * Keeps what is typed locally and searches on Enter or the button, not on every keystroke. Clearing the
 * box searches at once, since an empty box that still filters the list would be confusing.
 */
function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const t = useT();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <Space.Compact style={{ width: 420, maxWidth: '100%' }}>
      <Input
        data-testid="list-search"
        aria-label={t('list.searchLabel')}
        placeholder={t('list.searchPlaceholder')}
        allowClear
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value === '' && value !== '') onSearch('');
        }}
        onPressEnter={() => onSearch(text.trim())}
      />
      <Button type="primary" onClick={() => onSearch(text.trim())}>
        {t('list.searchLabel')}
      </Button>
    </Space.Compact>
  );
}
