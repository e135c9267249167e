import { CreateNgoSchema, NGO_KINDS } from '@ascc/contracts';
import { Input } from 'antd';
import { useT } from '../../../i18n/language';
import { useOwnAgencyDefaults } from '../../auth/hooks/use-can';
import { CountrySelect, EnumSelect } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { AgencyAndPlanAreaFields, FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateNgo } from '../hooks/use-ngos';

/** Foreign Affairs registers NGOs under plan area III.10 (foreign NGO aid). */
const DEFAULTS = { agencyCode: 'SNGV', planArea: 'III.10' };

export function NgoForm({
  open,
  onClose,
  initialValues,
}: CreateFormProps & { initialValues?: Record<string, unknown> }) {
  const t = useT();
  const start = useOwnAgencyDefaults('aid.ngo.create', DEFAULTS, initialValues);
  const { ownAgency } = start;
  const create = useCreateNgo();
  return (
    <CreateDrawer
      name="ngo"
      title={t('aid.create')}
      open={open}
      onClose={onClose}
      schema={CreateNgoSchema}
      initialValues={start.initialValues}
      onSubmit={create.mutateAsync}
    >
      <FormField name="nameOriginal" label={t('field.nameOriginal')}>
        <Input />
      </FormField>
      <FormField name="nameVi" label={t('field.nameVi')}>
        <Input />
      </FormField>
      <FieldRow>
        <FormField name="acronym" label={t('field.acronym')}>
          <Input />
        </FormField>
        <FormField name="countryCode" label={t('field.countryCode')}>
          <CountrySelect />
        </FormField>
      </FieldRow>
      <FormField name="kind" label={t('field.kind')}>
        <EnumSelect values={NGO_KINDS} labelOf={(kind) => t(`aid.kind.${kind}`)} />
      </FormField>
      <AgencyAndPlanAreaFields ownAgency={ownAgency} />
      <FormField name="notes" label={t('field.notes')}>
        <Input.TextArea rows={4} />
      </FormField>
    </CreateDrawer>
  );
}
