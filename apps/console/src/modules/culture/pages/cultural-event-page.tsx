import { type AgencyCode, agencyLabel, countryLabel, districtLabel, planAreaLabel } from '@ascc/catalog';
import { CULTURAL_EVENT_NEXT_STATUSES, type CulturalEventDetail } from '@ascc/contracts';
import {
  Alert,
  Button,
  Descriptions,
  Empty,
  Flex,
  Result,
  Skeleton,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatMoney,
  formatNumber,
} from '../../../format/format';
import { useSessionUser } from '../../../app/use-session';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { errorText } from '../../../shared/error-text';
import { localTabs } from '../../../shared/fail-local';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { culturalEventFields } from '../culture-fields';
import { CulturalEventForm } from '../components/cultural-event-form';
import { EventAttachments } from '../components/event-attachments';
import { EventRegistrations } from '../components/event-registrations';
import { StatusAction } from '../components/status-action';
import { STATUS_COLORS } from '../components/status-colors';
import { useCulturalEvent, useCulturalEventHistory } from '../hooks/use-cultural-events';
import { CulturalEventFundedBadge } from '../components/cultural-event-funded-badge';
import '../../budget/messages';
import '../messages';

/** One event: its details, countries and troupes, registrations, report, attachments and history. */
export default function CulturalEventPage() {
  const { id = '' } = useParams();
  const t = useT();
  const query = useCulturalEvent(id);
  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return (
      <Result
        status="error"
        title={t('list.loadError')}
        subTitle={errorText(query.error, t)}
        extra={<Link to="/culture">{t('culture.back')}</Link>}
      />
    );
  return <EventView event={query.data} />;
}

function EventView({ event }: { event: CulturalEventDetail }) {
  const t = useT();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const canUpdate = useCan('culture.event.update', event.agencyCode).allowed;
  const canManageRegistrations = useCan('culture.registration.manage', event.agencyCode).allowed;
  const final = event.status === 'reported' || event.status === 'cancelled';
  const user = useSessionUser();
  const coOrganiserOnly =
    !canUpdate && user !== undefined && event.coOrganisers.includes(user.agencyCode as AgencyCode);

  const countries = (
    <Flex wrap gap={4} data-testid="event-countries">
      {event.countryCodes.map((code) => (
        <Tag key={code} color={event.aseanCountryCodes.includes(code) ? 'blue' : undefined}>
          {countryLabel(code, lang)}
          {event.aseanCountryCodes.includes(code) ? ` · ${t('culture.asean')}` : ''}
        </Tag>
      ))}
    </Flex>
  );

  const details = (
    <Flex vertical gap="middle">
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="event-details">
        <Descriptions.Item label={t('field.titleVi')}>{event.titleVi}</Descriptions.Item>
        <Descriptions.Item label={t('field.titleEn')}>{event.titleEn}</Descriptions.Item>
        <Descriptions.Item label={t('field.type')}>{t(`culture.type.${event.type}`)}</Descriptions.Item>
        <Descriptions.Item label={t('field.planArea')}>
          {event.planArea} · {planAreaLabel(event.planArea, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.organiser')}>
          {agencyLabel(event.agencyCode, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('culture.field.coOrganisers')}>
          {event.coOrganisers.map((code) => agencyLabel(code, lang)).join(', ') || t('app.empty')}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.venue')}>
          {[event.venue, event.districtCode && districtLabel(event.districtCode, lang)]
            .filter(Boolean)
            .join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.dates')}>
          {formatDateRange(event.startDate, event.endDate, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.countryCodes')} span={2}>
          {countries}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.expectedAudience')}>
          {event.expectedAudience != null ? formatNumber(event.expectedAudience, lang) : t('app.empty')}
        </Descriptions.Item>
        <Descriptions.Item label={t('culture.field.actualAudience')}>
          <span data-testid="event-actual-audience">
            {event.actualAudience != null ? formatNumber(event.actualAudience, lang) : t('app.empty')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('field.costEstimate')}>
          {formatMoney(event.costEstimate, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('budget.funded')}>
          <CulturalEventFundedBadge id={event.id} />
        </Descriptions.Item>
        <Descriptions.Item label={t('culture.field.takesRegistrations')}>
          {event.takesRegistrations
            ? `${t('app.yes')}${event.capacity ? ` · ${formatNumber(event.capacity, lang)}` : ''}`
            : t('app.no')}
        </Descriptions.Item>
        {event.statusReason && (
          <Descriptions.Item label={t('culture.field.statusReason')} span={2}>
            {event.statusReason}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('culture.field.description')} span={2}>
          {event.description ?? t('app.empty')}
        </Descriptions.Item>
        <Descriptions.Item label={t('culture.field.organiserContact')}>
          {event.organiserContact ?? t('app.empty')}
        </Descriptions.Item>
        <Descriptions.Item label={t('culture.field.internalNotes')}>
          {event.internalNotes ?? t('app.empty')}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.updatedAt')}>
          {formatDateTime(event.updatedAt, lang)}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4}>{t('culture.field.troupes')}</Typography.Title>
      {event.troupes.length ? (
        <Table
          rowKey={(r) => `${r.name}-${r.countryCode}`}
          size="small"
          pagination={false}
          dataSource={event.troupes}
          data-testid="event-troupes"
          columns={[
            { key: 'n', title: t('culture.field.troupeName'), dataIndex: 'name' },
            {
              key: 'c',
              title: t('culture.field.troupeCountry'),
              dataIndex: 'countryCode',
              render: (code: string) => countryLabel(code, lang),
            },
            { key: 's', title: t('culture.field.troupeSize'), dataIndex: 'size' },
          ]}
        />
      ) : (
        <Empty description={t('culture.troupes.none')} />
      )}
    </Flex>
  );

  const report = event.report ? (
    <Descriptions bordered size="small" column={1} data-testid="event-report">
      <Descriptions.Item label={t('culture.field.attendance')}>
        {formatNumber(event.report.attendance, lang)}
      </Descriptions.Item>
      <Descriptions.Item label={t('culture.field.outcomes')}>{event.report.outcomes}</Descriptions.Item>
      <Descriptions.Item label={t('culture.field.mediaCoverage')}>
        {event.report.mediaCoverage}
      </Descriptions.Item>
      <Descriptions.Item label={t('culture.field.reportedAt')}>
        {formatDate(event.report.reportedAt.slice(0, 10), lang)}
      </Descriptions.Item>
    </Descriptions>
  ) : (
    <Empty description={t('culture.report.none')} />
  );

  return (
    <Flex vertical gap="middle">
      <Link to="/culture" data-testid="event-back">
        {t('culture.back')}
      </Link>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Flex align="center" gap="small" wrap>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="event-title">
            {lang === 'en' ? event.titleEn : event.titleVi}
          </Typography.Title>
          <Tag color={STATUS_COLORS[event.status]} data-testid="event-status">
            {t(`culture.status.${event.status}`)}
          </Tag>
        </Flex>
        {canUpdate && (
          <Flex gap="small" wrap>
            {!final && (
              <Button onClick={() => setEditing(true)} data-testid="event-edit">
                {t('culture.edit')}
              </Button>
            )}
            {CULTURAL_EVENT_NEXT_STATUSES[event.status].map((to) => (
              <StatusAction key={to} event={event} to={to} />
            ))}
          </Flex>
        )}
      </Flex>
      {coOrganiserOnly && (
        <Alert
          type="info"
          showIcon
          data-testid="event-co-organised"
          title={t('culture.coOrganisedReadOnly')}
        />
      )}
      {event.overlaps.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="event-overlap"
          title={t('culture.overlapWarning', { count: event.overlaps.length })}
          description={
            <Flex vertical>
              {event.overlaps.map((o) => (
                <Link key={o.id} to={`/culture/${o.id}`}>
                  {lang === 'en' ? o.titleEn : o.titleVi} · {formatDateRange(o.startDate, o.endDate, lang)} ·{' '}
                  {t(`culture.status.${o.status}`)}
                </Link>
              ))}
            </Flex>
          }
        />
      )}
      <Tabs
        items={localTabs([
          { key: 'details', label: t('culture.section.details'), children: details },
          {
            key: 'registrations',
            label: <span data-testid="event-tab-registrations">{t('culture.section.registrations')}</span>,
            children: <EventRegistrations event={event} canManage={canManageRegistrations} />,
          },
          {
            key: 'report',
            label: <span data-testid="event-tab-report">{t('culture.section.report')}</span>,
            children: report,
          },
          {
            key: 'attachments',
            label: <span data-testid="event-tab-attachments">{t('culture.section.attachments')}</span>,
            children: <EventAttachments event={event} canUpload={canUpdate} />,
          },
          {
            key: 'history',
            label: <span data-testid="event-tab-history">{t('culture.section.history')}</span>,
            children: (
              <HistoryPanel id={event.id} useHistory={useCulturalEventHistory} fields={culturalEventFields} />
            ),
          },
        ])}
      />
      {canUpdate && !final && (
        <CulturalEventForm open={editing} onClose={() => setEditing(false)} event={event} />
      )}
    </Flex>
  );
}
