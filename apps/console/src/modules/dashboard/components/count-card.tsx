import { Card, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { SECTIONS } from '../../../app/paths';
import { formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import type { RecordCount } from '../hooks/use-record-counts';

/** How many records a department has, linking to its list. */
export function CountCard({ count }: { count: RecordCount }) {
  const t = useT();
  const lang = useLang();
  const section = SECTIONS.find((s) => s.key === count.section);
  if (!section) return null;
  return (
    <Card
      data-testid={`count-${count.section}`}
      title={t(section.label)}
      actions={[
        <Link key="open" to={section.path}>
          {t('dashboard.open')}
        </Link>,
      ]}
      style={{ height: '100%' }}
    >
      {count.failed ? (
        <Statistic title={t('dashboard.records')} value={t('dashboard.countError')} />
      ) : (
        <Statistic
          title={t('dashboard.records')}
          value={count.total === undefined ? '' : formatNumber(count.total, lang)}
          suffix={count.capped ? '+' : undefined}
          loading={count.loading}
          valueRender={(value) => <span data-testid="count-value">{value}</span>}
        />
      )}
    </Card>
  );
}
