import type { BudgetEstimate } from '@ascc/contracts';
import { useMemo } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { RecordDrawer } from '../../../shared/record/record-drawer';
import { type RecordField, recordValue } from '../../../shared/record/record-values';
import { useBudgetEstimate, useBudgetEstimateHistory } from '../hooks/use-budget-estimates';

/**
 * An estimate's details and history. Review and approval have no routes (nor permissions) yet, so
 * nothing here offers them; when they come, their buttons belong here, shown only when `useCan` allows
 * the review permission for the estimate's agency.
 */
export default function BudgetEstimateDrawer() {
  const t = useT();
  const lang = useLang();
  const fields = useMemo<RecordField[]>(
    () => [
      { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
      { name: 'fiscalYear', label: t('field.fiscalYear') },
      { name: 'titleVi', label: t('field.titleVi') },
      { name: 'planArea', label: t('field.planArea'), format: recordValue.planArea(lang) },
      { name: 'fundingSource', label: t('field.fundingSource'), format: recordValue.fundingSource(lang) },
      { name: 'requestedAmount', label: t('field.requestedAmount'), format: recordValue.money(lang) },
      { name: 'notes', label: t('field.notes') },
      { name: 'status', label: t('field.status'), format: recordValue.option(t, 'budget.status') },
      { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
      { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
    ],
    [t, lang],
  );
  return (
    <RecordDrawer<BudgetEstimate>
      title={(estimate) => `${estimate.fiscalYear} · ${estimate.titleVi}`}
      fields={fields}
      useRecord={useBudgetEstimate}
      useHistory={useBudgetEstimateHistory}
    />
  );
}
