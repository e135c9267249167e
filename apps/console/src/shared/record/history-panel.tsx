import { agencyLabel } from '@ascc/catalog';
import type { AuditEntry, Page } from '@ascc/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Flex, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../format/format';
import { useLang, useT } from '../../i18n/language';
import { ChangeList } from './change-list';
import { type RecordField, type RecordFields, useRecordFields } from './record-values';
import { LocalError } from '../fail-local';

export const ACTION_COLORS = { create: 'green', update: 'blue', delete: 'red' } as const;

const PAGE_SIZE = 10;

export type UseRecordHistory = (
  id: string,
  page: number,
  pageSize: number,
) => UseQueryResult<Page<AuditEntry>>;

/** Who did what to a record and when, newest first, a page at a time, from the service's audit log. */
export function HistoryPanel({
  id,
  useHistory,
  fields,
}: {
  id: string;
  useHistory: UseRecordHistory;
  /** The record kind's fields (or their declaration), to label and format what changed. */
  fields: RecordField[] | RecordFields;
}) {
  const t = useT();
  const lang = useLang();
  const declared = useRecordFields(typeof fields === 'function' ? fields : () => fields);
  const [page, setPage] = useState(1);
  const history = useHistory(id, page, PAGE_SIZE);

  if (history.isPending) return <Skeleton active />;
  if (history.isError && !history.data) {
    return (
      <LocalError
        title={t('history.loadError')}
        error={history.error}
        onRetry={() => void history.refetch()}
      />
    );
  }
  const { items, total } = history.data;
  if (!items.length) return <Empty description={t('history.empty')} />;

  return (
    <Flex vertical gap="middle" data-testid="history">
      <Typography.Text type="secondary">{t('history.total', { total })}</Typography.Text>
      {items.map((entry) => (
        <Flex
          key={entry.id}
          vertical
          gap={4}
          data-testid="history-entry"
          style={{ borderLeft: '3px solid #e6ebf5', paddingLeft: 12 }}
        >
          <Flex wrap gap="small" align="center">
            <Tag color={ACTION_COLORS[entry.action]}>{t(`history.action.${entry.action}`)}</Tag>
            <Typography.Text strong data-testid="history-user">
              {t('history.by', { user: entry.username, agency: agencyLabel(entry.agencyCode, lang) })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {formatDateTime(entry.at, lang, { seconds: true })}
            </Typography.Text>
          </Flex>
          <ChangeList changes={entry.changes} fields={declared} />
        </Flex>
      ))}
      {total > PAGE_SIZE && (
        <Pagination
          size="small"
          current={page}
          pageSize={PAGE_SIZE}
          total={total}
          showSizeChanger={false}
          onChange={setPage}
        />
      )}
    </Flex>
  );
}
