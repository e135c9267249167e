import { agencyLabel, todayIsoDate } from '@ascc/catalog';
import type { ReportingOverview } from '@ascc/contracts';
import { Flex, Table, Tag, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import '../messages';

/**
 * The agencies that are late for the year, for the coordinator to chase: those that submitted after the
 * due date (agency, area, when), and those that have not reported at all, overdue once the date passed.
 */
export function LateAgencies({ overview }: { overview: ReportingOverview }) {
  const t = useT();
  const lang = useLang();
  const pastDue = todayIsoDate() > overview.dueDate;
  const missing = overview.missing.length;
  return (
    <Flex vertical gap="small" style={{ marginTop: 16 }}>
      <Typography.Title level={5} style={{ margin: 0 }} data-testid="reports-late-title">
        <Typography.Text type={overview.late.length ? 'danger' : undefined}>
          {t('reporting.lateList', { count: overview.late.length })}
        </Typography.Text>
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('reporting.lateHint', { date: formatDate(overview.dueDate, lang) })}
      </Typography.Text>
      <Table
        data-testid="reports-late"
        size="small"
        rowKey={(r) => `${r.agencyCode}-${r.planArea}`}
        pagination={false}
        dataSource={overview.late}
        locale={{ emptyText: t('reporting.noLate') }}
        columns={[
          { key: 'agency', title: t('field.agencyCode'), render: (_, r) => agencyLabel(r.agencyCode, lang) },
          { key: 'area', title: t('field.planArea'), render: (_, r) => r.planArea },
          {
            key: 'submittedAt',
            title: t('reporting.submittedAt'),
            render: (_, r) => formatDateTime(r.submittedAt, lang),
          },
        ]}
      />
      <Typography.Text
        strong
        type={pastDue && missing ? 'danger' : undefined}
        data-testid="reports-missing-title"
      >
        {t(pastDue ? 'reporting.overdue' : 'reporting.notYet', { count: missing })}
      </Typography.Text>
      <Flex wrap gap={4} data-testid="reports-missing">
        {overview.missing.map((m) => (
          <Tag
            key={`${m.agencyCode}-${m.planArea}`}
            color={pastDue ? 'red' : undefined}
            // A long agency name wraps inside its tag instead of widening a phone's page.
            style={{ whiteSpace: 'normal', maxWidth: '100%' }}
          >
            {agencyLabel(m.agencyCode, lang)} · {m.planArea}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
}
