import { Button, Empty, Flex, Typography } from 'antd';
import { useT } from '../../i18n/language';

/**
 * What an empty list shows: nothing while loading; with a search or filter on, a way to clear them;
 * otherwise what the list is for and, when the user may create, the create button.
 */
export function ListEmpty({
  pending,
  filtered,
  onClearFilters,
  emptyHint,
  createLabel,
  onCreate,
}: {
  pending: boolean;
  filtered: boolean;
  onClearFilters: () => void;
  emptyHint: string;
  /** Left out when the user may not create. */
  createLabel?: string;
  onCreate: () => void;
}) {
  const t = useT();
  if (pending) return <span />;
  if (filtered) {
    return (
      <Empty description={t('list.emptyFiltered')}>
        <Button onClick={onClearFilters}>{t('list.clearFilters')}</Button>
      </Empty>
    );
  }
  return (
    <Empty description={<EmptyDescription title={t('list.emptyTitle')} hint={emptyHint} />}>
      {createLabel !== undefined && (
        <Button type="primary" onClick={onCreate} data-testid="empty-create-button">
          {createLabel}
        </Button>
      )}
    </Empty>
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
