import { Badge, Calendar, Flex, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '../../../i18n/language';
import { useDelegations } from '../hooks/use-aid';
import '../messages';

const MAX_PER_DAY = 3;

/** The month's delegations on a calendar: each shows on every day of its stay. */
export default function DelegationCalendarPage() {
  const t = useT();
  // The month shown is kept in the URL (`?month=2025-03`), so a link opens the same page of the calendar.
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month: Dayjs = asked && /^\d{4}-\d{2}$/.test(asked) ? dayjs(`${asked}-01`) : dayjs();
  const setMonth = (value: Dayjs) => setParams({ month: value.format('YYYY-MM') }, { replace: true });
  const from = month.startOf('month').format('YYYY-MM-DD');
  const to = month.endOf('month').format('YYYY-MM-DD');
  const delegations = useDelegations({ from, to, pageSize: 100, sort: 'startDate', order: 'asc' });
  const items = delegations.data?.items ?? [];

  return (
    <Flex vertical gap="small" data-testid="delegation-calendar">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('aid.calendar.title')}
      </Typography.Title>
      <Calendar
        value={month}
        onPanelChange={(value) => setMonth(value)}
        onSelect={(value) => setMonth(value)}
        cellRender={(current, info) => {
          if (info.type !== 'date') return info.originNode;
          const day = current.format('YYYY-MM-DD');
          const today = items.filter((d) => d.startDate <= day && day <= d.endDate);
          return (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {today.slice(0, MAX_PER_DAY).map((d) => (
                <li key={d.id}>
                  <Badge
                    status={d.direction === 'inbound' ? 'success' : 'processing'}
                    text={<Link to={`/aid/delegations/${d.id}`}>{d.title}</Link>}
                  />
                </li>
              ))}
              {today.length > MAX_PER_DAY && (
                <li>{t('aid.calendar.more', { count: today.length - MAX_PER_DAY })}</li>
              )}
            </ul>
          );
        }}
      />
    </Flex>
  );
}
