import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../i18n/language';
import '../messages';

/** One headline figure of the dashboard, opening the records behind it. */
export function FigureCard(props: {
  testId: string;
  title: string;
  value: string;
  to: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Card
      data-testid={props.testId}
      title={props.title}
      actions={[
        <Link key="open" to={props.to} data-testid={`${props.testId}-open`}>
          {t('reporting.open')}
        </Link>,
      ]}
      style={{ height: '100%' }}
    >
      <Link to={props.to}>
        <Statistic value={props.value} valueRender={(v) => <span data-testid="figure-value">{v}</span>} />
      </Link>
      <Typography.Text type="secondary">{props.children}</Typography.Text>
    </Card>
  );
}
