import { CULTURAL_EVENT_TYPES, CreateCulturalEventSchema } from '@ascc/contracts';
import { Input } from 'antd';
import { useT } from '../../../i18n/language';
import { useOwnAgencyDefaults } from '../../auth/hooks/use-can';
import {
  CountrySelect,
  DistrictSelect,
  EnumSelect,
  MoneyInput,
  WholeNumberInput,
} from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { AgencyAndPlanAreaFields, DateRangeFields, FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateCulturalEvent } from '../hooks/use-cultural-events';

/** Culture, Sports and Tourism leads cultural exchange with ASEAN (plan area III.5). */
const DEFAULTS = { agencyCode: 'SVHTTDL', planArea: 'III.5', countryCodes: [] };

export function CulturalEventForm({
  open,
  onClose,
  initialValues,
}: CreateFormProps & { initialValues?: Record<string, unknown> }) {
  const t = useT();
  const start = useOwnAgencyDefaults('culture.event.create', DEFAULTS, initialValues);
  const { ownAgency } = start;
  const create = useCreateCulturalEvent();
  return (
    <CreateDrawer
      name="cultural-event"
      title={t('culture.create')}
      open={open}
      onClose={onClose}
      schema={CreateCulturalEventSchema}
      initialValues={start.initialValues}
      onSubmit={create.mutateAsync}
    >
      <FormField name="titleVi" label={t('field.titleVi')}>
        <Input />
      </FormField>
      <FormField name="titleEn" label={t('field.titleEn')}>
        <Input />
      </FormField>
      <FormField name="type" label={t('field.type')}>
        <EnumSelect values={CULTURAL_EVENT_TYPES} labelOf={(type) => t(`culture.type.${type}`)} />
      </FormField>
      <AgencyAndPlanAreaFields ownAgency={ownAgency} />
      <FieldRow>
        <FormField name="districtCode" label={t('field.districtCode')}>
          <DistrictSelect allowClear />
        </FormField>
        <FormField name="venue" label={t('field.venue')}>
          <Input />
        </FormField>
      </FieldRow>
      <DateRangeFields />
      <FormField name="countryCodes" label={t('field.countryCodes')}>
        <CountrySelect mode="multiple" allowClear />
      </FormField>
      <FieldRow>
        <FormField name="expectedAudience" label={t('field.expectedAudience')}>
          <WholeNumberInput />
        </FormField>
        <FormField name="costEstimate" label={t('field.costEstimate')}>
          <MoneyInput />
        </FormField>
      </FieldRow>
    </CreateDrawer>
  );
}
