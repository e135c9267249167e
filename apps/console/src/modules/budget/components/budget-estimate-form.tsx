import { CreateBudgetEstimateSchema, FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@ascc/contracts';
import { Col, Input, Row } from 'antd';
import { useT } from '../../../i18n/language';
import {
  AgencySelect,
  FundingSourceSelect,
  MoneyInput,
  PlanAreaSelect,
  YearInput,
} from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateBudgetEstimate } from '../hooks/use-budget-estimates';

/**
 * Every agency drafts its own estimate, so the agency and plan area are left for the user to pick. Most
 * estimates are for this year and from the state budget (section VI.1).
 */
function defaults() {
  const year = Math.min(Math.max(new Date().getFullYear(), FISCAL_YEAR_MIN), FISCAL_YEAR_MAX);
  return { fiscalYear: year, fundingSource: 'PROVINCIAL_BUDGET' };
}

export function BudgetEstimateForm({
  open,
  onClose,
  initialValues,
}: CreateFormProps & { initialValues?: Record<string, unknown> }) {
  const t = useT();
  const create = useCreateBudgetEstimate();
  return (
    <CreateDrawer
      name="budget-estimate"
      title={t('budget.create')}
      open={open}
      onClose={onClose}
      schema={CreateBudgetEstimateSchema}
      initialValues={{ ...defaults(), ...initialValues }}
      onSubmit={create.mutateAsync}
    >
      <Row gutter={16}>
        <Col span={16}>
          <FormField name="agencyCode" label={t('field.agencyCode')}>
            <AgencySelect />
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
      <FormField name="planArea" label={t('field.planArea')}>
        <PlanAreaSelect />
      </FormField>
      <FormField name="fundingSource" label={t('field.fundingSource')}>
        <FundingSourceSelect />
      </FormField>
      <FormField name="requestedAmount" label={t('field.requestedAmount')}>
        <MoneyInput />
      </FormField>
      <FormField name="notes" label={t('field.notes')}>
        <Input.TextArea rows={4} />
      </FormField>
    </CreateDrawer>
  );
}
