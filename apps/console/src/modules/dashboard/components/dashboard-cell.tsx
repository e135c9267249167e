import { Col } from 'antd';
import type { ColProps } from 'antd';
import type { Dashboard } from '@ascc/contracts';
import type { ReactNode } from 'react';
import { FailLocal } from '../../../shared/fail-local';

/** One card of the dashboard in its column: a card that cannot be drawn shows its own error, the rest stay. */
export function Cell({ data, children, ...col }: ColProps & { data: Dashboard; children: ReactNode }) {
  return (
    <Col {...col}>
      <FailLocal resetKeys={[data]}>{children}</FailLocal>
    </Col>
  );
}
