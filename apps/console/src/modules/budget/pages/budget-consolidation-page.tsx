import { type DongTotal, FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, addDong } from '@ascc/contracts';
import { agencyLabel, fundingSourceLabel, planAreaLabel } from '@ascc/catalog';
import {
  Button,
  Card,
  Descriptions,
  Input,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  message,
} from 'antd';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatMoney } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { errorText } from '../../../shared/error-text';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { budgetConsolidationFields } from '../budget-fields';
import { exportConsolidation } from '../api/budget-estimates.api';
import { BudgetDeadlines } from '../components/budget-deadlines';
import {
  useConsolidation,
  useConsolidationHistory,
  useUpdateConsolidation,
} from '../hooks/use-budget-estimates';
import '../messages';

const YEARS = Array.from({ length: FISCAL_YEAR_MAX - FISCAL_YEAR_MIN + 1 }, (_, i) => FISCAL_YEAR_MAX - i);

/** Finance's provincial estimate of a year: totals, chart, lock, submission, decision, exports. */
export default function BudgetConsolidationPage() {
  const t = useT();
  const lang = useLang();
  const [year, setYear] = useState(Math.min(new Date().getFullYear(), 2025));
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const consolidation = useConsolidation(year);
  const update = useUpdateConsolidation();
  const canManage = useCan('budget.consolidation.manage').allowed;
  const c = consolidation.data;
  const act = (action: 'consolidate' | 'submit' | 'decide') =>
    update
      .mutateAsync({
        fiscalYear: year,
        action,
        version: c?.version ?? 0,
        ...(action === 'submit' && number ? { submissionNumber: number } : {}),
        ...(action === 'decide' ? { decisionNumber: number, decisionDate: date } : {}),
      })
      .then(
        () => void message.success(t('budget.consolidation.done')),
        (e) => void message.error(errorText(e, t)),
      );
  // Each agency's totals, exact (đồng strings added as bigint); the bars' heights are their Number() —
  // for drawing only: the tooltip shows the exact figures.
  const byAgency = Object.values(
    (c?.rows ?? []).reduce<Record<string, { agency: string; requested: DongTotal; approved: DongTotal }>>(
      (all, r) => {
        const row = (all[r.agencyCode] ??= { agency: r.agencyCode, requested: '0', approved: '0' });
        row.requested = addDong(row.requested, r.requested);
        row.approved = addDong(row.approved, r.approved);
        return all;
      },
      {},
    ),
  ).map((row) => ({ ...row, requestedBar: Number(row.requested), approvedBar: Number(row.approved) }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="consolidation-page">
      <Typography.Title level={3}>{t('budget.consolidation.title')}</Typography.Title>
      <Space>
        <Select
          aria-label={t('field.fiscalYear')}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
        />
        <Button
          onClick={() => void exportConsolidation(year, 'xlsx').catch((e) => message.error(errorText(e, t)))}
        >
          {t('budget.export.xlsx')}
        </Button>
        <Button
          onClick={() => void exportConsolidation(year, 'pdf').catch((e) => message.error(errorText(e, t)))}
        >
          {t('budget.export.pdf')}
        </Button>
      </Space>
      {consolidation.isPending || !c ? (
        <Skeleton active />
      ) : (
        <>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              {
                key: 's',
                label: t('field.status'),
                children: (
                  <Tag data-testid="consolidation-status">{t(`budget.consolidation.status.${c.status}`)}</Tag>
                ),
              },
              { key: 'r', label: t('budget.total'), children: formatMoney(c.totals.requested, lang) },
              { key: 'a', label: t('budget.approvedTotal'), children: formatMoney(c.totals.approved, lang) },
              {
                key: 'e',
                label: t('budget.consolidation.estimates'),
                children: `${c.estimates.approved} / ${c.estimates.pending}`,
              },
              { key: 'n', label: t('budget.consolidation.submission'), children: c.submissionNumber ?? '—' },
              {
                key: 'd',
                label: t('budget.consolidation.decision'),
                children: c.decisionNumber
                  ? `${c.decisionNumber} (${formatDate(c.decisionDate ?? undefined, lang)})`
                  : '—',
              },
            ]}
          />
          {canManage && c.status !== 'decided' && (
            <Space>
              {c.status !== 'open' && (
                <Input
                  placeholder={t('budget.consolidation.number')}
                  value={number}
                  onChange={(e) => setNumber(e.target.value)}
                />
              )}
              {c.status === 'submitted' && (
                <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
              )}
              <Popconfirm
                title={t(`budget.consolidation.confirm.${c.status}`)}
                onConfirm={() =>
                  act(c.status === 'open' ? 'consolidate' : c.status === 'consolidated' ? 'submit' : 'decide')
                }
              >
                <Button type="primary" loading={update.isPending}>
                  {t(`budget.consolidation.action.${c.status}`)}
                </Button>
              </Popconfirm>
            </Space>
          )}
          <Card size="small">
            <ResponsiveContainer width="100%" height={260}>
              <BarChart data={byAgency}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="agency" />
                <YAxis tickFormatter={(v: number) => `${Math.round(v / 1e6)}M`} />
                <Tooltip
                  formatter={(v, _name, item) => {
                    const row = item.payload as (typeof byAgency)[number] | undefined;
                    const exact = item.dataKey === 'requestedBar' ? row?.requested : row?.approved;
                    return formatMoney(exact ?? Number(v), lang);
                  }}
                />
                <Legend />
                <Bar dataKey="requestedBar" name={t('budget.total')} fill="#8c8c8c" />
                <Bar dataKey="approvedBar" name={t('budget.approvedTotal')} fill="#1677ff" />
              </BarChart>
            </ResponsiveContainer>
          </Card>
          <Table
            size="small"
            rowKey={(r) => `${r.agencyCode}|${r.planArea}|${r.fundingSource}`}
            dataSource={c.rows}
            pagination={{ pageSize: 50 }}
            columns={[
              { key: 'a', title: t('field.agencyCode'), render: (_, r) => agencyLabel(r.agencyCode, lang) },
              { key: 'p', title: t('field.planArea'), render: (_, r) => planAreaLabel(r.planArea, lang) },
              {
                key: 'f',
                title: t('field.fundingSource'),
                render: (_, r) => fundingSourceLabel(r.fundingSource, lang),
              },
              {
                key: 'r',
                title: t('budget.total'),
                align: 'right',
                render: (_, r) => formatMoney(r.requested, lang),
              },
              {
                key: 'ap',
                title: t('budget.approvedTotal'),
                align: 'right',
                render: (_, r) => formatMoney(r.approved, lang),
              },
            ]}
          />
        </>
      )}
      <Card
        size="small"
        title={t('budget.consolidation.history', { year: String(year) })}
        data-testid="consolidation-history"
      >
        {/* Keyed by year: another year's history starts at its first page. */}
        <HistoryPanel
          key={year}
          id={String(year)}
          useHistory={useConsolidationHistory}
          fields={budgetConsolidationFields}
        />
      </Card>
      <BudgetDeadlines initialYear={year} />
    </Space>
  );
}
