import { CreateTraineeSchema, GENDERS, TARGET_GROUPS, TARGET_LEVELS } from '@ascc/contracts';
import { Input } from 'antd';
import { useT } from '../../../i18n/language';
import { AgencySelect, DateInput, DistrictSelect, EnumSelect } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateTrainee } from '../hooks/use-training-courses';

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
    </CreateDrawer>
  );
}
