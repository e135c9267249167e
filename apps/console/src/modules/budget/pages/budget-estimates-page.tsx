import {
  BUDGET_ESTIMATE_SORTS,
  BUDGET_ESTIMATE_STATUSES,
  type BudgetEstimateSummary,
  FISCAL_YEAR_MAX,
  FISCAL_YEAR_MIN,
  ListBudgetEstimatesSchema,
} from '@ascc/contracts';
import { Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { formatDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useCan, useListAccess } from '../../auth/hooks/use-can';
import { Link } from 'react-router-dom';
import { agencyOptions, enumOptions } from '../../../shared/form/controls';
import { agencyColumn, createdAtColumn, moneyColumn, statusColumn } from '../../../shared/list/columns';
import { type ListFilter, ListPage } from '../../../shared/list/list-page';
import { BudgetEstimateForm } from '../components/budget-estimate-form';
import { useBudgetEstimates } from '../hooks/use-budget-estimates';
import '../messages';

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

/** Fits 1366 px with its deadline and status in view; on a phone the year and the title. */
const COLUMN_DEFAULTS = {
  pinned: ['fiscalYear', 'titleVi'],
  hidden: ['createdAt'],
  phone: [],
};

export default function BudgetEstimatesPage() {
  const t = useT();
  const lang = useLang();
  const access = useListAccess('budget.estimate.read', 'budget.estimate.create');
  const canConsolidate = useCan('budget.consolidation.read').allowed;

  const columns = useMemo<TableColumnsType<BudgetEstimateSummary>>(
    () => [
      { key: 'fiscalYear', title: t('field.fiscalYear'), dataIndex: 'fiscalYear', width: 110 },
      agencyColumn(t, lang),
      { key: 'titleVi', title: t('field.titleVi'), dataIndex: 'titleVi', width: 240 },
      moneyColumn('requestedAmount', t('field.requestedAmount'), lang),
      {
        key: 'late',
        title: t('budget.deadline'),
        dataIndex: 'late',
        width: 130,
        render: (late: boolean, e: BudgetEstimateSummary) =>
          late ? <Tag color="red">{t('budget.late')}</Tag> : formatDate(e.deadline, lang),
      },
      statusColumn(
        t,
        (status: BudgetEstimateSummary['status']) => t(`budget.status.${status}`),
        STATUS_COLORS,
      ),
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
      {
        name: 'late',
        label: t('budget.filter.late'),
        options: [
          { value: 'true', label: t('budget.yes') },
          { value: 'false', label: t('budget.no') },
        ],
      },
    ],
    [t, lang],
  );

  return (
    <>
      {canConsolidate && (
        <Link to="consolidation" data-testid="budget-consolidation-link">
          {t('budget.consolidation.link')}
        </Link>
      )}
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
        columnDefaults={COLUMN_DEFAULTS}
      />
    </>
  );
}
