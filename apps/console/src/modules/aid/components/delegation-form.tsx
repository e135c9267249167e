import {
  DELEGATION_DIRECTIONS,
  DELEGATION_PURPOSES,
  type Delegation,
  DelegationFields,
  delegationRules,
} from '@ascc/contracts';
import { Input, Select } from 'antd';
import { z } from 'zod';
import { ApiError } from '../../../api/api-error';
import { fromCalendarDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { translateIssue } from '../../../i18n/validation';
import { useOwnAgencyDefaults } from '../../auth/hooks/use-can';
import { CountrySelect, EnumSelect, WholeNumberInput } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { AgencyAndPlanAreaFields, DateRangeFields, FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateDelegation, useUpdateDelegation } from '../hooks/use-aid';
import { CulturalEventSelect, NgoSelect, ProjectSelect } from './aid-controls';
import '../messages';

/** A select's `{ value, label }` (labelInValue): the link keeps the label it had when chosen. */
const PickedSchema = z.object({ value: z.uuid(), label: z.string() }).optional();

// zod cannot omit fields of a refined schema: start from the plain fields and add the same rules.
const DelegationFormSchema = DelegationFields.omit({ ngo: true, project: true, culturalEvent: true })
  .extend({ ngoLink: PickedSchema, projectLink: PickedSchema, culturalEvent: PickedSchema })
  .superRefine(delegationRules);
type DelegationFormValues = z.output<typeof DelegationFormSchema>;

/** An edit replaces the whole record on the version it was read at. */
const DelegationEditSchema = DelegationFields.omit({ ngo: true, project: true, culturalEvent: true })
  .extend({
    ngoLink: PickedSchema,
    projectLink: PickedSchema,
    culturalEvent: PickedSchema,
    id: z.uuid(),
    version: z.number().int().min(1),
  })
  .superRefine(delegationRules);

/**
 * The form's links (`{ value, label }`) as the message's (`{ id, label }`). The cultural event keeps the
 * field's own name, so the server's refusal of it (`culturalEvent.id`) stands beside the select.
 */
function toMessage({ ngoLink, projectLink, culturalEvent, ...rest }: DelegationFormValues) {
  return {
    ...rest,
    ...(culturalEvent && { culturalEvent: { id: culturalEvent.value, label: String(culturalEvent.label) } }),
    ...(ngoLink && { ngo: { id: ngoLink.value, label: String(ngoLink.label) } }),
    ...(projectLink && { project: { id: projectLink.value, label: String(projectLink.label) } }),
  };
}

/** A delegation as the form holds it: dates as picker values, links as the selects' `{ value, label }`. */
function toFormValues(d: Delegation): Record<string, unknown> {
  return {
    title: d.title,
    direction: d.direction,
    purpose: d.purpose,
    countryCodes: d.countryCodes,
    organisations: d.organisations,
    headName: d.headName,
    headTitle: d.headTitle,
    size: d.size,
    startDate: fromCalendarDate(d.startDate),
    endDate: fromCalendarDate(d.endDate),
    agencyCode: d.agencyCode,
    planArea: d.planArea,
    ngoLink: d.ngo && { value: d.ngo.id, label: d.ngo.label },
    projectLink: d.project && { value: d.project.id, label: d.project.label },
    culturalEvent: d.culturalEvent && { value: d.culturalEvent.id, label: d.culturalEvent.label },
    outcomes: d.outcomes,
    followUps: d.followUps,
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

/** Logs a delegation, or edits `editing` on the version it was read at (a stale one is refused, 409). */
export function DelegationForm({ open, onClose, editing }: CreateFormProps & { editing?: Delegation }) {
  const t = useT();
  const lang = useLang();
  const start = useOwnAgencyDefaults('aid.delegation.manage', DEFAULTS, editing && toFormValues(editing));
  const create = useCreateDelegation();
  const update = useUpdateDelegation();
  return (
    <CreateDrawer
      name="delegation"
      live={editing && { kind: 'aid.delegation', id: editing.id }}
      title={editing ? `${t('aid.edit')} · ${editing.title}` : t('aid.delegations.create')}
      open={open}
      onClose={onClose}
      schema={editing ? DelegationEditSchema : DelegationFormSchema}
      initialValues={start.initialValues}
      extraValues={editing && { id: editing.id, version: editing.version }}
      successMessage={editing ? t('form.saved') : undefined}
      explainError={(error) => {
        if (!editing || !(error instanceof ApiError) || error.code !== 'CONFLICT') return undefined;
        const stale = error.fields.find((f) => f.path === 'version');
        return stale ? { text: `${t('aid.stale')} ${translateIssue(stale, lang)}` } : undefined;
      }}
      onSubmit={(values) => {
        const message = toMessage(values as DelegationFormValues);
        return editing ? update.mutateAsync(message as never) : create.mutateAsync(message);
      }}
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
      <FormField name="culturalEvent" label={t('aid.field.linkedEvent')}>
        <CulturalEventSelect labelInValue />
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
