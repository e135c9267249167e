import { Children, type ReactNode } from 'react';
import { Col, Row } from 'antd';
import { useT } from '../../i18n/language';
import { AgencySelect, DateInput, PlanAreaSelect } from './controls';
import { FormField } from './form-field';

/** Fields side by side in equal columns. */
export function FieldRow({ children }: { children: ReactNode }) {
  const items = Children.toArray(children);
  return (
    <Row gutter={16}>
      {items.map((child, i) => (
        <Col key={i} span={24 / items.length}>
          {child}
        </Col>
      ))}
    </Row>
  );
}

/**
 * The agency and plan area every plan record names. `ownAgency`: the only agency the user may pick,
 * when their grant reaches their own agency alone.
 */
export function AgencyAndPlanAreaFields({
  ownAgency,
  agencyLabel,
}: {
  ownAgency?: string;
  agencyLabel?: string;
}) {
  const t = useT();
  return (
    <>
      <FormField name="agencyCode" label={agencyLabel ?? t('field.agencyCode')}>
        <AgencySelect only={ownAgency} />
      </FormField>
      <FormField name="planArea" label={t('field.planArea')}>
        <PlanAreaSelect />
      </FormField>
    </>
  );
}

/** Start and end dates; the shared schemas check the end is not before the start. */
export function DateRangeFields() {
  const t = useT();
  return (
    <FieldRow>
      <FormField name="startDate" label={t('field.startDate')}>
        <DateInput />
      </FormField>
      <FormField name="endDate" label={t('field.endDate')}>
        <DateInput />
      </FormField>
    </FieldRow>
  );
}
