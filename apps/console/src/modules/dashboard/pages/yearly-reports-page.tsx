import { planAreaLabel, planAreasOfAgency } from '@ascc/catalog';
import { type PlanAreaCode, REPORT_FORMATS, type YearlyReport } from '@ascc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSessionUser } from '../../../app/use-session';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { Forbidden } from '../../../shared/forbidden';
import { can, useCan } from '../../auth/hooks/use-can';
import {
  createYearlyReport,
  getReportingOverview,
  listYearlyReports,
  reviewYearlyReport,
  submitYearlyReport,
  updateYearlyReport,
  yearlyReportKeys,
} from '../api/reporting.api';
import { ActionPlanCard } from '../components/action-plan-card';
import { ProvinceReportExportButton } from '../components/province-report-export-button';
import { ReportEditor } from '../components/report-editor';
import { ReportReader } from '../components/report-reader';
import { ReportsOverviewCard } from '../components/reports-overview-card';
import { ReviewsCard } from '../components/reviews-card';
import { TaskOverviewCard } from '../components/task-overview-card';
import { YearlyReportsTable } from '../components/yearly-reports-table';
import '../messages';

const YEARS = Array.from({ length: 10 }, (_, i) => 2017 + i);

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
  const readPlans = useCan('reporting.actionplan.read');
  const managePlans = useCan('reporting.actionplan.manage');
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<YearlyReport>();
  const [returning, setReturning] = useState<YearlyReport>();
  const [reading, setReading] = useState<YearlyReport>();
  const [comment, setComment] = useState('');
  const [area, setArea] = useState<PlanAreaCode>();
  // The global search opens a report here (`id`) and its "see all" filters the year's reports (`q`).
  const q = params.get('q')?.trim() || undefined;
  const openId = params.get('id');
  const query = { year, pageSize: 100, ...(q && { q }) };
  const list = useQuery({
    queryKey: yearlyReportKeys.list(query),
    queryFn: ({ signal }) => listYearlyReports(query, signal),
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
  useEffect(() => {
    const found = openId ? list.data?.items.find((r) => r.id === openId) : undefined;
    if (found) setReading(found);
  }, [openId, list.data]);
  const dropParam = (name: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete(name);
      return next;
    });
  const closeReading = () => {
    setReading(undefined);
    if (openId) dropParam('id');
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
              <ProvinceReportExportButton key={format} format={format} year={year} onError={setError} />
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
      {q && (
        <Space>
          <Tag closable onClose={() => dropParam('q')} data-testid="reports-q">
            {t('list.searchLabel')}: {q}
          </Tag>
        </Space>
      )}
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(undefined)} />}
      {coordinator && overview.data && <ReportsOverviewCard overview={overview.data} />}
      {coordinator && <TaskOverviewCard />}
      {readReviews && <ReviewsCard />}
      {readPlans.allowed && readPlans.reach !== 'all' && user && (
        <ActionPlanCard agencyCode={user.agencyCode} manage={managePlans.allowed} />
      )}
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
      <YearlyReportsTable
        reports={list.data?.items ?? []}
        loading={list.isPending}
        mayManage={mayManage}
        mayReview={mayReview}
        onEdit={setEditing}
        onSubmit={(r) => submit.mutate({ id: r.id, version: r.version })}
        onRead={setReading}
      />
      <ReportReader
        report={reading}
        mayReview={reading ? mayReview(reading) : false}
        deciding={review.isPending}
        onClose={closeReading}
        onAccept={(r) =>
          review.mutate({ id: r.id, version: r.version, decision: 'accept' }, { onSuccess: closeReading })
        }
        onReturn={(r) => {
          closeReading();
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
