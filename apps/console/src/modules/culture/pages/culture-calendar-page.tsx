import { districtLabel } from '@ascc/catalog';
import type { CalendarEntry } from '@ascc/contracts';
import { Alert, Button, Empty, Flex, Grid, Segmented, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDateRange } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { publicCalendarUrl } from '../api/cultural-events.api';
import { useCalendar } from '../hooks/use-cultural-events';
import { monthGrid, shiftMonth } from '../components/month-grid';
import { STATUS_COLORS } from '../components/status-colors';
import '../messages';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

const WEEKDAYS = {
  vi: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** Month and list views of the events, the month and view kept in the URL; overlaps at a venue flagged. */
export default function CultureCalendarPage() {
  const t = useT();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '')
    ? String(params.get('month'))
    : iso(new Date()).slice(0, 7);
  // A phone has no room for seven columns: it opens on the agenda (list) unless the month is asked for.
  const phone = Grid.useBreakpoint().md === false;
  const asked = params.get('view');
  const view = asked === 'list' || asked === 'month' ? asked : phone ? 'list' : 'month';
  const todayIso = iso(new Date());
  const weeks = useMemo(() => monthGrid(month), [month]);
  const query = useCalendar(
    view === 'month'
      ? { from: weeks[0][0], to: weeks[weeks.length - 1][6] }
      : { from: `${month}-01`, to: iso(utc(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)) },
  );
  const go = (patch: Record<string, string>) => setParams({ month, view, ...patch });
  const items = query.data?.items ?? [];
  const title = (e: CalendarEntry) => (lang === 'en' ? e.titleEn : e.titleVi);
  const monthLabel = new Date(`${month}-01T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'vi-VN', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Flex align="center" gap="small" wrap>
          <Button
            onClick={() => go({ month: shiftMonth(month, -1) })}
            aria-label={t('culture.cal.prev')}
            data-testid="cal-prev"
          >
            ‹
          </Button>
          <Typography.Title
            level={2}
            style={{
              margin: 0,
              minWidth: phone ? 0 : 220,
              textAlign: 'center',
              fontSize: phone ? 20 : undefined,
            }}
            data-testid="cal-month"
          >
            {monthLabel}
          </Typography.Title>
          <Button
            onClick={() => go({ month: shiftMonth(month, 1) })}
            aria-label={t('culture.cal.next')}
            data-testid="cal-next"
          >
            ›
          </Button>
          <Button onClick={() => go({ month: iso(new Date()).slice(0, 7) })}>{t('culture.cal.today')}</Button>
        </Flex>
        <Flex align="center" gap="small" wrap>
          <Segmented
            value={view}
            data-testid="cal-view"
            options={[
              { value: 'month', label: t('culture.cal.month') },
              { value: 'list', label: t('culture.cal.list') },
            ]}
            onChange={(v) => go({ view: String(v) })}
          />
          <a href={publicCalendarUrl(lang)} data-testid="cal-ics">
            {t('culture.cal.ics')}
          </a>
        </Flex>
      </Flex>
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, t)} />}
      <Spin spinning={query.isFetching}>
        {view === 'month' ? (
          <div
            data-testid="cal-grid"
            // minmax(0, 1fr): seven equal columns whatever the events' titles, which end in an ellipsis.
            style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 2 }}
          >
            {WEEKDAYS[lang].map((d) => (
              <Typography.Text key={d} strong style={{ textAlign: 'center' }}>
                {d}
              </Typography.Text>
            ))}
            {weeks.flat().map((day) => {
              const today = day === todayIso;
              const events = items.filter((e) => e.startDate <= day && e.endDate >= day);
              return (
                <div
                  key={day}
                  data-testid={`cal-day-${day}`}
                  aria-current={today ? 'date' : undefined}
                  style={{
                    minHeight: 96,
                    minWidth: 0,
                    overflow: 'hidden',
                    padding: 4,
                    border: `${today ? 2 : 1}px solid ${today ? '#1f4e9e' : '#f0f0f0'}`,
                    background: today ? '#eef3fb' : day.slice(0, 7) === month ? '#fff' : '#fafafa',
                    borderRadius: 4,
                  }}
                >
                  <Flex align="center" gap={4} style={{ whiteSpace: 'nowrap' }}>
                    {today ? (
                      <span
                        data-testid="cal-today"
                        style={{
                          display: 'inline-block',
                          minWidth: 24,
                          lineHeight: '24px',
                          borderRadius: 12,
                          background: '#1f4e9e',
                          color: '#fff',
                          textAlign: 'center',
                          fontWeight: 600,
                        }}
                      >
                        {Number(day.slice(8))}
                      </span>
                    ) : (
                      <Typography.Text type={day.slice(0, 7) === month ? undefined : 'secondary'}>
                        {Number(day.slice(8))}
                      </Typography.Text>
                    )}
                    {today && (
                      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                        {t('culture.cal.today')}
                      </Typography.Text>
                    )}
                  </Flex>
                  <Flex vertical gap={2}>
                    {events.map((e) => (
                      <Tooltip key={e.id} title={`${title(e)} · ${e.venue}`}>
                        <Link
                          to={`/culture/${e.id}`}
                          data-testid="cal-event"
                          style={{ fontSize: 12, display: 'block', minWidth: 0 }}
                        >
                          <Tag
                            color={e.overlapCount ? 'orange' : STATUS_COLORS[e.status]}
                            style={{
                              display: 'block',
                              maxWidth: '100%',
                              overflow: 'hidden',
                              textOverflow: 'ellipsis',
                              whiteSpace: 'nowrap',
                              marginInlineEnd: 0,
                            }}
                          >
                            {e.overlapCount ? '⚠ ' : ''}
                            {title(e)}
                          </Tag>
                        </Link>
                      </Tooltip>
                    ))}
                  </Flex>
                </div>
              );
            })}
          </div>
        ) : (
          <Table<CalendarEntry>
            rowKey="id"
            data-testid="cal-list"
            dataSource={items}
            pagination={false}
            scroll={{ x: phone ? 480 : undefined }}
            locale={{ emptyText: <Empty description={t('culture.cal.empty')} /> }}
            columns={[
              {
                key: 'dates',
                title: t('field.dates'),
                render: (_, e) => formatDateRange(e.startDate, e.endDate, lang),
              },
              {
                key: 'title',
                title: t('field.title'),
                render: (_, e) => <Link to={`/culture/${e.id}`}>{title(e)}</Link>,
              },
              { key: 'type', title: t('field.type'), render: (_, e) => t(`culture.type.${e.type}`) },
              {
                key: 'venue',
                title: t('field.venue'),
                render: (_, e) => (
                  <Flex gap={4} wrap>
                    {[e.venue, e.districtCode && districtLabel(e.districtCode, lang)]
                      .filter(Boolean)
                      .join(', ')}
                    {e.overlapCount > 0 && <Tag color="orange">⚠ {t('culture.cal.overlap')}</Tag>}
                  </Flex>
                ),
              },
              {
                key: 'status',
                title: t('field.status'),
                render: (_, e) => (
                  <Tag color={STATUS_COLORS[e.status]}>{t(`culture.status.${e.status}`)}</Tag>
                ),
              },
            ]}
          />
        )}
      </Spin>
    </Flex>
  );
}
