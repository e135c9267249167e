import { annualReportDueDate } from '@ascc/catalog';
import { TASK_PROGRESS_STATUSES, type PlanTask, type TaskProgress, type YearlyReport } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Input, Select, Skeleton, Table, Typography } from 'antd';
import { useLang, useT } from '../../../i18n/language';
import { actionPlanKeys, listPlanTasks } from '../api/action-plans.api';
import '../messages';

/** A task's progress as the form edits it: the stored entry's, or a new one not yet changed. */
export interface EditedTask {
  task: PlanTask;
  progress: TaskProgress;
  changed: boolean;
}

/** The tasks the plan gives the report's agency in its year, each with its stored progress, if any. */
export function reportTaskLines(report: YearlyReport, tasks: readonly PlanTask[]): EditedTask[] {
  return tasks.map((task) => {
    const stored = report.tasks.find((p) => p.code === task.code);
    return {
      task,
      progress: stored ?? { code: task.code, status: 'not-started', note: '' },
      changed: false,
    };
  });
}

/**
 * What the form saves: the entries it changed, and those already stored (sent as they are). The
 * service merges by task code, so a stored entry the form did not list is kept too.
 */
export function savedTasks(lines: readonly EditedTask[], report: YearlyReport): TaskProgress[] {
  const stored = new Set(report.tasks.map((p) => p.code));
  return lines.filter((l) => l.changed || stored.has(l.task.code)).map((l) => l.progress);
}

/** The tasks of the report's agency that year, to load for the editor. */
export function useReportTasks(report?: YearlyReport) {
  const query = report
    ? { agencyCode: report.agencyCode, on: annualReportDueDate(report.year) }
    : { agencyCode: undefined };
  return useQuery({
    queryKey: actionPlanKeys.tasks(query),
    queryFn: ({ signal }) => listPlanTasks(query, signal),
    enabled: Boolean(report),
    staleTime: Infinity,
  });
}

/** The assigned tasks' progress in the report editor: a status and a note for each. */
export function ReportTasks(props: {
  lines?: EditedTask[];
  loading: boolean;
  failed: boolean;
  onChange: (code: string, progress: Partial<TaskProgress>) => void;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <Flex vertical gap="small">
      <Typography.Text strong>{t('actionPlan.reportSection')}</Typography.Text>
      {props.loading && <Skeleton active />}
      {props.failed && <Alert type="warning" showIcon title={t('actionPlan.loadError')} />}
      {props.lines && (
        <Table<EditedTask>
          size="small"
          data-testid="report-tasks"
          rowKey={(l) => l.task.code}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('actionPlan.noTasks') }}
          dataSource={props.lines}
          columns={[
            {
              key: 'task',
              title: t('actionPlan.task'),
              render: (_, l) => (
                <Flex vertical style={{ minWidth: 200, maxWidth: 380, whiteSpace: 'normal' }}>
                  <span>{l.task.code}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {lang === 'vi' ? l.task.textVi : l.task.textEn}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'status',
              title: t('actionPlan.progress'),
              width: 150,
              render: (_, l) => (
                <Select
                  aria-label={`${l.task.code} ${t('actionPlan.progress')}`}
                  data-testid={`report-task-status-${l.task.code}`}
                  value={l.progress.status}
                  style={{ width: 140 }}
                  onChange={(status) => props.onChange(l.task.code, { status })}
                  options={TASK_PROGRESS_STATUSES.map((s) => ({
                    value: s,
                    label: t(`actionPlan.status.${s}`),
                  }))}
                />
              ),
            },
            {
              key: 'note',
              title: t('actionPlan.note'),
              render: (_, l) => (
                <Input
                  aria-label={`${l.task.code} ${t('actionPlan.note')}`}
                  data-testid={`report-task-note-${l.task.code}`}
                  value={l.progress.note}
                  maxLength={2000}
                  style={{ minWidth: 160 }}
                  onChange={(e) => props.onChange(l.task.code, { note: e.target.value })}
                />
              ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
