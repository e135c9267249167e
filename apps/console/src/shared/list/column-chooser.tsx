import { Button, Checkbox, Flex, Popover, Typography } from 'antd';
import { useT } from '../../i18n/language';

export interface ChoosableColumn {
  key: string;
  label: string;
  /** A key column: always shown, so its box is ticked and cannot be cleared. */
  pinned: boolean;
}

/** The list's "Columns" button: a box per column to show or hide it, and a way back to the defaults. */
export function ColumnChooser({
  columns,
  shown,
  onChange,
  onReset,
  changed,
}: {
  columns: ChoosableColumn[];
  shown: readonly string[];
  onChange: (shown: string[]) => void;
  onReset: () => void;
  changed: boolean;
}) {
  const t = useT();
  const content = (
    <Flex
      vertical
      gap={4}
      data-testid="column-chooser"
      style={{ maxWidth: 'min(320px, calc(100vw - 48px))' }}
    >
      {columns.map((column) => (
        <Checkbox
          key={column.key}
          checked={column.pinned || shown.includes(column.key)}
          disabled={column.pinned}
          data-testid={`column-toggle-${column.key}`}
          onChange={(event) =>
            onChange(
              event.target.checked ? [...shown, column.key] : shown.filter((key) => key !== column.key),
            )
          }
        >
          {column.label}
          {column.pinned && <Typography.Text type="secondary"> · {t('list.columnPinned')}</Typography.Text>}
        </Checkbox>
      ))}
      <Button
        size="small"
        type="link"
        disabled={!changed}
        onClick={onReset}
        style={{ alignSelf: 'start', padding: 0 }}
      >
        {t('list.columnsReset')}
      </Button>
    </Flex>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('list.columnsTitle')} content={content}>
      <Button data-testid="column-chooser-button">{t('list.columns')}</Button>
    </Popover>
  );
}
