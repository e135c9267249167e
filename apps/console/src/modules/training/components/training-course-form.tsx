import {
  COURSE_LANGUAGES,
  type CourseSession,
  CreateTrainingCourseSchema,
  TARGET_GROUPS,
  TARGET_LEVELS,
  TRAINING_TOPICS,
  type TrainingCourse,
  UpdateTrainingCourseSchema,
} from '@ascc/contracts';
import { Button, Flex, Form, Input, Select } from 'antd';
import { ApiError } from '../../../api/api-error';
import { fromCalendarDate, toCalendarDate } from '../../../format/format';
import { useT } from '../../../i18n/language';
import { useOwnAgencyDefaults, useOwnAgencyOnly } from '../../auth/hooks/use-can';
import {
  DateInput,
  DistrictSelect,
  EnumSelect,
  DecimalInput,
  MoneyInput,
  WholeNumberInput,
} from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { AgencyAndPlanAreaFields, DateRangeFields, FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateTrainingCourse, useUpdateTrainingCourse } from '../hooks/use-training-courses';
import '../messages';

/**
 * Home Affairs runs most courses (plan area III.8), so an administrator's form starts there; any other
 * agency's editor organises courses of its own agency only, fixed in the form.
 */
const DEFAULTS = {
  agencyCode: 'SNV',
  planArea: 'III.8',
  targetGroup: 'civil-servant',
  passScore: 5,
  minAttendancePercent: 80,
};

export function TrainingCourseForm({
  open,
  onClose,
  initialValues,
}: CreateFormProps & { initialValues?: Record<string, unknown> }) {
  const t = useT();
  const start = useOwnAgencyDefaults('training.course.create', DEFAULTS, initialValues);
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
      <CourseFields ownAgency={start.ownAgency} />
    </CreateDrawer>
  );
}

/** Edits a course from the version on screen; a newer one saved meanwhile is a 409 said in words. */
export function TrainingCourseEditForm({
  course,
  open,
  onClose,
}: {
  course: TrainingCourse;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const update = useUpdateTrainingCourse();
  const ownAgency = useOwnAgencyOnly('training.course.update');
  const { id, version, status, cancelReason, enrolledCount, waitlistCount, createdAt, updatedAt, ...fields } =
    course;
  void [status, cancelReason, enrolledCount, waitlistCount, createdAt, updatedAt];
  return (
    <CreateDrawer
      name="training-course-edit"
      live={{ kind: 'training.course', id }}
      title={t('training.edit')}
      open={open}
      onClose={onClose}
      schema={UpdateTrainingCourseSchema}
      initialValues={{
        ...fields,
        startDate: fromCalendarDate(course.startDate),
        endDate: fromCalendarDate(course.endDate),
      }}
      extraValues={{ id, version }}
      successMessage={t('form.saved')}
      onSubmit={update.mutateAsync}
      explainError={(error) => {
        const stale = error instanceof ApiError ? error.fields.find((f) => f.path === 'version') : undefined;
        return stale
          ? { text: t('training.staleVersion', { version: Number(stale.params?.currentVersion ?? 0) }) }
          : undefined;
      }}
    >
      <CourseFields ownAgency={ownAgency} />
    </CreateDrawer>
  );
}

function CourseFields({ ownAgency }: { ownAgency?: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  const topic = Form.useWatch('topic', form) as string | undefined;
  return (
    <>
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
          <EnumSelect values={TRAINING_TOPICS} labelOf={(v) => t(`training.topic.${v}`)} />
        </FormField>
        {topic === 'foreign-language' ? (
          <FormField name="language" label={t('training.field.language')}>
            <EnumSelect values={COURSE_LANGUAGES} labelOf={(v) => t(`training.language.${v}`)} />
          </FormField>
        ) : null}
      </FieldRow>
      <FieldRow>
        <FormField name="targetLevel" label={t('field.targetLevel')}>
          <EnumSelect values={TARGET_LEVELS} labelOf={(v) => t(`training.targetLevel.${v}`)} />
        </FormField>
        <FormField name="targetGroup" label={t('training.field.targetGroup')}>
          <EnumSelect values={TARGET_GROUPS} labelOf={(v) => t(`training.group.${v}`)} />
        </FormField>
      </FieldRow>
      <AgencyAndPlanAreaFields ownAgency={ownAgency} agencyLabel={t('field.organiser')} />
      <FieldRow>
        <FormField name="venue" label={t('field.venue')}>
          <Input />
        </FormField>
        <FormField name="districtCode" label={t('field.districtCode')}>
          <DistrictSelect allowClear />
        </FormField>
      </FieldRow>
      <DateRangeFields />
      <FormField name="sessions" label={t('training.field.sessions')}>
        <SessionsInput />
      </FormField>
      <FieldRow>
        <FormField name="capacity" label={t('field.capacity')}>
          <WholeNumberInput />
        </FormField>
        <FormField name="costEstimate" label={t('field.costEstimate')}>
          <MoneyInput />
        </FormField>
      </FieldRow>
      <FormField name="trainers" label={t('training.field.trainers')}>
        <Select mode="tags" open={false} tokenSeparators={[';']} />
      </FormField>
      <FieldRow>
        <FormField name="minAttendancePercent" label={t('training.field.minAttendancePercent')}>
          <WholeNumberInput suffix="%" />
        </FormField>
        <FormField name="passScore" label={t('training.field.passScore')}>
          <DecimalInput suffix="/10" />
        </FormField>
      </FieldRow>
    </>
  );
}

/** The schedule: one row per session, a day and its subject; the service checks each is within the dates. */
function SessionsInput({
  value = [],
  onChange,
  id,
}: {
  value?: CourseSession[];
  onChange?: (value: CourseSession[]) => void;
  id?: string;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<CourseSession>) =>
    onChange?.(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <Flex vertical gap={8}>
      {value.map((session, i) => (
        <Flex key={i} gap={8}>
          <DateInput
            id={id ? `${id}-${i}-date` : undefined}
            aria-label={t('training.session.date', { n: i + 1 })}
            value={session.date ? fromCalendarDate(session.date) : null}
            onChange={(day) => set(i, { date: day && !Array.isArray(day) ? toCalendarDate(day) : '' })}
          />
          <Input
            id={id ? `${id}-${i}-topic` : undefined}
            aria-label={t('training.session.topic', { n: i + 1 })}
            value={session.topic}
            onChange={(e) => set(i, { topic: e.target.value })}
          />
          <Button onClick={() => onChange?.(value.filter((_, j) => j !== i))}>
            {t('training.session.remove')}
          </Button>
        </Flex>
      ))}
      <Button onClick={() => onChange?.([...value, { date: '', topic: '' }])} data-testid="add-session">
        {t('training.session.add')}
      </Button>
    </Flex>
  );
}
