import { planAreaLabel } from '@ascc/catalog';
import {
  CULTURAL_EVENT_TYPES,
  CULTURE_PLAN_AREAS,
  CreateCulturalEventSchema,
  type CulturalEventDetail,
  UpdateCulturalEventSchema,
} from '@ascc/contracts';
import { Button, Flex, Form, Input, Switch, message } from 'antd';
import { ApiError } from '../../../api/api-error';
import { fromCalendarDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useOwnAgencyDefaults } from '../../auth/hooks/use-can';
import {
  AgencySelect,
  CountrySelect,
  DistrictSelect,
  EnumSelect,
  MoneyInput,
  WholeNumberInput,
} from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { DateRangeFields, FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateCulturalEvent, useUpdateCulturalEvent } from '../hooks/use-cultural-events';
import '../messages';

/**
 * Culture, Sports and Tourism leads cultural exchange with ASEAN (plan area III.5), so an administrator's
 * form starts there; any other agency's editor organises events of its own agency only, fixed in the form.
 */
const DEFAULTS = {
  agencyCode: 'SVHTTDL',
  planArea: 'III.5',
  countryCodes: [],
  troupes: [],
  coOrganisers: [],
};

/** The form's values of an event being edited (dates as the date inputs hold them). */
function editValues(event: CulturalEventDetail): Record<string, unknown> {
  const {
    id,
    version,
    createdAt,
    updatedAt,
    status,
    statusReason,
    actualAudience,
    aseanCountryCodes,
    report,
    overlaps,
    attachments,
    ...fields
  } = event;
  void [
    id,
    version,
    createdAt,
    updatedAt,
    status,
    statusReason,
    actualAudience,
    aseanCountryCodes,
    report,
    overlaps,
    attachments,
  ];
  return {
    ...fields,
    startDate: fromCalendarDate(event.startDate),
    endDate: fromCalendarDate(event.endDate),
  };
}

/** Creates an event, or edits one (`event`), warning when another event uses the venue on those dates. */
export function CulturalEventForm({
  open,
  onClose,
  initialValues,
  event,
}: CreateFormProps & { initialValues?: Record<string, unknown>; event?: CulturalEventDetail }) {
  const t = useT();
  const lang = useLang();
  const start = useOwnAgencyDefaults('culture.event.create', DEFAULTS, initialValues);
  const { ownAgency } = start;
  const create = useCreateCulturalEvent();
  const update = useUpdateCulturalEvent();
  const [toast, toastHolder] = message.useMessage();
  const warnOverlaps = (saved: CulturalEventDetail) => {
    if (saved.overlaps.length) void toast.warning(t('culture.overlapSaved'), 8);
  };
  const fields = (
    <>
      <FormField name="titleVi" label={t('field.titleVi')}>
        <Input />
      </FormField>
      <FormField name="titleEn" label={t('field.titleEn')}>
        <Input />
      </FormField>
      <FormField name="description" label={t('culture.field.description')}>
        <Input.TextArea rows={3} />
      </FormField>
      <FieldRow>
        <FormField name="type" label={t('field.type')}>
          <EnumSelect values={CULTURAL_EVENT_TYPES} labelOf={(type) => t(`culture.type.${type}`)} />
        </FormField>
        <FormField name="planArea" label={t('field.planArea')}>
          <EnumSelect
            values={CULTURE_PLAN_AREAS}
            labelOf={(code) => `${code} · ${planAreaLabel(code, lang)}`}
          />
        </FormField>
      </FieldRow>
      <FormField name="agencyCode" label={t('field.organiser')}>
        <AgencySelect only={ownAgency} />
      </FormField>
      <FormField name="coOrganisers" label={t('culture.field.coOrganisers')}>
        <AgencySelect mode="multiple" allowClear />
      </FormField>
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
      <Form.Item label={t('culture.field.troupes')}>
        <Form.List name="troupes">
          {(rows, { add, remove }) => (
            <Flex vertical gap={4}>
              {rows.map((row) => (
                <Flex key={row.key} gap="small" align="start" data-testid="troupe-row">
                  <Form.Item name={[row.name, 'name']} style={{ flex: 3, marginBottom: 4 }}>
                    <Input
                      placeholder={t('culture.field.troupeName')}
                      aria-label={t('culture.field.troupeName')}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'countryCode']} style={{ flex: 2, marginBottom: 4 }}>
                    <CountrySelect
                      placeholder={t('culture.field.troupeCountry')}
                      aria-label={t('culture.field.troupeCountry')}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'size']} style={{ flex: 1, marginBottom: 4 }}>
                    <WholeNumberInput
                      placeholder={t('culture.field.troupeSize')}
                      aria-label={t('culture.field.troupeSize')}
                    />
                  </Form.Item>
                  <Button aria-label={t('culture.field.removeTroupe')} onClick={() => remove(row.name)}>
                    ×
                  </Button>
                </Flex>
              ))}
              <Button type="dashed" onClick={() => add()} data-testid="add-troupe">
                {t('culture.field.addTroupe')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <FieldRow>
        <FormField name="expectedAudience" label={t('field.expectedAudience')}>
          <WholeNumberInput />
        </FormField>
        <FormField name="costEstimate" label={t('field.costEstimate')}>
          <MoneyInput />
        </FormField>
      </FieldRow>
      <FieldRow>
        <FormField
          name="takesRegistrations"
          label={t('culture.field.takesRegistrations')}
          valuePropName="checked"
        >
          <Switch />
        </FormField>
        <FormField name="capacity" label={t('culture.field.capacity')}>
          <WholeNumberInput />
        </FormField>
      </FieldRow>
      <FormField name="organiserContact" label={t('culture.field.organiserContact')}>
        <Input />
      </FormField>
      <FormField name="internalNotes" label={t('culture.field.internalNotes')}>
        <Input.TextArea rows={2} />
      </FormField>
    </>
  );
  if (event) {
    return (
      <>
        {toastHolder}
        <CreateDrawer
          name="cultural-event-edit"
          live={{ kind: 'culture.event', id: event.id }}
          title={t('culture.edit')}
          open={open}
          onClose={onClose}
          schema={UpdateCulturalEventSchema}
          initialValues={editValues(event)}
          extraValues={{ id: event.id, version: event.version }}
          successMessage={t('form.saved')}
          explainError={(error) => {
            const stale =
              error instanceof ApiError &&
              error.status === 409 &&
              error.fields.find((f) => f.path === 'version');
            return stale
              ? { text: t('culture.stale', { version: String(stale.params?.currentVersion ?? '') }) }
              : undefined;
          }}
          onSubmit={async (m) => warnOverlaps(await update.mutateAsync(m))}
        >
          {fields}
        </CreateDrawer>
      </>
    );
  }
  return (
    <>
      {toastHolder}
      <CreateDrawer
        name="cultural-event"
        title={t('culture.create')}
        open={open}
        onClose={onClose}
        schema={CreateCulturalEventSchema}
        initialValues={start.initialValues}
        onSubmit={async (m) => warnOverlaps(await create.mutateAsync(m))}
      >
        {fields}
      </CreateDrawer>
    </>
  );
}
