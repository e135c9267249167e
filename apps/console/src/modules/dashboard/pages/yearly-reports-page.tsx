import { agencyLabel, planAreaLabel, planAreasOfAgency, todayIsoDate } from '@ascc/catalog';
import {
  type PlanAreaCode,
  REPORT_FORMATS,
  type ReportingOverview,
  type YearlyReport,
} from '@ascc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSessionUser } from '../../../app/use-session';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import type { MessageKey } from '../../../i18n/translate';
import { errorText } from '../../../shared/error-text';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { useYearlyReportHistory } from '../hooks/use-yearly-report-history';
import { yearlyReportFields } from '../reporting-fields';
import { Forbidden } from '../../../shared/forbidden';
import { can, useCan } from '../../auth/hooks/use-can';
import {
  type ReportFormat,
  createYearlyReport,
  exportProvinceReport,
  getReportingOverview,
  listYearlyReports,
  reviewYearlyReport,
  submitYearlyReport,
  updateYearlyReport,
  yearlyReportKeys,
} from '../api/reporting.api';
import { ReviewsCard } from '../components/reviews-card';

const YEARS = Array.from({ length: 10 }, (_, i) => 2017 + i);
/** The province report's export buttons, one per format (the journeys find them by these test ids). */
const EXPORT_BUTTONS: Record<ReportFormat, { testId: string; label: MessageKey }> = {
  xlsx: { testId: 'province-report-export', label: 'reporting.exportProvince' },
  docx: { testId: 'province-report-docx', label: 'reporting.exportProvinceDocx' },
  pdf: { testId: 'province-report-pdf', label: 'reporting.exportProvincePdf' },
};
const STATUS_COLOR = { draft: 'default', submitted: 'processing', accepted: 'success', returned: 'warning' };

/**
 * Yearly reports (plan VII.12): an agency starts its report on an area it leads or coordinates (its
 * figures come pre-filled from the read model), writes and submits it; the coordinator sees who has
 * and has not reported, and accepts or returns each report with a comment.
 */
export default function YearlyReportsPage() {
  return useCan('reporting.report.read').allowed ? <ReportsView /> : <Forbidden />;
}

function ReportsView() {
  const t = useT();
  const lang = useLang();
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const coordinator = useCan('reporting.dashboard.read').allowed;
  const manage = useCan('reporting.report.manage');
  const readReviews = useCan('reporting.review.read').allowed;
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<YearlyReport>();
  const [returning, setReturning] = useState<YearlyReport>();
  const [reading, setReading] = useState<YearlyReport>();
  const [comment, setComment] = useState('');
  const [area, setArea] = useState<PlanAreaCode>();
  const [exporting, setExporting] = useState<ReportFormat>();
  const list = useQuery({
    queryKey: yearlyReportKeys.list({ year, pageSize: 100 }),
    queryFn: ({ signal }) => listYearlyReports({ year, pageSize: 100 }, signal),
  });
  const overview = useQuery({
    queryKey: yearlyReportKeys.overview(year),
    queryFn: ({ signal }) => getReportingOverview(year, signal),
    enabled: coordinator,
  });
  const done = {
    onSuccess: () => {
      setError(undefined);
      return queryClient.invalidateQueries({ queryKey: yearlyReportKeys.all });
    },
    onError: (e: unknown) => setError(errorText(e, t)),
  };
  const create = useMutation({ mutationFn: createYearlyReport, ...done });
  const update = useMutation({
    mutationFn: updateYearlyReport,
    ...done,
    onSettled: () => setEditing(undefined),
  });
  const submit = useMutation({ mutationFn: submitYearlyReport, ...done });
  const review = useMutation({
    mutationFn: reviewYearlyReport,
    ...done,
    onSettled: () => setReturning(undefined),
  });
  const ownAreas = user ? planAreasOfAgency(user.agencyCode) : [];
  const mayManage = (r: YearlyReport) =>
    can(user, 'reporting.report.manage', r.agencyCode).allowed &&
    (r.status === 'draft' || r.status === 'returned');
  const mayReview = (r: YearlyReport) =>
    can(user, 'reporting.report.review').allowed && r.status === 'submitted';

  return (
    <Flex vertical gap="middle" data-testid="yearly-reports">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('reporting.reports')}
        </Typography.Title>
        <Space wrap>
          {coordinator &&
            REPORT_FORMATS.map((format) => (
              <Button
                key={format}
                data-testid={EXPORT_BUTTONS[format].testId}
                loading={exporting === format}
                onClick={async () => {
                  setExporting(format);
                  try {
                    await exportProvinceReport(year, format);
                  } catch (e) {
                    setError(errorText(e, t));
                  } finally {
                    setExporting(undefined);
                  }
                }}
              >
                {t(EXPORT_BUTTONS[format].label)}
              </Button>
            ))}
          <Select
            aria-label={t('reporting.period')}
            value={year}
            onChange={(y) => setParams(new URLSearchParams({ year: String(y) }))}
            options={YEARS.map((y) => ({ value: y, label: t('reporting.year', { year: y }) }))}
            style={{ width: 140 }}
          />
        </Space>
      </Flex>
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(undefined)} />}
      {coordinator && overview.data && (
        <Card
          title={t('reporting.overview', { date: formatDate(overview.data.dueDate, lang) })}
          data-testid="reports-overview"
        >
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t('reporting.expected')} value={overview.data.expected} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('reporting.submitted')} value={overview.data.submitted} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('reporting.onTimeRate')}
                value={
                  overview.data.onTimeRate === null
                    ? '—'
                    : `${formatNumber(Math.round(overview.data.onTimeRate * 1000) / 10, lang)} %`
                }
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('reporting.late')} value={overview.data.late.length} />
            </Col>
          </Row>
          <LateAgencies overview={overview.data} />
        </Card>
      )}
      {readReviews && <ReviewsCard />}
      {manage.allowed && ownAreas.length > 0 && (
        <Space wrap>
          <Select
            aria-label={t('field.planArea')}
            placeholder={t('field.planArea')}
            value={area}
            onChange={setArea}
            style={{ width: 360, maxWidth: '100%' }}
            options={ownAreas.map((a) => ({
              value: a.code,
              label: `${a.code} · ${planAreaLabel(a.code, lang)}`,
            }))}
          />
          <Button
            type="primary"
            disabled={!area || !user}
            loading={create.isPending}
            onClick={() =>
              user && area && create.mutate({ agencyCode: user.agencyCode, year, planArea: area })
            }
            data-testid="report-create"
          >
            {t('reporting.start')}
          </Button>
        </Space>
      )}
      <Table<YearlyReport>
        data-testid="list-table"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'agency', title: t('field.agencyCode'), render: (_, r) => agencyLabel(r.agencyCode, lang) },
          { key: 'area', title: t('field.planArea'), render: (_, r) => r.planArea },
          {
            key: 'status',
            title: t('reporting.status'),
            render: (_, r) => (
              <Space size={4}>
                <Tag color={STATUS_COLOR[r.status]}>{t(`reporting.status.${r.status}`)}</Tag>
                {r.late && <Tag color="red">{t('reporting.late')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'submitted',
            title: t('reporting.submitted'),
            render: (_, r) => (r.submittedAt ? formatDateTime(r.submittedAt, lang) : '—'),
          },
          {
            key: 'figures',
            title: t('reporting.trained'),
            align: 'right',
            render: (_, r) => formatNumber(r.figures.trained, lang),
          },
          {
            key: 'actions',
            title: '',
            render: (_, r) => (
              <Space>
                {mayManage(r) && (
                  <Button size="small" onClick={() => setEditing(r)}>
                    {t('reporting.edit')}
                  </Button>
                )}
                {mayManage(r) && (
                  <Popconfirm
                    title={t('reporting.confirmSubmit')}
                    onConfirm={() => submit.mutate({ id: r.id, version: r.version })}
                  >
                    <Button size="small" type="primary" data-testid="report-submit">
                      {t('reporting.submit')}
                    </Button>
                  </Popconfirm>
                )}
                {/* Everyone who sees a report may read it all; the coordinator decides from there. */}
                <Button
                  size="small"
                  type={mayReview(r) ? 'primary' : 'default'}
                  onClick={() => setReading(r)}
                  data-testid="report-read"
                >
                  {t(mayReview(r) ? 'reporting.readAndDecide' : 'reporting.read')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <ReportReader
        report={reading}
        mayReview={reading ? mayReview(reading) : false}
        deciding={review.isPending}
        onClose={() => setReading(undefined)}
        onAccept={(r) =>
          review.mutate(
            { id: r.id, version: r.version, decision: 'accept' },
            { onSuccess: () => setReading(undefined) },
          )
        }
        onReturn={(r) => {
          setReading(undefined);
          setComment('');
          setReturning(r);
        }}
      />
      <ReportEditor
        report={editing}
        saving={update.isPending}
        onCancel={() => setEditing(undefined)}
        onSave={(fields) => editing && update.mutate({ id: editing.id, version: editing.version, ...fields })}
      />
      <Modal
        open={Boolean(returning)}
        title={t('reporting.return')}
        okText={t('reporting.return')}
        okButtonProps={
          { disabled: !comment.trim(), danger: true, 'data-testid': 'report-return-ok' } as never
        }
        confirmLoading={review.isPending}
        onCancel={() => setReturning(undefined)}
        onOk={() =>
          returning &&
          review.mutate({ id: returning.id, version: returning.version, decision: 'return', comment })
        }
      >
        <Input.TextArea
          aria-label={t('reporting.comment')}
          placeholder={t('reporting.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          rows={4}
        />
      </Modal>
    </Flex>
  );
}

/**
 * A yearly report read in full before a decision: its figures, results, indicators, difficulties and
 * proposals, when and whether late it came in, the last review comment. A coordinator accepts or
 * returns a submitted report from here, having read it.
 */
function ReportReader(props: {
  report?: YearlyReport;
  mayReview: boolean;
  deciding: boolean;
  onClose: () => void;
  onAccept: (report: YearlyReport) => void;
  onReturn: (report: YearlyReport) => void;
}) {
  const t = useT();
  const lang = useLang();
  const r = props.report;
  return (
    <Modal
      open={Boolean(r)}
      width={820}
      title={r ? `${agencyLabel(r.agencyCode, lang)} · ${r.planArea} · ${r.year}` : ''}
      onCancel={props.onClose}
      destroyOnHidden
      footer={
        r && props.mayReview ? (
          <Space>
            <Button onClick={props.onClose}>{t('reporting.close')}</Button>
            <Button danger onClick={() => props.onReturn(r)} data-testid="report-return">
              {t('reporting.return')}
            </Button>
            <Popconfirm title={t('reporting.confirmAccept')} onConfirm={() => props.onAccept(r)}>
              <Button type="primary" loading={props.deciding} data-testid="report-accept">
                {t('reporting.accept')}
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <Button onClick={props.onClose}>{t('reporting.close')}</Button>
        )
      }
    >
      {r && (
        <Tabs
          items={[
            { key: 'report', label: t('reporting.tab.report'), children: <ReportContent report={r} /> },
            {
              key: 'history',
              label: <span data-testid="history-tab">{t('record.history')}</span>,
              children: (
                <HistoryPanel id={r.id} useHistory={useYearlyReportHistory} fields={yearlyReportFields} />
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}

/** The report as its agency wrote it: status, figures, results, indicators, difficulties, proposals. */
function ReportContent({ report: r }: { report: YearlyReport }) {
  const t = useT();
  const lang = useLang();
  const text = (value: string) =>
    value.trim() ? (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{value}</Typography.Paragraph>
    ) : (
      <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>
    );
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, lang));
  return (
    <Flex vertical gap="middle" data-testid="report-reader">
      <Space size={4} wrap>
        <Tag color={STATUS_COLOR[r.status]}>{t(`reporting.status.${r.status}`)}</Tag>
        {r.late && <Tag color="red">{t('reporting.late')}</Tag>}
        <Typography.Text type="secondary">
          {r.submittedAt
            ? `${t('reporting.submittedAt')}: ${formatDateTime(r.submittedAt, lang)}`
            : t('reporting.notSubmitted')}
        </Typography.Text>
      </Space>
      {r.reviewComment && <Alert type="warning" showIcon title={r.reviewComment} />}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        bordered
        items={[
          { key: 't', label: t('reporting.trained'), children: formatNumber(r.figures.trained, lang) },
          { key: 'e', label: t('reporting.events'), children: formatNumber(r.figures.events, lang) },
          {
            key: 'a',
            label: t('reporting.aidDisbursed'),
            children: formatMoney(r.figures.aidDisbursed, lang),
          },
          {
            key: 'b',
            label: t('reporting.approved'),
            children: formatMoney(r.figures.budgetApproved, lang),
          },
        ]}
      />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'n', label: t('reporting.narrative'), children: text(r.narrative) },
          {
            key: 'i',
            label: t('reporting.indicators'),
            children: r.indicators.length ? (
              <Table
                size="small"
                pagination={false}
                rowKey={(_, i) => String(i)}
                dataSource={r.indicators}
                columns={[
                  { key: 'name', title: t('reporting.indicator'), dataIndex: 'name' },
                  {
                    key: 'target',
                    title: t('reporting.target'),
                    align: 'right',
                    render: (_, i) => number(i.target),
                  },
                  {
                    key: 'actual',
                    title: t('reporting.actual'),
                    align: 'right',
                    render: (_, i) => number(i.actual),
                  },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>
            ),
          },
          { key: 'd', label: t('reporting.difficulties'), children: text(r.difficulties) },
          { key: 'p', label: t('reporting.proposals'), children: text(r.proposals) },
        ]}
      />
    </Flex>
  );
}

function ReportEditor(props: {
  report?: YearlyReport;
  saving: boolean;
  onCancel: () => void;
  onSave: (fields: { narrative: string; difficulties: string; proposals: string }) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [fields, setFields] = useState({ narrative: '', difficulties: '', proposals: '' });
  const [shown, setShown] = useState<string>();
  if (props.report && shown !== props.report.id) {
    setShown(props.report.id);
    setFields({
      narrative: props.report.narrative,
      difficulties: props.report.difficulties,
      proposals: props.report.proposals,
    });
  }
  const r = props.report;
  return (
    <Modal
      open={Boolean(r)}
      width={720}
      title={r ? `${agencyLabel(r.agencyCode, lang)} · ${r.planArea} · ${r.year}` : ''}
      okText={t('reporting.save')}
      confirmLoading={props.saving}
      onCancel={props.onCancel}
      onOk={() => props.onSave(fields)}
    >
      {r && (
        <Flex vertical gap="small">
          {r.reviewComment && <Alert type="warning" showIcon title={r.reviewComment} />}
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 't', label: t('reporting.trained'), children: formatNumber(r.figures.trained, lang) },
              { key: 'e', label: t('reporting.events'), children: formatNumber(r.figures.events, lang) },
              {
                key: 'a',
                label: t('reporting.aidDisbursed'),
                children: formatMoney(r.figures.aidDisbursed, lang),
              },
              {
                key: 'b',
                label: t('reporting.approved'),
                children: formatMoney(r.figures.budgetApproved, lang),
              },
            ]}
          />
          {(['narrative', 'difficulties', 'proposals'] as const).map((name) => (
            <Input.TextArea
              key={name}
              aria-label={t(`reporting.${name}`)}
              placeholder={t(`reporting.${name}`)}
              rows={name === 'narrative' ? 6 : 3}
              value={fields[name]}
              onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
            />
          ))}
        </Flex>
      )}
    </Modal>
  );
}

/**
 * The agencies that are late for the year, for the coordinator to chase: those that submitted after the
 * due date (agency, area, when), and those that have not reported at all, overdue once the date passed.
 */
function LateAgencies({ overview }: { overview: ReportingOverview }) {
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
