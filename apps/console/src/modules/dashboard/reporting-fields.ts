import type { Lang } from '@ascc/catalog';
import type { Translate } from '../../i18n/translate';
import { type RecordField, recordValue } from '../../shared/record/record-values';
import './messages';

/** An agency's yearly report, as its reader and its history show it. */
export function yearlyReportFields(t: Translate, lang: Lang): RecordField[] {
  const count = recordValue.count(lang);
  const money = recordValue.money(lang);
  const number = (value: unknown) => (value === null || value === undefined ? '—' : count(value));
  return [
    { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
    { name: 'year', label: t('reporting.field.year') },
    { name: 'planArea', label: t('field.planArea'), format: recordValue.planArea(lang) },
    { name: 'status', label: t('reporting.status'), format: recordValue.option(t, 'reporting.status') },
    { name: 'narrative', label: t('reporting.narrative') },
    {
      name: 'indicators',
      label: t('reporting.indicators'),
      format: recordValue.items(t, lang, [
        { name: 'name', label: t('reporting.indicator') },
        {
          name: 'target',
          label: t('reporting.target'),
          format: (v) => `${t('reporting.target')} ${number(v)}`,
        },
        {
          name: 'actual',
          label: t('reporting.actual'),
          format: (v) => `${t('reporting.actual')} ${number(v)}`,
        },
      ]),
    },
    { name: 'difficulties', label: t('reporting.difficulties') },
    { name: 'proposals', label: t('reporting.proposals') },
    {
      name: 'figures',
      label: t('reporting.figures'),
      format: recordValue.items(t, lang, [
        {
          name: 'trained',
          label: t('reporting.trained'),
          format: (v) => `${t('reporting.trained')}: ${count(v)}`,
        },
        {
          name: 'events',
          label: t('reporting.events'),
          format: (v) => `${t('reporting.events')}: ${count(v)}`,
        },
        {
          name: 'aidDisbursed',
          label: t('reporting.aidDisbursed'),
          format: (v) => `${t('reporting.aidDisbursed')}: ${money(v)}`,
        },
        {
          name: 'budgetApproved',
          label: t('reporting.approved'),
          format: (v) => `${t('reporting.approved')}: ${money(v)}`,
        },
      ]),
    },
    { name: 'dueDate', label: t('reporting.dueDate'), format: recordValue.date(lang) },
    { name: 'submittedAt', label: t('reporting.submittedAt'), format: recordValue.dateTime(lang) },
    { name: 'late', label: t('reporting.late'), format: (v) => (v ? t('app.yes') : t('app.no')) },
    { name: 'reviewComment', label: t('reporting.reviewComment') },
    { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
  ];
}
