import type { TableColumnType } from 'antd';
import { Link } from 'react-router-dom';
import type { Translate } from '../../i18n/translate';

/**
 * The last column of a list whose records open in a drawer: a link to `<list path>/<id>` keeping the
 * list's view (`search`), named for a screen reader; pinned to the right on a wide screen.
 */
export function openRecordColumn<T extends { id: string }>(
  t: Translate,
  search: string,
  recordName: (record: T) => string,
  screen: 'phone' | 'wide',
): TableColumnType<T> {
  return {
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
  };
}
