import {
  type AidProject,
  BENEFICIARY_GROUPS,
  CreateAidProjectSchema,
  UpdateAidProjectSchema,
  PARTICIPANT_ROLES,
  PROJECT_STATUSES,
} from '@ascc/contracts';
import { Checkbox, Form, Input } from 'antd';
import { useT } from '../../../i18n/language';
import { useOwnAgencyDefaults } from '../../auth/hooks/use-can';
import {
  AgencySelect,
  DateInput,
  DistrictSelect,
  EnumSelect,
  WholeNumberInput,
} from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateProject, useUpdateProject } from '../hooks/use-aid';
import { ApiError } from '../../../api/client';
import { fromCalendarDate } from '../../../format/format';
import { NgoSelect, SectorSelect } from './aid-controls';
import { ListFields } from './list-fields';
import '../messages';

/** Empty boxes inside a list become absent, so optional fields stay optional. */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

const DEFAULTS = {
  agencyCode: 'SNGV',
  planArea: 'III.10',
  status: 'submitted',
  participants: [{ role: 'funding' }],
  sectors: [{ percentage: 100 }],
  locations: [{ percentage: 100 }],
  beneficiaries: [],
  appraisals: [],
};

const DATE_FIELDS = ['decisionDate', 'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;

/** A project as the form holds it: its dates as picker values, without what the server computes. */
function toFormValues(project: AidProject): Record<string, unknown> {
  const {
    totals: _totals,
    notStartedInTime: _late,
    donorCountryCode: _c,
    donorIsAsean: _a,
    ...fields
  } = project;
  const values: Record<string, unknown> = { ...fields };
  for (const name of DATE_FIELDS) if (project[name]) values[name] = fromCalendarDate(project[name] as string);
  return values;
}

/** Logs a new project, or edits `editing` on the version it was read at (a stale one is refused). */
export function ProjectForm({ open, onClose, editing }: CreateFormProps & { editing?: AidProject }) {
  const t = useT();
  const start = useOwnAgencyDefaults('aid.project.manage', DEFAULTS, editing && toFormValues(editing));
  const create = useCreateProject();
  const update = useUpdateProject();
  return (
    <CreateDrawer
      name="aid-project"
      live={editing && { kind: 'aid.project', id: editing.id }}
      title={editing ? `${t('aid.edit')} · ${editing.code}` : t('aid.projects.create')}
      open={open}
      onClose={onClose}
      schema={editing ? UpdateAidProjectSchema : CreateAidProjectSchema}
      initialValues={start.initialValues}
      extraValues={editing && { id: editing.id, version: editing.version }}
      successMessage={editing ? t('form.saved') : undefined}
      explainError={(error) =>
        editing &&
        error instanceof ApiError &&
        error.code === 'CONFLICT' &&
        error.fields[0]?.path === 'version'
          ? { text: t('aid.stale') }
          : undefined
      }
      onSubmit={(message) => (editing ? update.mutateAsync(message as never) : create.mutateAsync(message))}
    >
      <FieldRow>
        <FormField name="code" label={t('aid.field.projectCode')}>
          <Input />
        </FormField>
        <FormField name="status" label={t('aid.field.status')}>
          <EnumSelect values={PROJECT_STATUSES} labelOf={(s) => t(`aid.status.${s}`)} />
        </FormField>
      </FieldRow>
      <FormField name="titleVi" label={t('field.titleVi')}>
        <Input />
      </FormField>
      <FormField name="titleEn" label={t('field.titleEn')}>
        <Input />
      </FormField>
      <FormField name="description" label={t('aid.field.description')}>
        <Input.TextArea rows={2} />
      </FormField>
      <FormField name="agencyCode" label={t('aid.field.managingAgency')}>
        <AgencySelect only={start.ownAgency} />
      </FormField>

      <ListFields
        name="participants"
        title={t('aid.field.participants')}
        testId="project-participants"
        newItem={{ role: 'implementing' }}
      >
        {(field) => (
          <FieldRow>
            <Form.Item name={[field.name, 'role']} label={t('aid.field.role')}>
              <EnumSelect values={PARTICIPANT_ROLES} labelOf={(r) => t(`aid.role.${r}`)} />
            </Form.Item>
            <Form.Item name={[field.name, 'ngoId']} label={t('aid.field.ngo')} normalize={blankToUndefined}>
              <NgoSelect />
            </Form.Item>
            <Form.Item
              name={[field.name, 'name']}
              label={t('aid.field.orgName')}
              normalize={blankToUndefined}
            >
              <Input />
            </Form.Item>
          </FieldRow>
        )}
      </ListFields>

      <ListFields name="sectors" title={t('aid.field.sectors')} testId="project-sectors" newItem={{}}>
        {(field) => (
          <FieldRow>
            <Form.Item name={[field.name, 'code']} label={t('aid.field.sector')}>
              <SectorSelect />
            </Form.Item>
            <Form.Item name={[field.name, 'percentage']} label={t('aid.field.percentage')}>
              <WholeNumberInput suffix="%" />
            </Form.Item>
          </FieldRow>
        )}
      </ListFields>

      <ListFields name="locations" title={t('aid.field.locations')} testId="project-locations" newItem={{}}>
        {(field) => (
          <FieldRow>
            <Form.Item name={[field.name, 'districtCode']} label={t('aid.field.district')}>
              <DistrictSelect />
            </Form.Item>
            <Form.Item
              name={[field.name, 'commune']}
              label={t('aid.field.commune')}
              normalize={blankToUndefined}
            >
              <Input />
            </Form.Item>
            <Form.Item name={[field.name, 'percentage']} label={t('aid.field.percentage')}>
              <WholeNumberInput suffix="%" />
            </Form.Item>
          </FieldRow>
        )}
      </ListFields>

      <ListFields
        name="beneficiaries"
        title={t('aid.field.beneficiaries')}
        testId="project-beneficiaries"
        newItem={{}}
      >
        {(field) => (
          <FieldRow>
            <Form.Item name={[field.name, 'group']} label={t('aid.field.group')}>
              <EnumSelect values={BENEFICIARY_GROUPS} labelOf={(g) => t(`aid.beneficiary.${g}`)} />
            </Form.Item>
            <Form.Item name={[field.name, 'count']} label={t('aid.field.count')}>
              <WholeNumberInput />
            </Form.Item>
          </FieldRow>
        )}
      </ListFields>

      <FieldRow>
        <FormField name="decisionNo" label={t('aid.field.decisionNo')}>
          <Input />
        </FormField>
        <FormField name="decisionDate" label={t('aid.field.decisionDate')}>
          <DateInput />
        </FormField>
      </FieldRow>
      <FormField name="approvingAuthority" label={t('aid.field.approvingAuthority')}>
        <Input />
      </FormField>
      <ListFields
        name="appraisals"
        title={t('aid.field.appraisals')}
        testId="project-appraisals"
        newItem={{ favourable: true }}
      >
        {(field) => (
          <FieldRow>
            <Form.Item name={[field.name, 'agencyCode']} label={t('field.agencyCode')}>
              <AgencySelect />
            </Form.Item>
            <Form.Item name={[field.name, 'opinion']} label={t('aid.field.opinion')}>
              <Input />
            </Form.Item>
            <Form.Item
              name={[field.name, 'favourable']}
              label={t('aid.field.favourable')}
              valuePropName="checked"
            >
              <Checkbox />
            </Form.Item>
          </FieldRow>
        )}
      </ListFields>
      <FieldRow>
        <FormField name="plannedStart" label={t('aid.field.plannedStart')}>
          <DateInput />
        </FormField>
        <FormField name="plannedEnd" label={t('aid.field.plannedEnd')}>
          <DateInput />
        </FormField>
      </FieldRow>
      <FieldRow>
        <FormField name="actualStart" label={t('aid.field.actualStart')}>
          <DateInput />
        </FormField>
        <FormField name="actualEnd" label={t('aid.field.actualEnd')}>
          <DateInput />
        </FormField>
      </FieldRow>
    </CreateDrawer>
  );
}
