import { AUDIT_ACTIONS, type AuditEntry } from '@ascc/contracts';
import { agencyLabel } from '@ascc/catalog';
import { Flex, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { formatDateTime } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { enumOptions } from '../../../shared/form/controls';
import { type ListFilter, ListPage } from '../../../shared/list/list-page';
import { ChangeList } from '../../../shared/record/change-list';
import { ACTION_COLORS } from '../../../shared/record/history-panel';
import { AUDIT_SOURCES, AuditSearchSchema } from '../api/audit.api';
import { useAuditSearch } from '../hooks/use-audit';
import { RECORD_KIND_NAMES, recordKindFields, recordKindLabel } from '../record-kinds';

/** The key column stays at the left edge; a phone shows it with only the essentials. */
const COLUMN_DEFAULTS = { pinned: ['at'], phone: ['action', 'entity'] };

/** Administrators search one service's audit log: who changed what, when, with the values before → after. */
export default function AuditPage() {
  const t = useT();
  const lang = useLang();

  const columns = useMemo<TableColumnsType<AuditEntry>>(
    () => [
      {
        key: 'at',
        title: t('audit.at'),
        dataIndex: 'at',
        render: (at: string) => (
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at, lang, { seconds: true })}</span>
        ),
      },
      {
        key: 'username',
        title: t('audit.username'),
        render: (_, entry) => (
          <Flex vertical>
            <Typography.Text strong>{entry.username}</Typography.Text>
            <Typography.Text type="secondary">{agencyLabel(entry.agencyCode, lang)}</Typography.Text>
          </Flex>
        ),
      },
      {
        key: 'action',
        title: t('audit.action'),
        dataIndex: 'action',
        render: (action: AuditEntry['action']) => (
          <Tag color={ACTION_COLORS[action]}>{t(`history.action.${action}`)}</Tag>
        ),
      },
      {
        key: 'entity',
        title: t('audit.entity'),
        render: (_, entry) => (
          <Flex vertical>
            <Typography.Text>{recordKindLabel(entry.entity, t)}</Typography.Text>
            <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
              {entry.entityId}
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: 'changes',
        title: t('audit.changes'),
        width: 480,
        render: (_, entry) => (
          <ChangeList changes={entry.changes} fields={recordKindFields(entry.entity, t, lang)} />
        ),
      },
    ],
    [t, lang],
  );

  const filters = useMemo<ListFilter[]>(
    () => [
      {
        name: 'service',
        label: t('audit.service'),
        required: true,
        options: enumOptions(AUDIT_SOURCES, (source) =>
          source === 'identity' ? t('audit.source.identity') : t(`status.service.${source}`),
        ),
      },
      { kind: 'text', name: 'username', label: t('audit.username') },
      {
        name: 'action',
        label: t('audit.action'),
        options: enumOptions(AUDIT_ACTIONS, (action) => t(`history.action.${action}`)),
      },
      {
        name: 'entity',
        label: t('audit.entity'),
        options: RECORD_KIND_NAMES.map((value) => ({ value, label: recordKindLabel(value, t) })),
      },
      { kind: 'dateRange', name: 'from', to: 'to', label: t('audit.from'), toLabel: t('audit.to') },
    ],
    [t],
  );

  return (
    <ListPage
      columnDefaults={COLUMN_DEFAULTS}
      title={t('audit.title')}
      schema={AuditSearchSchema}
      columns={columns}
      filters={filters}
      useList={useAuditSearch}
      readPermission="audit.read"
      search={false}
      emptyHint={t('audit.emptyHint')}
    />
  );
}
