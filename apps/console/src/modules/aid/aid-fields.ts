import { type Lang, sectorLabel } from '@ascc/catalog';
import { formatDate, formatMoney } from '../../format/format';
import type { Translate } from '../../i18n/translate';
import { type RecordField, recordValue } from '../../shared/record/record-values';
import './messages';

/** Each aid record kind's fields — its form's labels, the lists' formats — for details and history. */

const yesNo = (t: Translate) => (value: unknown) => (value ? t('app.yes') : t('app.no'));
const linkLabel = (value: unknown) =>
  value && typeof value === 'object' && 'label' in value ? String(value.label) : '';

export function ngoFields(t: Translate, lang: Lang): RecordField[] {
  return [
    { name: 'nameOriginal', label: t('field.nameOriginal') },
    { name: 'nameVi', label: t('field.nameVi') },
    { name: 'acronym', label: t('field.acronym') },
    { name: 'countryCode', label: t('field.countryCode'), format: recordValue.country(lang) },
    { name: 'isAsean', label: t('field.isAsean'), format: yesNo(t) },
    { name: 'kind', label: t('field.kind'), format: recordValue.option(t, 'aid.kind') },
    { name: 'planArea', label: t('field.planArea'), format: recordValue.planArea(lang) },
    { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
    {
      name: 'registration',
      label: t('aid.field.registration'),
      format: recordValue.items(t, lang, [
        { name: 'certificateNo', label: t('aid.field.certificateNo') },
        { name: 'issuedBy', label: t('aid.field.issuedBy') },
        { name: 'validFrom', label: t('aid.field.validFrom'), format: recordValue.date(lang) },
        { name: 'validTo', label: t('aid.field.validTo'), format: recordValue.date(lang) },
      ]),
    },
    {
      name: 'registrationState',
      label: t('aid.field.registration'),
      format: recordValue.option(t, 'aid.registration'),
    },
    {
      name: 'contacts',
      label: t('aid.field.contacts'),
      format: recordValue.items(t, lang, [
        { name: 'name', label: t('aid.field.contactName') },
        { name: 'position', label: t('aid.field.position') },
        { name: 'email', label: t('aid.field.email') },
        { name: 'phone', label: t('aid.field.phone') },
      ]),
    },
    { name: 'notes', label: t('field.notes') },
    { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
    { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
  ];
}

export function aidProjectFields(t: Translate, lang: Lang): RecordField[] {
  const percent = recordValue.percent(lang);
  return [
    { name: 'code', label: t('aid.field.projectCode') },
    { name: 'titleVi', label: t('field.titleVi') },
    { name: 'titleEn', label: t('field.titleEn') },
    { name: 'description', label: t('aid.field.description') },
    { name: 'agencyCode', label: t('aid.field.managingAgency'), format: recordValue.agency(lang) },
    { name: 'planArea', label: t('field.planArea'), format: recordValue.planArea(lang) },
    {
      name: 'participants',
      label: t('aid.field.participants'),
      format: recordValue.items(t, lang, [
        { name: 'name', label: t('aid.field.orgName') },
        { name: 'role', label: t('aid.field.role'), format: recordValue.option(t, 'aid.role') },
        { name: 'countryCode', label: t('field.countryCode'), format: recordValue.country(lang) },
        { name: 'ngoId', label: '', hidden: true, format: () => '' },
      ]),
    },
    {
      name: 'sectors',
      label: t('aid.field.sectors'),
      format: recordValue.items(t, lang, [
        {
          name: 'code',
          label: t('aid.field.sector'),
          format: (code) => `${String(code)} · ${sectorLabel(String(code), lang)}`,
        },
        { name: 'percentage', label: t('aid.field.percentage'), format: percent },
      ]),
    },
    {
      name: 'locations',
      label: t('aid.field.locations'),
      format: recordValue.items(t, lang, [
        { name: 'districtCode', label: t('aid.field.district'), format: recordValue.district(lang) },
        { name: 'commune', label: t('aid.field.commune') },
        { name: 'percentage', label: t('aid.field.percentage'), format: percent },
      ]),
    },
    {
      name: 'beneficiaries',
      label: t('aid.field.beneficiaries'),
      format: recordValue.items(t, lang, [
        { name: 'group', label: t('aid.field.group'), format: recordValue.option(t, 'aid.beneficiary') },
        { name: 'count', label: t('aid.field.count'), format: recordValue.count(lang) },
      ]),
    },
    { name: 'status', label: t('aid.field.status'), format: recordValue.option(t, 'aid.status') },
    { name: 'decisionNo', label: t('aid.field.decisionNo') },
    { name: 'decisionDate', label: t('aid.field.decisionDate'), format: recordValue.date(lang) },
    { name: 'approvingAuthority', label: t('aid.field.approvingAuthority') },
    {
      name: 'appraisals',
      label: t('aid.field.appraisals'),
      format: recordValue.items(t, lang, [
        { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
        { name: 'opinion', label: t('aid.field.opinion') },
        {
          name: 'favourable',
          label: t('aid.field.favourable'),
          format: (v) => `${t('aid.field.favourable')}: ${yesNo(t)(v)}`,
        },
      ]),
    },
    { name: 'plannedStart', label: t('aid.field.plannedStart'), format: recordValue.date(lang) },
    { name: 'plannedEnd', label: t('aid.field.plannedEnd'), format: recordValue.date(lang) },
    { name: 'actualStart', label: t('aid.field.actualStart'), format: recordValue.date(lang) },
    { name: 'actualEnd', label: t('aid.field.actualEnd'), format: recordValue.date(lang) },
    { name: 'donorCountryCode', label: t('aid.field.donor'), format: recordValue.country(lang) },
    { name: 'donorIsAsean', label: t('field.isAsean'), format: yesNo(t) },
    { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
    { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
  ];
}

export function aidTransactionFields(t: Translate, lang: Lang): RecordField[] {
  return [
    { name: 'projectId', label: '', hidden: true },
    { name: 'type', label: t('aid.tx.type'), format: recordValue.option(t, 'aid.tx.type') },
    { name: 'date', label: t('aid.tx.date'), format: recordValue.date(lang) },
    {
      name: 'amount',
      label: t('aid.tx.amount'),
      format: (v) => (Number.isFinite(Number(v)) ? recordValue.count(lang)(Number(v)) : String(v)),
    },
    { name: 'currency', label: t('aid.tx.currency') },
    {
      name: 'exchangeRate',
      label: t('aid.tx.exchangeRate'),
      format: (v) => (Number.isFinite(Number(v)) ? recordValue.count(lang)(Number(v)) : String(v)),
    },
    { name: 'dongAmount', label: t('aid.tx.dongAmount'), format: recordValue.money(lang) },
    { name: 'description', label: t('aid.tx.description') },
    { name: 'reason', label: t('aid.tx.reason') },
    { name: 'reversesTransactionId', label: '', hidden: true },
    { name: 'reversedById', label: '', hidden: true },
    { name: 'id', label: '', hidden: true },
    { name: 'createdBy', label: '', hidden: true },
    {
      name: 'correctedBy',
      label: t('aid.tx.correctedBy'),
      format: (v) => {
        const entry = (v ?? {}) as { date?: string; amount?: string; currency?: string; dongAmount?: number };
        return `${entry.date ? formatDate(entry.date, lang) : ''} · ${entry.amount ?? ''} ${entry.currency ?? ''} = ${
          typeof entry.dongAmount === 'number' ? formatMoney(entry.dongAmount, lang) : ''
        }`;
      },
    },
    { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
  ];
}

/** A project's history: its own changes and the lines of its transactions (records, corrections, voids). */
export function aidProjectHistoryFields(t: Translate, lang: Lang): RecordField[] {
  const own = aidProjectFields(t, lang);
  const names = new Set(own.map((f) => f.name));
  return [...own, ...aidTransactionFields(t, lang).filter((f) => !names.has(f.name))];
}

export function delegationFields(t: Translate, lang: Lang): RecordField[] {
  return [
    { name: 'title', label: t('aid.field.delegationTitle') },
    { name: 'direction', label: t('aid.field.direction'), format: recordValue.option(t, 'aid.direction') },
    { name: 'purpose', label: t('aid.field.purpose'), format: recordValue.option(t, 'aid.purpose') },
    { name: 'countryCodes', label: t('aid.field.countries'), format: recordValue.countries(lang) },
    { name: 'organisations', label: t('aid.field.organisations'), format: recordValue.list(t) },
    { name: 'headName', label: t('aid.field.headName') },
    { name: 'headTitle', label: t('aid.field.headTitle') },
    { name: 'size', label: t('aid.field.size'), format: recordValue.count(lang) },
    { name: 'startDate', label: t('field.startDate'), format: recordValue.date(lang) },
    { name: 'endDate', label: t('field.endDate'), format: recordValue.date(lang) },
    { name: 'agencyCode', label: t('aid.field.hostAgency'), format: recordValue.agency(lang) },
    { name: 'planArea', label: t('field.planArea'), format: recordValue.planArea(lang) },
    { name: 'ngo', label: t('aid.field.linkedNgo'), format: linkLabel },
    { name: 'project', label: t('aid.field.linkedProject'), format: linkLabel },
    { name: 'culturalEvent', label: t('aid.field.linkedEvent'), format: linkLabel },
    { name: 'outcomes', label: t('aid.field.outcomes') },
    { name: 'followUps', label: t('aid.field.followUps') },
    { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
    { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
  ];
}
