import type { Page, PermissionKey } from '@ascc/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import {
  Alert,
  Button,
  DatePicker,
  Empty,
  Flex,
  Grid,
  Input,
  Result,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useResolvedPath } from 'react-router-dom';
import { dateInputFormats, formatNumber, fromCalendarDate, toCalendarDate } from '../../format/format';
import { useLang, useT } from '../../i18n/language';
import { useSessionUser } from '../../app/use-session';
import { useCan } from '../../modules/auth/hooks/use-can';
import type { Option } from '../form/controls';
import { errorText } from '../error-text';
import { CellError, failSafeColumns } from '../fail-local';
import { Forbidden } from '../forbidden';
import {
  type ListPatch,
  type ListQuerySchema,
  type ListState,
  PAGING_FIELDS,
  hasSearchOrFilter,
} from './list-state';
import { useListState } from './use-list-state';
import { ColumnChooser } from './column-chooser';
import {
  type ColumnDefaults,
  arrangeColumns,
  columnStorageKey,
  minimumTableWidth,
  useColumnChoice,
} from './column-choice';

/** A select (the default), a text box applied on Enter, or a from–to date range (two URL fields). */
export type ListFilter =
  | {
      kind?: 'select';
      name: string;
      label: string;
      options: Option[];
      /** Always has a value (its schema default), so it cannot be cleared. */
      required?: boolean;
    }
  | { kind: 'text'; name: string; label: string }
  | { kind: 'dateRange'; name: string; to: string; label: string; toLabel: string };

export interface CreateFormProps {
  open: boolean;
  onClose: () => void;
}

export interface ListPageProps<T extends { id: string }, S extends ListQuerySchema> {
  title: string;
  /** The contract's list query schema; it parses the URL, so only values the server accepts get through. */
  schema: S;
  /** The entity's allowed sort fields; a column whose `key` is one of them becomes sortable. */
  sortFields?: readonly string[];
  columns: TableColumnsType<T>;
  filters: ListFilter[];
  useList: (query: ListState<S>) => UseQueryResult<Page<T>>;
  /** Who may read this list; anyone else is told so instead of meeting a failing request. */
  readPermission?: PermissionKey;
  /**
   * Query values fixed for this user, e.g. their own agency when that is all they may see: sent with
   * every request and shown, but not offered to change or clear.
   */
  fixedValues?: Record<string, string>;
  /** The free-text search box (`q`); off for lists whose query has none. */
  search?: boolean;
  /** With both, a create button (and the empty list's call to action); left out when the user may not create. */
  createLabel?: string;
  renderCreateForm?: (props: CreateFormProps) => ReactNode;
  emptyHint: string;
  /**
   * Gives each row a link to `<list path>/<id>`, where a nested route shows the record in a drawer over
   * the list; the name is what the link says to a screen reader.
   */
  recordName?: (record: T) => string;
  /**
   * Which columns show before the user chooses (the column chooser keeps each user's choice per list):
   * key columns pinned, wide ones hidden, and the few a phone shows.
   */
  columnDefaults?: ColumnDefaults;
}

const PAGE_SIZES = [10, 20, 50, 100];

/**
 * The building block of every list: server-side paging, sorting and search with the view kept in the
 * URL, filters, and the loading, empty and error states, plus the create drawer and the record drawer.
 */
export function ListPage<T extends { id: string }, S extends ListQuerySchema>(props: ListPageProps<T, S>) {
  const readable = useCan(props.readPermission ?? 'public');
  return readable.allowed ? <ListView {...props} /> : <Forbidden />;
}

function ListView<T extends { id: string }, S extends ListQuerySchema>(props: ListPageProps<T, S>) {
  const { title, schema, columns, filters, useList, createLabel, emptyHint, renderCreateForm } = props;
  const sortFields = props.sortFields ?? [];
  const t = useT();
  const lang = useLang();
  const { search } = useLocation();
  const { state, update } = useListState(schema);
  const fixedValues = props.fixedValues ?? {};
  const values = { ...(state as Record<string, unknown>), ...fixedValues };
  const query = useList(values as ListState<S>);
  const [creating, setCreating] = useState(false);
  const canCreate = createLabel !== undefined && renderCreateForm !== undefined;

  const notChosen = new Set([
    ...Object.keys(fixedValues),
    ...filters
      .filter((filter) => (filter.kind ?? 'select') === 'select' && 'required' in filter && filter.required)
      .map((filter) => filter.name),
  ]);
  const clearSearchAndFilters = () =>
    update(
      Object.fromEntries(
        Object.keys(schema.shape)
          .filter((name) => !PAGING_FIELDS.has(name) && !notChosen.has(name))
          .map((name) => [name, undefined]),
      ) as ListPatch<S>,
    );

  const sortableColumns = columns.map((column) => {
    const key = String(column.key ?? '');
    if (!sortFields.includes(key)) return column;
    const sortOrder = values.sort === key ? (values.order === 'asc' ? 'ascend' : 'descend') : null;
    return { ...column, sorter: true, sortOrder } as (typeof columns)[number];
  });
  const recordName = props.recordName;
  const user = useSessionUser();
  const listPath = useResolvedPath('.').pathname;
  const screen = Grid.useBreakpoint().md === false ? 'phone' : 'wide';
  const columnDefaults = props.columnDefaults ?? {};
  const columnKeys = columns.map((column) => String(column.key ?? ''));
  const columnChoice = useColumnChoice(
    columnKeys,
    columnDefaults,
    screen,
    user ? columnStorageKey(user.username, listPath, screen) : undefined,
  );
  const chosenColumns = arrangeColumns(sortableColumns, columnChoice.shown, columnDefaults, screen);
  const shownColumns: TableColumnsType<T> = recordName
    ? [
        ...chosenColumns,
        {
          key: 'open',
          title: '',
          width: 72,
          fixed: screen === 'wide' ? 'right' : undefined,
          render: (_, record) => (
            <Link
              to={{ pathname: record.id, search }}
              data-testid="open-record"
              aria-label={t('list.openRecord', { name: recordName(record) })}
            >
              {t('list.open')}
            </Link>
          ),
        },
      ]
    : chosenColumns;

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
  ) : hasSearchOrFilter(state, notChosen) ? (
    <Empty description={t('list.emptyFiltered')}>
      <Button onClick={clearSearchAndFilters}>{t('list.clearFilters')}</Button>
    </Empty>
  ) : (
    <Empty description={<EmptyDescription title={t('list.emptyTitle')} hint={emptyHint} />}>
      {canCreate && (
        <Button type="primary" onClick={() => setCreating(true)} data-testid="empty-create-button">
          {createLabel}
        </Button>
      )}
    </Empty>
  );

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {canCreate && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="create-button">
            {createLabel}
          </Button>
        )}
      </Flex>

      <Flex wrap gap="small" role="search">
        {props.search !== false && (
          <SearchBox
            value={String(values.q ?? '')}
            onSearch={(q) => update({ q: q || undefined } as ListPatch<S>)}
          />
        )}
        {filters.map((filter) => (
          <FilterControl
            key={filter.name}
            filter={filter}
            values={values}
            fixed={filter.name in fixedValues}
            onChange={(patch) => update(patch as ListPatch<S>)}
          />
        ))}
        <ColumnChooser
          columns={columns.map((column, index) => ({
            key: columnKeys[index],
            label: typeof column.title === 'string' ? column.title : columnKeys[index],
            pinned: columnDefaults.pinned?.includes(columnKeys[index]) ?? false,
          }))}
          shown={columnChoice.shown}
          changed={columnChoice.chosen}
          onChange={columnChoice.choose}
          onReset={() => columnChoice.choose(undefined)}
        />
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
              // One bad record shows its own error in its cells; the other rows still work.
              columns={failSafeColumns(shownColumns, () => (
                <CellError />
              ))}
              dataSource={query.data?.items}
              loading={query.isFetching}
              onChange={onTableChange}
              locale={{ emptyText: empty }}
              size={screen === 'phone' ? 'small' : undefined}
              // Cells wrap down to the columns' widths; below that the table scrolls in its frame, never the page.
              scroll={{
                x:
                  screen === 'phone'
                    ? minimumTableWidth(shownColumns, 90, 160)
                    : minimumTableWidth(shownColumns),
              }}
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
      {canCreate && renderCreateForm({ open: creating, onClose: () => setCreating(false) })}
      {/* The record drawer's route, when one is open. */}
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    </Flex>
  );
}

function FilterControl({
  filter,
  values,
  fixed,
  onChange,
}: {
  filter: ListFilter;
  values: Record<string, unknown>;
  fixed: boolean;
  onChange: (patch: Record<string, unknown>) => void;
}) {
  const t = useT();
  const lang = useLang();
  const text = (name: string) => (values[name] === undefined ? undefined : String(values[name]));
  if (filter.kind === 'text') {
    return (
      <TextFilter
        label={filter.label}
        testId={`filter-${filter.name}`}
        value={text(filter.name) ?? ''}
        onApply={(value) => onChange({ [filter.name]: value || undefined })}
      />
    );
  }
  if (filter.kind === 'dateRange') {
    const from = text(filter.name);
    const to = text(filter.to);
    return (
      <DatePicker.RangePicker
        data-testid={`filter-${filter.name}`}
        aria-label={filter.label}
        format={dateInputFormats(lang)}
        placeholder={[filter.label, filter.toLabel]}
        allowEmpty={[true, true]}
        value={[from ? fromCalendarDate(from) : null, to ? fromCalendarDate(to) : null]}
        onChange={(dates) =>
          onChange({
            [filter.name]: dates?.[0] ? toCalendarDate(dates[0]) : undefined,
            [filter.to]: dates?.[1] ? toCalendarDate(dates[1]) : undefined,
          })
        }
      />
    );
  }
  return (
    <Select
      aria-label={filter.label}
      data-testid={`filter-${filter.name}`}
      placeholder={t('list.filterAll', { label: filter.label })}
      allowClear={!fixed && !filter.required}
      disabled={fixed}
      popupMatchSelectWidth={false}
      style={{ minWidth: 180, maxWidth: '100%' }}
      value={text(filter.name)}
      options={filter.options}
      onChange={(value?: string) => onChange({ [filter.name]: value })}
    />
  );
}

/** A text filter applies on Enter or on leaving the box, not on every keystroke. */
function TextFilter({
  label,
  testId,
  value,
  onApply,
}: {
  label: string;
  testId: string;
  value: string;
  onApply: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const apply = () => {
    if (text.trim() !== value) onApply(text.trim());
  };
  return (
    <Input
      data-testid={testId}
      aria-label={label}
      placeholder={label}
      allowClear
      style={{ width: 200, maxWidth: '100%' }}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        if (event.target.value === '' && value !== '') onApply('');
      }}
      onPressEnter={apply}
      onBlur={apply}
    />
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
