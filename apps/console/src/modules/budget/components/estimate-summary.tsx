import type { Lang } from '@ascc/catalog';
import type { BudgetEstimate } from '@ascc/contracts';
import { Descriptions, Tag } from 'antd';
import { formatDate, formatMoney } from '../../../format/format';
import { useT } from '../../../i18n/language';
import '../messages';

/** The estimate's state and totals; amounts never break inside a number, on a phone one item a row. */
export function EstimateSummary({
  estimate,
  requested,
  lang,
}: {
  estimate: BudgetEstimate;
  /** The requested total as the lines now stand (the draft being edited), else the estimate's. */
  requested: number | string;
  lang: Lang;
}) {
  const t = useT();
  const money = (amount: number | string) => (
    <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(amount, lang)}</span>
  );
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        {
          key: 's',
          label: t('field.status'),
          children: <Tag data-testid="estimate-status">{t(`budget.status.${estimate.status}`)}</Tag>,
        },
        { key: 'v', label: t('budget.versionNo'), children: estimate.versionNo },
        {
          key: 'd',
          label: t('budget.deadline'),
          children: (
            <>
              <span style={{ whiteSpace: 'nowrap' }}>{formatDate(estimate.deadline, lang)}</span>{' '}
              {estimate.late && <Tag color="red">{t('budget.late')}</Tag>}
            </>
          ),
        },
        {
          key: 'r',
          label: t('budget.total'),
          children: <span data-testid="estimate-total">{money(requested)}</span>,
        },
        {
          key: 'a',
          label: t('budget.approvedTotal'),
          children: (
            <span data-testid="estimate-approved-total">
              {estimate.approvedAmount === null ? '—' : money(estimate.approvedAmount)}
            </span>
          ),
        },
        {
          key: 'l',
          label: t('budget.locked'),
          children: estimate.locked ? t('budget.yes') : t('budget.no'),
        },
      ]}
    />
  );
}
