import { CreateNgoSchema, NGO_KINDS } from '@ascc/contracts';
import { Col, Input, Row } from 'antd';
import { useT } from '../../../i18n/language';
import { useOwnAgencyOnly } from '../../auth/hooks/use-can';
import { AgencySelect, CountrySelect, EnumSelect, PlanAreaSelect } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
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
  // An editor acts for their own agency only: the form starts there and offers no other.
  const ownAgency = useOwnAgencyOnly('aid.ngo.create');
  const create = useCreateNgo();
  return (
    <CreateDrawer
      name="ngo"
      title={t('aid.create')}
      open={open}
      onClose={onClose}
      schema={CreateNgoSchema}
      initialValues={{ ...DEFAULTS, ...(ownAgency && { agencyCode: ownAgency }), ...initialValues }}
      onSubmit={create.mutateAsync}
    >
      <FormField name="nameOriginal" label={t('field.nameOriginal')}>
        <Input />
      </FormField>
      <FormField name="nameVi" label={t('field.nameVi')}>
        <Input />
      </FormField>
      <Row gutter={16}>
        <Col span={12}>
          <FormField name="acronym" label={t('field.acronym')}>
            <Input />
          </FormField>
        </Col>
        <Col span={12}>
          <FormField name="countryCode" label={t('field.countryCode')}>
            <CountrySelect />
          </FormField>
        </Col>
      </Row>
      <FormField name="kind" label={t('field.kind')}>
        <EnumSelect values={NGO_KINDS} labelOf={(kind) => t(`aid.kind.${kind}`)} />
      </FormField>
      <FormField name="agencyCode" label={t('field.agencyCode')}>
        <AgencySelect only={ownAgency} />
      </FormField>
      <FormField name="planArea" label={t('field.planArea')}>
        <PlanAreaSelect />
      </FormField>
      <FormField name="notes" label={t('field.notes')}>
        <Input.TextArea rows={4} />
      </FormField>
    </CreateDrawer>
  );
}
