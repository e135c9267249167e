import type { Lang } from '@ascc/catalog';
import type { Translate } from '../../i18n/translate';
import { type RecordField, recordValue } from '../../shared/record/record-values';
import './messages';

/**
 * Every field of a cultural event — its form's labels, the lists' formats — for its details, its
 * history and the audit log.
 */
export function culturalEventFields(t: Translate, lang: Lang): RecordField[] {
  return [
    { name: 'titleVi', label: t('field.titleVi') },
    { name: 'titleEn', label: t('field.titleEn') },
    { name: 'description', label: t('culture.field.description') },
    { name: 'type', label: t('field.type'), format: recordValue.option(t, 'culture.type') },
    { name: 'planArea', label: t('field.planArea'), format: recordValue.planArea(lang) },
    { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
    {
      name: 'coOrganisers',
      label: t('culture.field.coOrganisers'),
      format: recordValue.list(t, recordValue.agency(lang)),
    },
    { name: 'venue', label: t('field.venue') },
    { name: 'districtCode', label: t('field.districtCode'), format: recordValue.district(lang) },
    { name: 'startDate', label: t('field.startDate'), format: recordValue.date(lang) },
    { name: 'endDate', label: t('field.endDate'), format: recordValue.date(lang) },
    { name: 'countryCodes', label: t('field.countryCodes'), format: recordValue.countries(lang) },
    {
      name: 'aseanCountryCodes',
      label: t('culture.field.aseanCountries'),
      format: recordValue.countries(lang),
    },
    {
      name: 'troupes',
      label: t('culture.field.troupes'),
      format: recordValue.items(t, lang, [
        { name: 'name', label: t('culture.field.troupeName') },
        { name: 'countryCode', label: t('culture.field.troupeCountry'), format: recordValue.country(lang) },
        {
          name: 'size',
          label: t('culture.field.troupeSize'),
          format: (size) => `${recordValue.count(lang)(size)} ${t('culture.people')}`,
        },
      ]),
    },
    {
      name: 'expectedAudience',
      label: t('field.expectedAudience'),
      format: recordValue.count(lang),
    },
    { name: 'costEstimate', label: t('field.costEstimate'), format: recordValue.money(lang) },
    {
      name: 'takesRegistrations',
      label: t('culture.field.takesRegistrations'),
      format: (value) => (value ? t('app.yes') : t('app.no')),
    },
    { name: 'capacity', label: t('culture.field.capacity'), format: recordValue.count(lang) },
    { name: 'organiserContact', label: t('culture.field.organiserContact') },
    { name: 'internalNotes', label: t('culture.field.internalNotes') },
    { name: 'status', label: t('field.status'), format: recordValue.option(t, 'culture.status') },
    { name: 'statusReason', label: t('culture.field.statusReason') },
    { name: 'actualAudience', label: t('culture.field.actualAudience'), format: recordValue.count(lang) },
    {
      name: 'report',
      label: t('culture.section.report'),
      format: recordValue.items(t, lang, [
        {
          name: 'attendance',
          label: t('culture.field.attendance'),
          format: (n) => `${t('culture.field.attendance')}: ${recordValue.count(lang)(n)}`,
        },
        { name: 'outcomes', label: t('culture.field.outcomes') },
        { name: 'mediaCoverage', label: t('culture.field.mediaCoverage') },
        { name: 'reportedAt', label: t('culture.field.reportedAt'), format: recordValue.dateTime(lang) },
      ]),
    },
    { name: 'attachmentAdded', label: t('culture.att.added') },
    { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
    { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
  ];
}

/** A registration for an event, as the audit log records it. */
export function eventRegistrationFields(t: Translate, lang: Lang): RecordField[] {
  return [
    { name: 'eventId', label: '', hidden: true },
    { name: 'name', label: t('culture.reg.name') },
    { name: 'organisation', label: t('culture.reg.organisation') },
    { name: 'countryCode', label: t('field.countryCode'), format: recordValue.country(lang) },
    { name: 'status', label: t('culture.reg.status'), format: recordValue.option(t, 'culture.reg.status') },
    { name: 'checkedIn', label: t('culture.reg.checkedIn'), format: (v) => (v ? t('app.yes') : t('app.no')) },
  ];
}
