import type { Lang } from '@ascc/catalog';
import type { Translate } from '../../i18n/translate';
import { type RecordField, recordValue } from '../../shared/record/record-values';
import './messages';

/**
 * A budget estimate as its history records it (the service's audit view of it): title, status, the
 * totals, the submission number, how many lines, and which step changed it (submit, start review…).
 */
export function budgetEstimateFields(t: Translate, lang: Lang): RecordField[] {
  return [
    { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
    { name: 'fiscalYear', label: t('field.fiscalYear') },
    { name: 'titleVi', label: t('budget.field.title') },
    { name: 'status', label: t('field.status'), format: recordValue.option(t, 'budget.status') },
    { name: 'action', label: t('budget.field.step'), format: recordValue.option(t, 'budget.step') },
    { name: 'requestedAmount', label: t('budget.total'), format: recordValue.money(lang) },
    { name: 'approvedAmount', label: t('budget.approvedTotal'), format: recordValue.money(lang) },
    { name: 'versionNo', label: t('budget.versionNo'), format: recordValue.count(lang) },
    { name: 'lines', label: t('budget.field.lineCount'), format: recordValue.count(lang) },
    { name: 'reviewComment', label: t('budget.financeComment') },
    { name: 'notes', label: t('budget.line.notes') },
    { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
    { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
  ];
}

/** A fiscal year's consolidation: its lock (who consolidated), submission and the Committee's decision. */
export function budgetConsolidationFields(t: Translate, lang: Lang): RecordField[] {
  return [
    {
      name: 'status',
      label: t('field.status'),
      format: recordValue.option(t, 'budget.consolidation.status'),
    },
    { name: 'consolidatedBy', label: t('budget.consolidation.by') },
    { name: 'submissionNumber', label: t('budget.consolidation.submissionNumber') },
    { name: 'decisionNumber', label: t('budget.consolidation.decisionNumber') },
    { name: 'decisionDate', label: t('budget.consolidation.decisionDate'), format: recordValue.date(lang) },
  ];
}

/** A fiscal year's submission deadline. */
export function budgetDeadlineFields(t: Translate, lang: Lang): RecordField[] {
  return [{ name: 'deadline', label: t('budget.deadlines.deadline'), format: recordValue.date(lang) }];
}
