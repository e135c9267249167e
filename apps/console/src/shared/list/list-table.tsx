import type { Page } from '@ascc/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Result, Table } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { ReactNode } from 'react';
import { formatNumber } from '../../format/format';
import { useLang, useT } from '../../i18n/language';
import { errorText } from '../error-text';
import { CellError, failSafeColumns } from '../fail-local';
import { minimumTableWidth } from './column-choice';
import { PAGE_SIZES } from './list-view-logic';

/**
 * The list's rows with their paging, or its load error: in place of the table when nothing was loaded,
 * above it when the rows shown are from before.
 */
export function ListTable<T extends { id: string }>({
  query,
  columns,
  empty,
  onChange,
  screen,
  page,
  pageSize,
}: {
  query: UseQueryResult<Page<T>>;
  columns: TableColumnsType<T>;
  /** What the table says when it has no rows. */
  empty: ReactNode;
  onChange: TableProps<T>['onChange'];
  screen: 'phone' | 'wide';
  page: number;
  pageSize: number;
}) {
  const t = useT();
  const lang = useLang();
  if (query.isError && !query.data) {
    return (
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
    );
  }
  return (
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
          columns={failSafeColumns(columns, () => (
            <CellError />
          ))}
          dataSource={query.data?.items}
          loading={query.isFetching}
          onChange={onChange}
          locale={{ emptyText: empty }}
          size={screen === 'phone' ? 'small' : undefined}
          // Cells wrap down to the columns' widths; below that the table scrolls in its frame, never the page.
          scroll={{
            x: screen === 'phone' ? minimumTableWidth(columns, 90, 160) : minimumTableWidth(columns),
          }}
          pagination={{
            current: page,
            pageSize,
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
  );
}
