import { diffBudgetVersions } from '@ascc/contracts';
import { Alert, Result, Select, Skeleton, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { formatDateTime, formatMoney } from '../../../format/format';
import { useT } from '../../../i18n/language';
import { useBudgetVersions } from '../hooks/use-budget-estimates';
import '../messages';

/** Every version submitted, and what changed line by line from the one before. */
export function VersionsPanel({ id, lang }: { id: string; lang: 'vi' | 'en' }) {
  const t = useT();
  const versions = useBudgetVersions(id);
  const [picked, setPicked] = useState<number | undefined>();
  const list = useMemo(() => versions.data?.versions ?? [], [versions.data]);
  if (versions.isPending) return <Skeleton active />;
  if (!list.length) return <Result status="info" title={t('budget.noVersions')} />;
  const current = list.find((v) => v.versionNo === (picked ?? list.length)) ?? list[list.length - 1];
  const previous = list.find((v) => v.versionNo === current.versionNo - 1);
  const diff = diffBudgetVersions(previous?.lines ?? [], current.lines);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select
        style={{ width: 260, maxWidth: '100%' }}
        value={current.versionNo}
        onChange={setPicked}
        options={list.map((v) => ({
          value: v.versionNo,
          label: `${t('budget.versionNo')} ${v.versionNo} · ${formatMoney(v.requestedAmount, lang)}`,
        }))}
      />
      <Table
        size="small"
        rowKey="lineId"
        scroll={{ x: 'max-content' }}
        pagination={false}
        dataSource={diff}
        columns={[
          {
            key: 'c',
            title: t('budget.diff.change'),
            render: (_, d) => <Tag>{t(`budget.diff.${d.change}`)}</Tag>,
          },
          { key: 'd', title: t('budget.line.description'), dataIndex: 'description' },
          {
            key: 'b',
            title: t('budget.diff.before'),
            render: (_, d) => (d.before ? formatMoney(d.before.amount, lang) : '—'),
          },
          {
            key: 'a',
            title: t('budget.diff.after'),
            render: (_, d) => (d.after ? formatMoney(d.after.amount, lang) : '—'),
          },
          { key: 'f', title: t('budget.diff.fields'), render: (_, d) => d.fields.join(', ') },
        ]}
      />
      {versions.data?.reviews.map((r, i) => (
        <Alert
          key={i}
          type={r.decision === 'approve' ? 'success' : r.decision === 'reject' ? 'error' : 'info'}
          message={`${t(`budget.decided.${r.decision}`)} · ${r.by} · ${formatDateTime(r.at, lang)}`}
          description={r.comment ?? undefined}
        />
      ))}
    </Space>
  );
}
