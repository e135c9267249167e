import type { AuditEntry } from '@ascc/contracts';
import { Flex, Typography } from 'antd';
import { useLang, useT } from '../../i18n/language';
import { type RecordField, fieldLabel, formatFieldValue } from './record-values';

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);

/** Keys a person has no use for in a history: the record's own id. */
const UNREAD_KEYS = new Set(['id']);

/**
 * The fields an audit entry changed, each as `label: before → after` (only `after` for a new record),
 * labelled and formatted by the record kind's fields.
 */
export function ChangeList({
  changes,
  fields = [],
}: {
  changes: AuditEntry['changes'];
  fields?: RecordField[];
}) {
  const t = useT();
  const lang = useLang();
  const show = (name: string, value: unknown) => formatFieldValue(name, value, fields, t, lang);
  return (
    <Flex vertical gap={2} data-testid="change-list">
      {Object.entries(changes)
        .filter(([name]) => !UNREAD_KEYS.has(name) && !fields.some((f) => f.name === name && f.hidden))
        // A new record lists what it was given, not every field it left empty.
        .filter(([, change]) => 'before' in change || !isEmpty(change.after))
        .map(([name, change]) => (
          <div key={name} data-testid={`change-${name}`}>
            <Typography.Text type="secondary">{fieldLabel(name, t, fields)}: </Typography.Text>
            {'before' in change && (
              <>
                <Typography.Text delete>{show(name, change.before)}</Typography.Text>
                <span aria-hidden> → </span>
              </>
            )}
            <Typography.Text strong>
              {'after' in change ? show(name, change.after) : t('app.empty')}
            </Typography.Text>
          </div>
        ))}
    </Flex>
  );
}
