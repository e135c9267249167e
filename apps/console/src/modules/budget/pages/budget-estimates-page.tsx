import {
  BUDGET_ESTIMATE_SORTS,
  BUDGET_ESTIMATE_STATUSES,
  type BudgetEstimate,
  FISCAL_YEAR_MAX,
  FISCAL_YEAR_MIN,
  ListBudgetEstimatesSchema,
} from '@ascc/contracts';
import { fundingSourceLabel } from '@ascc/catalog';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { useListAccess } from '../../auth/hooks/use-can';
import { agencyOptions, enumOptions, fundingSourceOptions } from '../../../shared/form/controls';
import {
  agencyColumn,
  createdAtColumn,
  moneyColumn,
  planAreaColumn,
  statusColumn,
} from '../../../shared/list/columns';
import { type ListFilter, ListPage } from '../../../shared/list/list-page';
import { BudgetEstimateForm } from '../components/budget-estimate-form';
import { useBudgetEstimates } from '../hooks/use-budget-estimates';

const STATUS_COLORS = {
  draft: 'default',
  submitted: 'blue',
  'under-review': 'gold',
  returned: 'orange',
  approved: 'green',
  rejected: 'red',
};

const FISCAL_YEARS = Array.from({ length: FISCAL_YEAR_MAX - FISCAL_YEAR_MIN + 1 }, (_, i) =>
  String(FISCAL_YEAR_MAX - i),
);

export default function BudgetEstimatesPage() {
  const t = useT();
  const lang = useLang();
  const access = useListAccess('budget.estimate.read', 'budget.estimate.create');

  const columns = useMemo<TableColumnsType<BudgetEstimate>>(
    () => [
      { key: 'fiscalYear', title: t('field.fiscalYear'), dataIndex: 'fiscalYear' },
      agencyColumn(t, lang),
      { key: 'titleVi', title: t('field.titleVi'), dataIndex: 'titleVi' },
      planAreaColumn(t, lang),
      {
        key: 'fundingSource',
        title: t('field.fundingSource'),
        dataIndex: 'fundingSource',
        render: (code: string) => fundingSourceLabel(code, lang),
      },
      moneyColumn('requestedAmount', t('field.requestedAmount'), lang),
      statusColumn(t, (status: BudgetEstimate['status']) => t(`budget.status.${status}`), STATUS_COLORS),
      createdAtColumn(t, lang),
    ],
    [t, lang],
  );

  const filters = useMemo<ListFilter[]>(
    () => [
      {
        name: 'fiscalYear',
        label: t('field.fiscalYear'),
        options: FISCAL_YEARS.map((year) => ({ value: year, label: year })),
      },
      {
        name: 'status',
        label: t('field.status'),
        options: enumOptions(BUDGET_ESTIMATE_STATUSES, (v) => t(`budget.status.${v}`)),
      },
      { name: 'agencyCode', label: t('field.agencyCode'), options: agencyOptions(lang, t) },
      { name: 'fundingSource', label: t('field.fundingSource'), options: fundingSourceOptions(lang) },
    ],
    [t, lang],
  );

  return (
    <ListPage
      title={t('budget.title')}
      schema={ListBudgetEstimatesSchema}
      sortFields={BUDGET_ESTIMATE_SORTS}
      columns={columns}
      filters={filters}
      useList={useBudgetEstimates}
      readPermission={access.readPermission}
      fixedValues={access.fixedValues}
      createLabel={access.canCreate ? t('budget.create') : undefined}
      emptyHint={t('budget.emptyHint')}
      renderCreateForm={access.canCreate ? (props) => <BudgetEstimateForm {...props} /> : undefined}
      recordName={(estimate) => estimate.titleVi}
    />
  );
}
