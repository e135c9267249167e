import {
  CreateTraineeSchema,
  GENDERS,
  TARGET_GROUPS,
  TARGET_LEVELS,
  type Trainee,
  UpdateTraineeSchema,
} from '@ascc/contracts';
import { Input } from 'antd';
import { ApiError } from '../../../api/client';
import { fromCalendarDate } from '../../../format/format';
import { useT } from '../../../i18n/language';
import { AgencySelect, DateInput, DistrictSelect, EnumSelect } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateTrainee, useUpdateTrainee } from '../hooks/use-training-courses';
import '../messages';

export function TraineeForm({ open, onClose }: CreateFormProps) {
  const t = useT();
  const create = useCreateTrainee();
  return (
    <CreateDrawer
      name="trainee"
      title={t('training.trainee.create')}
      open={open}
      onClose={onClose}
      schema={CreateTraineeSchema}
      initialValues={{ level: 'commune', group: 'civil-servant' }}
      onSubmit={create.mutateAsync}
    >
      <TraineeFields />
    </CreateDrawer>
  );
}

/**
 * Edits a trainee from the version on screen, under the create's rules (checked before sending and
 * again by the service); a newer version saved meanwhile is a 409 said in words.
 */
export function TraineeEditForm({
  trainee,
  open,
  onClose,
}: {
  trainee: Trainee;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const update = useUpdateTrainee();
  const { id, version, createdAt, updatedAt, ...fields } = trainee;
  void [createdAt, updatedAt];
  return (
    <CreateDrawer
      name="trainee-edit"
      title={t('training.trainee.editTitle', { name: trainee.fullName })}
      open={open}
      onClose={onClose}
      schema={UpdateTraineeSchema}
      initialValues={{
        ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)),
        ...(trainee.dateOfBirth && { dateOfBirth: fromCalendarDate(trainee.dateOfBirth) }),
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
      <TraineeFields />
    </CreateDrawer>
  );
}

/** A trainee's fields, the same in the create and the edit form. */
function TraineeFields() {
  const t = useT();
  return (
    <>
      <FieldRow>
        <FormField name="staffCode" label={t('training.field.staffCode')}>
          <Input autoComplete="off" />
        </FormField>
        <FormField name="fullName" label={t('training.field.fullName')}>
          <Input />
        </FormField>
      </FieldRow>
      <FieldRow>
        <FormField name="dateOfBirth" label={t('training.field.dateOfBirth')}>
          <DateInput />
        </FormField>
        <FormField name="gender" label={t('training.field.gender')}>
          <EnumSelect values={GENDERS} labelOf={(v) => t(`training.gender.${v}`)} />
        </FormField>
      </FieldRow>
      <FieldRow>
        <FormField name="level" label={t('field.targetLevel')}>
          <EnumSelect values={TARGET_LEVELS} labelOf={(v) => t(`training.targetLevel.${v}`)} />
        </FormField>
        <FormField name="group" label={t('training.field.targetGroup')}>
          <EnumSelect values={TARGET_GROUPS} labelOf={(v) => t(`training.group.${v}`)} />
        </FormField>
      </FieldRow>
      <FormField name="agencyCode" label={t('field.agencyCode')}>
        <AgencySelect allowClear />
      </FormField>
      <FieldRow>
        <FormField name="districtCode" label={t('field.districtCode')}>
          <DistrictSelect allowClear />
        </FormField>
        <FormField name="commune" label={t('training.field.commune')}>
          <Input />
        </FormField>
      </FieldRow>
      <FormField name="position" label={t('training.field.position')}>
        <Input />
      </FormField>
      <FieldRow>
        <FormField name="email" label={t('training.field.email')}>
          <Input type="email" />
        </FormField>
        <FormField name="phone" label={t('training.field.phone')}>
          <Input type="tel" />
        </FormField>
      </FieldRow>
    </>
  );
}
