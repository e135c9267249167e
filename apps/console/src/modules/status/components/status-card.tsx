import { Badge, Card, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useT } from '../../../i18n/language';

export interface StatusCardProps {
  testId: string;
  title: string;
  up: boolean;
  /** Answering, but a part of it (a consumer, the read model) is lagging or failing. */
  degraded?: boolean;
  details?: DescriptionsProps['items'];
  description?: string;
}

/** One component of the system with an up/down badge and what is known about it. */
export function StatusCard({ testId, title, up, degraded, details, description }: StatusCardProps) {
  const t = useT();
  const badge = !up
    ? { status: 'error' as const, text: t('status.down') }
    : degraded
      ? { status: 'warning' as const, text: t('status.degradedState') }
      : { status: 'success' as const, text: t('status.up') };
  return (
    <Card
      data-testid={testId}
      title={title}
      extra={<Badge status={badge.status} text={badge.text} />}
      style={{ height: '100%', borderColor: !up ? '#ff4d4f' : degraded ? '#faad14' : undefined }}
    >
      {description && <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>}
      {details && details.length > 0 && <Descriptions column={1} size="small" items={details} />}
    </Card>
  );
}
