import {
  agencyLabel,
  countryLabel,
  districtLabel,
  findSector,
  pickLabel,
  planAreaLabel,
} from '@ascc/catalog';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Result,
  Skeleton,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDate, formatDecimal, formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { errorText } from '../../../shared/error-text';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { aidProjectHistoryFields } from '../aid-fields';
import { ProjectForm } from '../components/project-form';
import { ReversalForm } from '../components/reversal-form';
import { TransactionForm } from '../components/transaction-form';
import { type TransactionWithTotals as Row, withRunningTotals } from '../running-totals';
import { useDelegations, useProject, useProjectHistory, useTransactions } from '../hooks/use-aid';

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
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);

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

      <Card title={t('aid.field.participants')} size="small">
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={p.participants}
          columns={[
            { key: 'role', title: t('aid.field.role'), render: (_, o) => t(`aid.role.${o.role}`) },
            {
              key: 'name',
              title: t('aid.field.orgName'),
              render: (_, o) => (o.ngoId ? <Link to={`/aid/${o.ngoId}`}>{o.name}</Link> : o.name),
            },
          ]}
        />
      </Card>

      <Flex gap="middle" wrap>
        <Card title={t('aid.field.sectors')} size="small" style={{ flex: 1, minWidth: 'min(320px, 100%)' }}>
          <Table
            size="small"
            pagination={false}
            rowKey="code"
            scroll={{ x: 'max-content' }}
            dataSource={p.sectors}
            columns={[
              {
                key: 'code',
                title: t('aid.field.sector'),
                render: (_, s) => {
                  const sector = findSector(s.code);
                  return sector ? `${s.code} · ${pickLabel(sector, lang)}` : s.code;
                },
              },
              { key: 'pct', title: '%', dataIndex: 'percentage', align: 'right' },
              {
                key: 'area',
                title: t('field.planArea'),
                render: (_, s) => {
                  const area = findSector(s.code)?.planArea;
                  return area ? `${area} · ${planAreaLabel(area, lang)}` : '';
                },
              },
            ]}
          />
        </Card>
        <Card title={t('aid.field.locations')} size="small" style={{ flex: 1, minWidth: 'min(280px, 100%)' }}>
          <Table
            size="small"
            pagination={false}
            rowKey={(l) => `${l.districtCode}-${l.commune ?? ''}`}
            dataSource={p.locations}
            columns={[
              {
                key: 'district',
                title: t('aid.field.district'),
                render: (_, l) => districtLabel(l.districtCode, lang),
              },
              { key: 'commune', title: t('aid.field.commune'), render: (_, l) => l.commune ?? '—' },
              { key: 'pct', title: '%', dataIndex: 'percentage', align: 'right' },
            ]}
          />
        </Card>
        <Card
          title={t('aid.field.beneficiaries')}
          size="small"
          style={{ flex: 1, minWidth: 'min(240px, 100%)' }}
        >
          {p.beneficiaries.length ? (
            p.beneficiaries.map((b) => (
              <div key={b.group}>
                {t(`aid.beneficiary.${b.group}`)}: {formatNumber(b.count, lang)}
              </div>
            ))
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          )}
        </Card>
      </Flex>

      <Card title={t('aid.project.approval')} size="small" data-testid="approval-record">
        <Descriptions column={3} size="small">
          <Descriptions.Item label={t('aid.field.decisionNo')}>{p.decisionNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('aid.field.decisionDate')}>{date(p.decisionDate)}</Descriptions.Item>
          <Descriptions.Item label={t('aid.field.approvingAuthority')}>
            {p.approvingAuthority ?? '—'}
          </Descriptions.Item>
        </Descriptions>
        {p.appraisals.length > 0 && (
          <Table
            size="small"
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={p.appraisals}
            columns={[
              {
                key: 'agency',
                title: t('field.agencyCode'),
                render: (_, a) => agencyLabel(a.agencyCode, lang),
              },
              { key: 'opinion', title: t('aid.field.opinion'), dataIndex: 'opinion' },
              {
                key: 'fav',
                title: t('aid.field.favourable'),
                render: (_, a) => (a.favourable ? t('app.yes') : t('app.no')),
              },
            ]}
          />
        )}
      </Card>

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
        <Table<Row>
          size="small"
          data-testid="transactions-table"
          rowKey="id"
          loading={transactions.isFetching}
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: t('aid.project.noTransactions') }}
          scroll={{ x: 'max-content' }}
          rowClassName={(r) => (r.reversesTransactionId || r.reversedById ? 'aid-tx-reversal' : '')}
          onRow={(r) => ({ id: `tx-${r.id}`, 'data-testid': 'transaction-row' }) as object}
          columns={[
            {
              key: 'date',
              title: t('aid.tx.date'),
              render: (_, r) => {
                const original = r.reversesTransactionId ? byId.get(r.reversesTransactionId) : undefined;
                return (
                  <Flex vertical gap={2} align="start">
                    {formatDate(r.date, lang)}
                    {r.reversesTransactionId && (
                      <a href={`#tx-${r.reversesTransactionId}`} title={r.reason}>
                        <Tag color="purple" data-testid="tx-reverses" style={{ whiteSpace: 'normal' }}>
                          {t('aid.tx.reverses', { date: original ? formatDate(original.date, lang) : '…' })}
                        </Tag>
                      </a>
                    )}
                    {r.reversedById && (
                      <Tag color="default" data-testid="tx-reversed">
                        {t('aid.tx.reversed')}
                      </Tag>
                    )}
                    {r.reason && (
                      <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 220 }}>
                        {r.reason}
                      </Typography.Text>
                    )}
                  </Flex>
                );
              },
            },
            { key: 'type', title: t('aid.tx.type'), render: (_, r) => t(`aid.tx.type.${r.type}`) },
            {
              key: 'amount',
              title: t('aid.tx.amount'),
              align: 'right',
              render: (_, r) => `${formatDecimal(r.amount, lang)}\u00a0${r.currency}`,
            },
            {
              key: 'rate',
              title: t('aid.tx.exchangeRate'),
              align: 'right',
              render: (_, r) => (r.exchangeRate ? formatDecimal(r.exchangeRate, lang) : '—'),
            },
            {
              key: 'dong',
              title: t('aid.tx.dongAmount'),
              align: 'right',
              render: (_, r) => money(r.dongAmount),
            },
            {
              key: 'rc',
              title: t('aid.project.runningCommitted'),
              align: 'right',
              render: (_, r) => money(r.runningCommitted),
            },
            {
              key: 'rd',
              title: t('aid.project.runningDisbursed'),
              align: 'right',
              render: (_, r) => money(r.runningDisbursed),
            },
            ...(canReverse
              ? [
                  {
                    key: 'actions',
                    title: t('aid.tx.actions'),
                    render: (_: unknown, r: Row) =>
                      r.reversesTransactionId || r.reversedById ? null : (
                        <Flex gap={4} wrap>
                          <Button
                            size="small"
                            onClick={() => setReversing({ row: r, mode: 'correct' })}
                            data-testid="tx-correct"
                          >
                            {t('aid.tx.correct')}
                          </Button>
                          <Button
                            size="small"
                            danger
                            onClick={() => setReversing({ row: r, mode: 'void' })}
                            data-testid="tx-void"
                          >
                            {t('aid.tx.void')}
                          </Button>
                        </Flex>
                      ),
                  },
                ]
              : []),
          ]}
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
