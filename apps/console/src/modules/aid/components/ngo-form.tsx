import { CreateNgoSchema, NGO_KINDS, type Ngo, NgoContactSchema } from '@ascc/contracts';
import { Form, Input } from 'antd';
import { z } from 'zod';
import { ApiError } from '../../../api/client';
import { useT } from '../../../i18n/language';
import { useOwnAgencyDefaults } from '../../auth/hooks/use-can';
import { CountrySelect, DateInput, EnumSelect } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { AgencyAndPlanAreaFields, FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { fromCalendarDate } from '../../../format/format';
import { useUpdateNgo } from '../hooks/use-aid';
import { useCreateNgo } from '../hooks/use-ngos';
import { ListFields } from './list-fields';
import '../messages';

/** Foreign Affairs registers NGOs under plan area III.10 (foreign NGO aid). */
const DEFAULTS = { agencyCode: 'SNGV', planArea: 'III.10', contacts: [] };

/**
 * The form keeps the registration certificate as four flat fields (so each shows its own message) and
 * sends them as the contract's `registration` object, or none when all four are empty.
 */
const NgoFormSchema = CreateNgoSchema.omit({ registration: true }).extend({
  registrationNo: z.string().trim().max(60).optional(),
  registrationIssuedBy: z.string().trim().max(200).optional(),
  registrationValidFrom: z.iso.date().optional(),
  registrationValidTo: z.iso.date().optional(),
  contacts: z
    .array(NgoContactSchema.extend({ email: z.string().trim().max(200).optional() }))
    .max(20)
    .default([]),
});
type NgoFormValues = z.output<typeof NgoFormSchema>;

function toMessage(values: NgoFormValues) {
  const {
    registrationNo,
    registrationIssuedBy,
    registrationValidFrom,
    registrationValidTo,
    contacts,
    ...rest
  } = values;
  const any = registrationNo || registrationIssuedBy || registrationValidFrom || registrationValidTo;
  return {
    ...rest,
    contacts: contacts.map((c) =>
      Object.fromEntries(Object.entries(c).filter(([, v]) => v !== '' && v !== undefined)),
    ),
    ...(any && {
      registration: {
        certificateNo: registrationNo ?? '',
        issuedBy: registrationIssuedBy ?? '',
        validFrom: registrationValidFrom ?? '',
        validTo: registrationValidTo ?? '',
      },
    }),
  } as z.input<typeof CreateNgoSchema>;
}

/** The NGO's values as the form holds them, for editing. */
function toFormValues(ngo: Ngo): Record<string, unknown> {
  const { registration, ...rest } = ngo;
  return {
    ...rest,
    ...(registration && {
      registrationNo: registration.certificateNo,
      registrationIssuedBy: registration.issuedBy,
      registrationValidFrom: fromCalendarDate(registration.validFrom),
      registrationValidTo: fromCalendarDate(registration.validTo),
    }),
  };
}

export function NgoForm({
  open,
  onClose,
  initialValues,
  editing,
}: CreateFormProps & { initialValues?: Record<string, unknown>; editing?: Ngo }) {
  const t = useT();
  const start = useOwnAgencyDefaults(
    editing ? 'aid.ngo.update' : 'aid.ngo.create',
    DEFAULTS,
    editing ? toFormValues(editing) : initialValues,
  );
  const { ownAgency } = start;
  const create = useCreateNgo();
  const update = useUpdateNgo();
  return (
    <CreateDrawer
      name="ngo"
      live={editing && { kind: 'aid.ngo', id: editing.id }}
      title={editing ? t('aid.ngo.edit') : t('aid.create')}
      open={open}
      onClose={onClose}
      schema={NgoFormSchema}
      initialValues={start.initialValues}
      successMessage={editing ? t('form.saved') : undefined}
      explainError={(error) =>
        error instanceof ApiError && error.code === 'CONFLICT' && editing
          ? { text: t('aid.stale') }
          : undefined
      }
      onSubmit={(values) =>
        editing
          ? update.mutateAsync({ ...toMessage(values), id: editing.id, version: editing.version })
          : create.mutateAsync(toMessage(values))
      }
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
      <FieldRow>
        <FormField name="registrationNo" label={t('aid.field.certificateNo')}>
          <Input />
        </FormField>
        <FormField name="registrationIssuedBy" label={t('aid.field.issuedBy')}>
          <Input />
        </FormField>
      </FieldRow>
      <FieldRow>
        <FormField name="registrationValidFrom" label={t('aid.field.validFrom')}>
          <DateInput />
        </FormField>
        <FormField name="registrationValidTo" label={t('aid.field.validTo')}>
          <DateInput />
        </FormField>
      </FieldRow>
      <ListFields name="contacts" title={t('aid.field.contacts')} testId="ngo-contacts" newItem={{}}>
        {(field) => (
          <FieldRow>
            <Form.Item name={[field.name, 'name']} label={t('aid.field.contactName')}>
              <Input />
            </Form.Item>
            <Form.Item name={[field.name, 'position']} label={t('aid.field.position')}>
              <Input />
            </Form.Item>
            <Form.Item name={[field.name, 'email']} label={t('aid.field.email')}>
              <Input />
            </Form.Item>
          </FieldRow>
        )}
      </ListFields>
      <FormField name="notes" label={t('field.notes')}>
        <Input.TextArea rows={3} />
      </FormField>
    </CreateDrawer>
  );
}
