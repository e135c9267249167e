import { agencyLabel, countryLabel } from '@ascc/catalog';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDate, formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { errorText } from '../../../shared/error-text';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { aidProjectHistoryFields } from '../aid-fields';
import { ProjectApprovalCard } from '../components/project-approval-card';
import { ProjectForm } from '../components/project-form';
import { ProjectScope } from '../components/project-scope';
import { ProjectTransactionsTable } from '../components/project-transactions-table';
import { ReversalForm } from '../components/reversal-form';
import { TransactionForm } from '../components/transaction-form';
import { type TransactionWithTotals as Row, withRunningTotals } from '../running-totals';
import { useDelegations, useProject, useProjectHistory, useTransactions } from '../hooks/use-aid';
import '../messages';

/** One aid project: who takes part, where and in what, its approval record and its money. */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const t = useT();
  const lang = useLang();
  const project = useProject(id);
  const transactions = useTransactions(id);
  const delegations = useDelegations({ projectId: id, pageSize: 20, sort: 'startDate', order: 'desc' });
  const canManage = useCan('aid.project.manage', project.data?.agencyCode).allowed;
  const canReverse = useCan('aid.transaction.reverse', project.data?.agencyCode).allowed;
  const [reversing, setReversing] = useState<{ row: Row; mode: 'correct' | 'void' }>();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const rows = useMemo(() => withRunningTotals(transactions.data?.items ?? []), [transactions.data]);

  if (project.isPending) return <Skeleton active />;
  if (project.isError || !project.data)
    return <Result status="error" title={t('record.loadError')} subTitle={errorText(project.error, t)} />;
  const p = project.data;
  const money = (value: number | string) => formatMoney(value, lang);
  const date = (value?: string) => (value ? formatDate(value, lang) : '—');

  return (
    <Flex vertical gap="middle" data-testid="project-page">
      <Link to="/aid/projects">← {t('aid.back')}</Link>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {p.code} · {lang === 'en' ? p.titleEn : p.titleVi}
        </Typography.Title>
        <Flex gap="small" align="center">
          <Tag color="geekblue">{t(`aid.status.${p.status}`)}</Tag>
          {canManage && (
            <Button onClick={() => setEditing(true)} data-testid="edit-project">
              {t('aid.edit')}
            </Button>
          )}
        </Flex>
      </Flex>
      {p.totals.overDisbursed && <Alert type="warning" showIcon title={t('aid.project.overDisbursed')} />}
      {p.notStartedInTime && <Alert type="error" showIcon title={t('aid.project.notStartedInTime')} />}

      <Card title={t('aid.project.totals')} size="small">
        <Flex gap="large" wrap data-testid="project-totals">
          <Statistic title={t('aid.field.committed')} value={money(p.totals.committed)} />
          <Statistic title={t('aid.field.disbursed')} value={money(p.totals.disbursed)} />
          <Statistic
            title={t('aid.field.disbursementShare')}
            value={
              p.totals.disbursementShare === null
                ? '—'
                : `${formatNumber(p.totals.disbursementShare, lang)} %`
            }
          />
        </Flex>
      </Card>

      <Card size="small">
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label={t('field.titleVi')}>{p.titleVi}</Descriptions.Item>
          <Descriptions.Item label={t('field.titleEn')}>{p.titleEn}</Descriptions.Item>
          <Descriptions.Item label={t('aid.field.managingAgency')}>
            {agencyLabel(p.agencyCode, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.field.donor')}>
            {p.donorCountryCode ? countryLabel(p.donorCountryCode, lang) : '—'}{' '}
            {p.donorIsAsean && <Tag color="blue">ASEAN</Tag>}
          </Descriptions.Item>
          <Descriptions.Item
            label={t('aid.field.plannedStart')}
          >{`${date(p.plannedStart)} – ${date(p.plannedEnd)}`}</Descriptions.Item>
          <Descriptions.Item
            label={t('aid.field.actualStart')}
          >{`${date(p.actualStart)} – ${date(p.actualEnd)}`}</Descriptions.Item>
          <Descriptions.Item label={t('aid.field.description')} span={2}>
            {p.description ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <ProjectScope project={p} />

      <ProjectApprovalCard project={p} />

      <Card
        title={t('aid.project.transactions')}
        size="small"
        extra={
          canManage && (
            <Button type="primary" onClick={() => setAdding(true)} data-testid="add-transaction">
              {t('aid.tx.create')}
            </Button>
          )
        }
      >
        <ProjectTransactionsTable
          rows={rows}
          loading={transactions.isFetching}
          canReverse={canReverse}
          onReverse={(row, mode) => setReversing({ row, mode })}
        />
      </Card>

      <Card title={t('aid.project.delegations')} size="small">
        {(delegations.data?.items ?? []).map((d) => (
          <div key={d.id}>
            <Link to={`/aid/delegations/${d.id}`}>{d.title}</Link> · {formatDate(d.startDate, lang)}
          </div>
        ))}
        {!delegations.data?.items.length && <Typography.Text type="secondary">—</Typography.Text>}
      </Card>

      <Card title={t('record.history')} size="small">
        <HistoryPanel id={id} useHistory={useProjectHistory} fields={aidProjectHistoryFields} />
      </Card>
      {reversing && (
        <ReversalForm
          key={`${reversing.row.id}-${reversing.mode}`}
          transaction={reversing.row}
          mode={reversing.mode}
          onClose={() => setReversing(undefined)}
        />
      )}
      {canManage && <ProjectForm open={editing} onClose={() => setEditing(false)} editing={p} />}
      {canManage && (
        <TransactionForm
          open={adding}
          onClose={() => setAdding(false)}
          projectId={id}
          currency={rows.at(-1)?.currency}
        />
      )}
    </Flex>
  );
}
