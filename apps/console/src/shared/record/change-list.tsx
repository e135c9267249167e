import type { AuditEntry } from '@ascc/contracts';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/language';
import { type RecordField, fieldLabel, formatPlainValue } from './record-values';

/** The fields an audit entry changed, each as `before → after` (only `after` for a new record). */
export function ChangeList({
  changes,
  fields = [],
}: {
  changes: AuditEntry['changes'];
  fields?: RecordField[];
}) {
  const t = useT();
  const show = (name: string, value: unknown): ReactNode => {
    if (value === undefined || value === null || value === '') return formatPlainValue(value, t);
    const format = fields.find((field) => field.name === name)?.format;
    return format ? format(value) : formatPlainValue(value, t);
  };
  return (
    <Flex vertical gap={2} data-testid="change-list">
      {Object.entries(changes).map(([name, change]) => {
        const label = fields.find((field) => field.name === name)?.label ?? fieldLabel(name, t);
        return (
          <div key={name} data-testid={`change-${name}`}>
            <Typography.Text type="secondary">{label}: </Typography.Text>
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
        );
      })}
    </Flex>
  );
}
