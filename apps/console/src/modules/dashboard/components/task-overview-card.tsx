import { agencyLabel } from '@ascc/catalog';
import type { PlanTask, TaskOverview } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { formatDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { actionPlanKeys, getTaskOverview, listPlanTasks } from '../api/action-plans.api';
import '../messages';

/**
 * The coordinator's overview of the plan's section VII: the agencies that have not issued an action
 * plan (due 30 June 2017), and the assigned tasks behind schedule by the rule `taskBehind` (README
 * "Action plans and tasks"), each with its reason and the latest progress reported.
 */
export function TaskOverviewCard() {
  const t = useT();
  const lang = useLang();
  const overview = useQuery({
    queryKey: actionPlanKeys.overview(),
    queryFn: ({ signal }) => getTaskOverview(undefined, signal),
  });
  const tasks = useQuery({
    queryKey: actionPlanKeys.tasks({}),
    queryFn: ({ signal }) => listPlanTasks({}, signal),
    staleTime: Infinity,
  });
  const textOf = new Map(
    (tasks.data?.items ?? []).map((task: PlanTask) => [task.code, lang === 'vi' ? task.textVi : task.textEn]),
  );
  const o: TaskOverview | undefined = overview.data;
  return (
    <Card size="small" title={t('actionPlan.overview')} data-testid="task-overview">
      {overview.isPending && <Skeleton active />}
      {overview.isError && <Alert type="warning" showIcon title={t('actionPlan.loadError')} />}
      {o && (
        <Flex vertical gap="small">
          <Typography.Text
            strong
            type={o.withoutActionPlan.length ? 'danger' : undefined}
            data-testid="without-action-plan-title"
          >
            {t('actionPlan.without', {
              count: o.withoutActionPlan.length,
              date: formatDate(o.actionPlanDue, lang),
            })}
          </Typography.Text>
          <Flex wrap gap={4} data-testid="without-action-plan">
            {o.withoutActionPlan.length === 0 && (
              <Typography.Text type="secondary">{t('actionPlan.allIssued')}</Typography.Text>
            )}
            {o.withoutActionPlan.map((a) => (
              <Tag
                key={a.agencyCode}
                color="red"
                data-agency={a.agencyCode}
                style={{ whiteSpace: 'normal', maxWidth: '100%' }}
              >
                {agencyLabel(a.agencyCode, lang)}
                {a.holderCode && a.holderCode !== a.agencyCode && ` → ${agencyLabel(a.holderCode, lang)}`}
              </Tag>
            ))}
          </Flex>
          <Typography.Text strong type={o.behind.length ? 'danger' : undefined}>
            {t('actionPlan.behind', { count: o.behind.length, total: o.tasks })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('actionPlan.behindRule')}</Typography.Text>
          <Table
            data-testid="tasks-behind"
            size="small"
            rowKey={(b) => `${b.agencyCode}-${b.code}`}
            pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
            scroll={{ x: 'max-content' }}
            dataSource={o.behind}
            locale={{ emptyText: t('actionPlan.noneBehind') }}
            columns={[
              {
                key: 'task',
                title: t('actionPlan.task'),
                render: (_, b) => (
                  <Flex vertical style={{ maxWidth: 420, whiteSpace: 'normal' }}>
                    <span>{b.code}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {textOf.get(b.code)}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                key: 'agency',
                title: t('field.agencyCode'),
                render: (_, b) => (
                  <span style={{ whiteSpace: 'normal' }}>
                    {agencyLabel(b.holderCode ?? b.agencyCode, lang)}
                  </span>
                ),
              },
              {
                key: 'reason',
                title: t('actionPlan.reason'),
                render: (_, b) => <Tag color="orange">{t(`actionPlan.reason.${b.reason}`)}</Tag>,
              },
              {
                key: 'latest',
                title: t('actionPlan.latest'),
                render: (_, b) =>
                  b.latest ? `${b.latest.year}: ${t(`actionPlan.status.${b.latest.status}`)}` : '—',
              },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}
