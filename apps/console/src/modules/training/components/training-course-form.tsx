import { CreateTrainingCourseSchema, TARGET_LEVELS, TRAINING_TOPICS } from '@ascc/contracts';
import { Col, Input, Row } from 'antd';
import { useT } from '../../../i18n/language';
import { useOwnAgencyOnly } from '../../auth/hooks/use-can';
import {
  AgencySelect,
  DateInput,
  EnumSelect,
  MoneyInput,
  PlanAreaSelect,
  WholeNumberInput,
} from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
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
  // An editor acts for their own agency only: the form starts there and offers no other.
  const ownAgency = useOwnAgencyOnly('training.course.create');
  const create = useCreateTrainingCourse();
  return (
    <CreateDrawer
      name="training-course"
      title={t('training.create')}
      open={open}
      onClose={onClose}
      schema={CreateTrainingCourseSchema}
      initialValues={{ ...DEFAULTS, ...(ownAgency && { agencyCode: ownAgency }), ...initialValues }}
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
      <Row gutter={16}>
        <Col span={12}>
          <FormField name="topic" label={t('field.topic')}>
            <EnumSelect values={TRAINING_TOPICS} labelOf={(topic) => t(`training.topic.${topic}`)} />
          </FormField>
        </Col>
        <Col span={12}>
          <FormField name="targetLevel" label={t('field.targetLevel')}>
            <EnumSelect values={TARGET_LEVELS} labelOf={(level) => t(`training.targetLevel.${level}`)} />
          </FormField>
        </Col>
      </Row>
      <FormField name="agencyCode" label={t('field.agencyCode')}>
        <AgencySelect only={ownAgency} />
      </FormField>
      <FormField name="planArea" label={t('field.planArea')}>
        <PlanAreaSelect />
      </FormField>
      <Row gutter={16}>
        <Col span={12}>
          <FormField name="startDate" label={t('field.startDate')}>
            <DateInput />
          </FormField>
        </Col>
        <Col span={12}>
          <FormField name="endDate" label={t('field.endDate')}>
            <DateInput />
          </FormField>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <FormField name="capacity" label={t('field.capacity')}>
            <WholeNumberInput />
          </FormField>
        </Col>
        <Col span={12}>
          <FormField name="costEstimate" label={t('field.costEstimate')}>
            <MoneyInput />
          </FormField>
        </Col>
      </Row>
    </CreateDrawer>
  );
}
