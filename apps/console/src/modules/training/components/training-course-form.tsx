import { CreateTrainingCourseSchema, TARGET_LEVELS, TRAINING_TOPICS } from '@ascc/contracts';
import { Input } from 'antd';
import { useT } from '../../../i18n/language';
import { useOwnAgencyDefaults } from '../../auth/hooks/use-can';
import { EnumSelect, MoneyInput, WholeNumberInput } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { AgencyAndPlanAreaFields, DateRangeFields, FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateTrainingCourse } from '../hooks/use-training-courses';

/** Home Affairs runs the courses (plan area III.8); the form starts there. */
const DEFAULTS = { agencyCode: 'SNV', planArea: 'III.8' };

export function TrainingCourseForm({
  open,
  onClose,
  initialValues,
}: CreateFormProps & { initialValues?: Record<string, unknown> }) {
  const t = useT();
  const start = useOwnAgencyDefaults('training.course.create', DEFAULTS, initialValues);
  const { ownAgency } = start;
  const create = useCreateTrainingCourse();
  return (
    <CreateDrawer
      name="training-course"
      title={t('training.create')}
      open={open}
      onClose={onClose}
      schema={CreateTrainingCourseSchema}
      initialValues={start.initialValues}
      onSubmit={create.mutateAsync}
    >
      <FormField name="code" label={t('field.code')} extra={t('field.codeHint')}>
        <Input autoComplete="off" />
      </FormField>
      <FormField name="titleVi" label={t('field.titleVi')}>
        <Input />
      </FormField>
      <FormField name="titleEn" label={t('field.titleEn')}>
        <Input />
      </FormField>
      <FieldRow>
        <FormField name="topic" label={t('field.topic')}>
          <EnumSelect values={TRAINING_TOPICS} labelOf={(topic) => t(`training.topic.${topic}`)} />
        </FormField>
        <FormField name="targetLevel" label={t('field.targetLevel')}>
          <EnumSelect values={TARGET_LEVELS} labelOf={(level) => t(`training.targetLevel.${level}`)} />
        </FormField>
      </FieldRow>
      <AgencyAndPlanAreaFields ownAgency={ownAgency} />
      <DateRangeFields />
      <FieldRow>
        <FormField name="capacity" label={t('field.capacity')}>
          <WholeNumberInput />
        </FormField>
        <FormField name="costEstimate" label={t('field.costEstimate')}>
          <MoneyInput />
        </FormField>
      </FieldRow>
    </CreateDrawer>
  );
}
