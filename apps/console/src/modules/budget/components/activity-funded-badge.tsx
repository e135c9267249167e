import { Tag } from 'antd';
import { formatMoney } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useActivityFunding } from '../hooks/use-budget-estimates';
import '../messages';

/** "Funded: X đồng" once Finance approved a budget line for this course or event; nothing before. */
export function ActivityFundedBadge({ kind, id }: { kind: 'course' | 'event'; id: string }) {
  const t = useT();
  const lang = useLang();
  const funding = useActivityFunding(kind, id);
  if (!funding.data?.lines.length)
    return <Tag data-testid="funded-badge-none">{t('budget.funded.none')}</Tag>;
  return (
    <Tag color="green" data-testid="funded-badge">
      {t('budget.funded')}: {formatMoney(funding.data.fundedAmount, lang)}
    </Tag>
  );
}
