import { Badge, Card, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useT } from '../../../i18n/language';

export interface StatusCardProps {
  testId: string;
  title: string;
  up: boolean;
  details?: DescriptionsProps['items'];
  description?: string;
}

/** One component of the system with an up/down badge and what is known about it. */
export function StatusCard({ testId, title, up, details, description }: StatusCardProps) {
  const t = useT();
  return (
    <Card
      data-testid={testId}
      title={title}
      extra={<Badge status={up ? 'success' : 'error'} text={up ? t('status.up') : t('status.down')} />}
      style={{ height: '100%', borderColor: up ? undefined : '#ff4d4f' }}
    >
      {description && <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>}
      {details && details.length > 0 && <Descriptions column={1} size="small" items={details} />}
    </Card>
  );
}
