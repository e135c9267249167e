import {
  DELEGATION_DIRECTIONS,
  DELEGATION_PURPOSES,
  DelegationFields,
  delegationRules,
} from '@ascc/contracts';
import { Input, Select } from 'antd';
import { z } from 'zod';
import { useT } from '../../../i18n/language';
import { useOwnAgencyDefaults } from '../../auth/hooks/use-can';
import { CountrySelect, EnumSelect, WholeNumberInput } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { AgencyAndPlanAreaFields, DateRangeFields, FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateDelegation } from '../hooks/use-aid';
import { NgoSelect, ProjectSelect } from './aid-controls';

/** A select's `{ value, label }` (labelInValue): the link keeps the label it had when chosen. */
const PickedSchema = z.object({ value: z.uuid(), label: z.string() }).optional();

// zod cannot omit fields of a refined schema: start from the plain fields and add the same rules.
const DelegationFormSchema = DelegationFields.omit({ ngo: true, project: true, culturalEvent: true })
  .extend({ ngoLink: PickedSchema, projectLink: PickedSchema })
  .superRefine(delegationRules);
type DelegationFormValues = z.output<typeof DelegationFormSchema>;

function toMessage({ ngoLink, projectLink, ...rest }: DelegationFormValues) {
  return {
    ...rest,
    ...(ngoLink && { ngo: { id: ngoLink.value, label: String(ngoLink.label) } }),
    ...(projectLink && { project: { id: projectLink.value, label: String(projectLink.label) } }),
  };
}

const DEFAULTS = {
  agencyCode: 'SNGV',
  planArea: 'III.9',
  direction: 'inbound',
  purpose: 'aid',
  countryCodes: [],
  organisations: [],
};

export function DelegationForm({ open, onClose }: CreateFormProps) {
  const t = useT();
  const start = useOwnAgencyDefaults('aid.delegation.manage', DEFAULTS);
  const create = useCreateDelegation();
  return (
    <CreateDrawer
      name="delegation"
      title={t('aid.delegations.create')}
      open={open}
      onClose={onClose}
      schema={DelegationFormSchema}
      initialValues={start.initialValues}
      onSubmit={(values) => create.mutateAsync(toMessage(values))}
    >
      <FormField name="title" label={t('aid.field.delegationTitle')}>
        <Input />
      </FormField>
      <FieldRow>
        <FormField name="direction" label={t('aid.field.direction')}>
          <EnumSelect values={DELEGATION_DIRECTIONS} labelOf={(d) => t(`aid.direction.${d}`)} />
        </FormField>
        <FormField name="purpose" label={t('aid.field.purpose')}>
          <EnumSelect values={DELEGATION_PURPOSES} labelOf={(p) => t(`aid.purpose.${p}`)} />
        </FormField>
      </FieldRow>
      <FormField name="countryCodes" label={t('aid.field.countries')}>
        <CountrySelect mode="multiple" allowClear />
      </FormField>
      <FormField name="organisations" label={t('aid.field.organisations')}>
        <Select mode="tags" open={false} />
      </FormField>
      <FieldRow>
        <FormField name="headName" label={t('aid.field.headName')}>
          <Input />
        </FormField>
        <FormField name="headTitle" label={t('aid.field.headTitle')}>
          <Input />
        </FormField>
        <FormField name="size" label={t('aid.field.size')}>
          <WholeNumberInput />
        </FormField>
      </FieldRow>
      <DateRangeFields />
      <AgencyAndPlanAreaFields ownAgency={start.ownAgency} />
      <FormField name="ngoLink" label={t('aid.field.linkedNgo')}>
        <NgoSelect labelInValue />
      </FormField>
      <FormField name="projectLink" label={t('aid.field.linkedProject')}>
        <ProjectSelect labelInValue />
      </FormField>
      <FormField name="outcomes" label={t('aid.field.outcomes')}>
        <Input.TextArea rows={2} />
      </FormField>
      <FormField name="followUps" label={t('aid.field.followUps')}>
        <Input.TextArea rows={2} />
      </FormField>
    </CreateDrawer>
  );
}
