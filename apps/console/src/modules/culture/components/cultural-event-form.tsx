import { CULTURAL_EVENT_TYPES, CreateCulturalEventSchema } from '@ascc/contracts';
import { Col, Input, Row } from 'antd';
import { useT } from '../../../i18n/language';
import { useOwnAgencyOnly } from '../../auth/hooks/use-can';
import {
  AgencySelect,
  CountrySelect,
  DateInput,
  DistrictSelect,
  EnumSelect,
  MoneyInput,
  PlanAreaSelect,
  WholeNumberInput,
} from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
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
  // An editor acts for their own agency only: the form starts there and offers no other.
  const ownAgency = useOwnAgencyOnly('culture.event.create');
  const create = useCreateCulturalEvent();
  return (
    <CreateDrawer
      name="cultural-event"
      title={t('culture.create')}
      open={open}
      onClose={onClose}
      schema={CreateCulturalEventSchema}
      initialValues={{ ...DEFAULTS, ...(ownAgency && { agencyCode: ownAgency }), ...initialValues }}
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
      <FormField name="agencyCode" label={t('field.agencyCode')}>
        <AgencySelect only={ownAgency} />
      </FormField>
      <FormField name="planArea" label={t('field.planArea')}>
        <PlanAreaSelect />
      </FormField>
      <Row gutter={16}>
        <Col span={12}>
          <FormField name="districtCode" label={t('field.districtCode')}>
            <DistrictSelect allowClear />
          </FormField>
        </Col>
        <Col span={12}>
          <FormField name="venue" label={t('field.venue')}>
            <Input />
          </FormField>
        </Col>
      </Row>
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
      <FormField name="countryCodes" label={t('field.countryCodes')}>
        <CountrySelect mode="multiple" allowClear />
      </FormField>
      <Row gutter={16}>
        <Col span={12}>
          <FormField name="expectedAudience" label={t('field.expectedAudience')}>
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
