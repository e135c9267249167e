import { CreateBudgetEstimateSchema, FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@ascc/contracts';
import { Col, Input, Row } from 'antd';
import { useT } from '../../../i18n/language';
import { useOwnAgencyDefaults } from '../../auth/hooks/use-can';
import { AgencySelect, YearInput } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateBudgetEstimate } from '../hooks/use-budget-estimates';
import '../messages';

/**
 * Every agency drafts its own estimate: an editor's agency is their own, an administrator picks one.
 * The lines are written in the estimate's grid once it exists.
 */
function defaults() {
  const year = Math.min(Math.max(new Date().getFullYear(), FISCAL_YEAR_MIN), FISCAL_YEAR_MAX);
  return { fiscalYear: year };
}

export function BudgetEstimateForm({
  open,
  onClose,
  initialValues,
}: CreateFormProps & { initialValues?: Record<string, unknown> }) {
  const t = useT();
  const start = useOwnAgencyDefaults('budget.estimate.create', defaults(), initialValues);
  const { ownAgency } = start;
  const create = useCreateBudgetEstimate();
  return (
    <CreateDrawer
      name="budget-estimate"
      title={t('budget.create')}
      open={open}
      onClose={onClose}
      schema={CreateBudgetEstimateSchema}
      initialValues={start.initialValues}
      onSubmit={create.mutateAsync}
    >
      <Row gutter={16}>
        <Col span={16}>
          <FormField name="agencyCode" label={t('field.agencyCode')}>
            <AgencySelect only={ownAgency} />
          </FormField>
        </Col>
        <Col span={8}>
          <FormField name="fiscalYear" label={t('field.fiscalYear')}>
            <YearInput />
          </FormField>
        </Col>
      </Row>
      <FormField name="titleVi" label={t('field.titleVi')}>
        <Input />
      </FormField>
      <FormField name="notes" label={t('field.notes')}>
        <Input.TextArea rows={4} />
      </FormField>
    </CreateDrawer>
  );
}
