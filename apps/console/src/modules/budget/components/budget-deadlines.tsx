import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, SetBudgetDeadlineSchema } from '@ascc/contracts';
import { Alert, Button, Card, Flex, Table, Typography, message } from 'antd';
import { formatDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { DateInput, EnumSelect } from '../../../shared/form/controls';
import { FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import { SchemaForm, useSchemaForm } from '../../../shared/form/schema-form';
import { useBudgetDeadlines, useSetBudgetDeadline } from '../hooks/use-budget-estimates';
import '../messages';

const YEARS = Array.from({ length: FISCAL_YEAR_MAX - FISCAL_YEAR_MIN + 1 }, (_, i) =>
  String(FISCAL_YEAR_MAX - i),
);

/**
 * The submission deadline of each fiscal year: everyone who reads the consolidation sees them; Finance
 * (budget.consolidation.manage) sets one with the form, checked with the contract's schema.
 */
export function BudgetDeadlines({ initialYear }: { initialYear: number }) {
  const t = useT();
  const lang = useLang();
  const canRead = useCan('budget.consolidation.read').allowed;
  const canSet = useCan('budget.consolidation.manage').allowed;
  const deadlines = useBudgetDeadlines(canRead);
  const set = useSetBudgetDeadline();
  const [toast, toastHolder] = message.useMessage();
  const controls = useSchemaForm({
    schema: SetBudgetDeadlineSchema,
    onSubmit: (input) => set.mutateAsync(input),
    onSuccess: () => {
      const year = String(controls.form.getFieldValue('fiscalYear'));
      void toast.success(t('budget.deadlines.saved', { year }));
    },
  });
  if (!canRead) return null;

  return (
    <Card title={t('budget.deadlines.title')} size="small" data-testid="budget-deadlines">
      {toastHolder}
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{t('budget.deadlines.hint')}</Typography.Text>
        <Table
          size="small"
          rowKey="fiscalYear"
          pagination={false}
          loading={deadlines.isPending}
          dataSource={deadlines.data?.items}
          locale={{ emptyText: t('budget.deadlines.empty') }}
          columns={[
            { key: 'year', title: t('field.fiscalYear'), dataIndex: 'fiscalYear' },
            {
              key: 'deadline',
              title: t('budget.deadlines.deadline'),
              render: (_, d) => formatDate(d.deadline, lang),
            },
          ]}
        />
        {canSet && (
          <SchemaForm
            controls={controls}
            name="budget-deadline"
            initialValues={{ fiscalYear: String(initialYear) }}
          >
            {controls.formError && (
              <Alert type="error" showIcon title={controls.formError} data-testid="form-error" />
            )}
            <FieldRow>
              {/* Not "Fiscal year": the page's own year picker already has that label. */}
              <FormField name="fiscalYear" label={t('budget.deadlines.year')}>
                <EnumSelect values={YEARS} labelOf={(y) => y} />
              </FormField>
              <FormField name="deadline" label={t('budget.deadlines.deadline')}>
                <DateInput />
              </FormField>
            </FieldRow>
            <Button type="primary" htmlType="submit" loading={controls.pending} data-testid="deadline-submit">
              {t('budget.deadlines.set')}
            </Button>
          </SchemaForm>
        )}
      </Flex>
    </Card>
  );
}
