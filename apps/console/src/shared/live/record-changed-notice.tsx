import type { LiveKind } from '@ascc/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../../i18n/language';
import { clearNotice, holdRecord, noticeFor, subscribeLive } from './live-store';

/** The record an edit form changes, for live updates: its kind and id. */
export interface LiveRecord {
  kind: LiveKind;
  id: string;
}

/**
 * While an edit form is open, its record is held (live updates do not refresh it under the user's
 * typing); a change by another user since it opened is returned, with `reload`, which refreshes the
 * record and reports when the fresh values are in.
 */
export function useRecordChangedNotice(record: LiveRecord | undefined, open: boolean) {
  const client = useQueryClient();
  const kind = record?.kind;
  const id = record?.id;
  useEffect(() => (open && kind && id ? holdRecord(kind, id) : undefined), [open, kind, id]);
  const change = useSyncExternalStore(subscribeLive, () =>
    open && kind && id ? noticeFor(kind, id) : undefined,
  );
  const reload = async () => {
    if (!kind || !id) return;
    clearNotice(kind, id);
    // Every query naming this record (its page, its history) under its department.
    await client.invalidateQueries({
      predicate: (query) =>
        query.queryKey.some(
          (part) => !!part && typeof part === 'object' && (part as { id?: unknown }).id === id,
        ),
    });
  };
  return { change, reload };
}

/**
 * "This record was just changed by …" above an edit form, with a reload action: what the user typed is
 * replaced by the record as it is now (with its new version), so saving cannot silently undo the change.
 */
export function RecordChangedNotice({ by, onReload }: { by: string; onReload: () => Promise<void> }) {
  const t = useT();
  const [loading, setLoading] = useState(false);
  return (
    <Alert
      type="warning"
      showIcon
      title={t('live.changedBy', { by })}
      description={t('live.changedHint')}
      style={{ marginBottom: 16 }}
      data-testid="record-changed-notice"
      action={
        <Button
          size="small"
          loading={loading}
          data-testid="record-changed-reload"
          onClick={() => {
            setLoading(true);
            void onReload().finally(() => setLoading(false));
          }}
        >
          {t('live.reload')}
        </Button>
      }
    />
  );
}
