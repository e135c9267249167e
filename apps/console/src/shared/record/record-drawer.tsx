import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Result, Skeleton, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useLocation, useParams } from 'react-router-dom';
import { useLang, useT } from '../../i18n/language';
import { errorText } from '../error-text';
import { HistoryPanel, type UseRecordHistory } from './history-panel';
import { type RecordField, formatPlainValue } from './record-values';

export interface RecordDrawerProps<T> {
  title: (record: T) => string;
  fields: RecordField[];
  useRecord: (id: string) => UseQueryResult<T>;
  /** The record's change history; without one (no audit route) the drawer shows its details only. */
  useHistory?: UseRecordHistory;
  /** Every field the record kind stores, to read its history by (the details' `fields` by default). */
  historyFields?: RecordField[];
  /** Actions on the loaded record beside the drawer's title (an edit button), if any. */
  actions?: (record: T) => ReactNode;
}

/**
 * One record over its list, at `<list>/<id>`: its fields, and the history of who changed what. Closing
 * goes back to the list as it was (same page, filters and search).
 */
export function RecordDrawer<T extends object>({
  title,
  fields,
  useRecord,
  useHistory,
  historyFields = fields,
  actions,
}: RecordDrawerProps<T>) {
  const t = useT();
  const lang = useLang();
  const { id = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const record = useRecord(id);
  const close = () => void navigate({ pathname: '..', search });

  const values = record.data as Record<string, unknown> | undefined;
  return (
    <Drawer
      open
      onClose={close}
      size={720}
      title={record.data ? title(record.data) : t('record.details')}
      extra={record.data && actions ? actions(record.data) : undefined}
      data-testid="record-drawer"
    >
      {record.isPending ? (
        <Skeleton active />
      ) : record.isError || !values ? (
        <Result
          status="error"
          title={t('record.loadError')}
          subTitle={errorText(record.error, t)}
          extra={<Button onClick={() => void record.refetch()}>{t('list.retry')}</Button>}
        />
      ) : (
        <Tabs
          items={[
            {
              key: 'details',
              label: t('record.details'),
              children: (
                <Descriptions
                  column={1}
                  bordered
                  size="small"
                  items={fields.map((field) => {
                    const value = values[field.name];
                    const empty = value === undefined || value === null || value === '';
                    return {
                      key: field.name,
                      label: field.label,
                      children:
                        !empty && field.format ? field.format(value) : formatPlainValue(value, t, lang),
                    };
                  })}
                />
              ),
            },
            ...(useHistory
              ? [
                  {
                    key: 'history',
                    label: <span data-testid="history-tab">{t('record.history')}</span>,
                    children: <HistoryPanel id={id} useHistory={useHistory} fields={historyFields} />,
                  },
                ]
              : []),
          ]}
        />
      )}
    </Drawer>
  );
}
