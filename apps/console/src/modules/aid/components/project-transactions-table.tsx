import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { formatDate, formatDecimal, formatMoney } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import type { TransactionWithTotals as Row } from '../running-totals';
import '../messages';

/**
 * A project's transactions, oldest first, with running totals in đồng; a reversal links to the entry
 * it reverses, and one who may reverse can correct or void an entry not reversed yet.
 */
export function ProjectTransactionsTable(props: {
  rows: Row[];
  loading: boolean;
  canReverse: boolean;
  onReverse: (row: Row, mode: 'correct' | 'void') => void;
}) {
  const t = useT();
  const lang = useLang();
  const { rows, canReverse } = props;
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const money = (value: number | string) => formatMoney(value, lang);
  return (
    <Table<Row>
      size="small"
      data-testid="transactions-table"
      rowKey="id"
      loading={props.loading}
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
                        onClick={() => props.onReverse(r, 'correct')}
                        data-testid="tx-correct"
                      >
                        {t('aid.tx.correct')}
                      </Button>
                      <Button
                        size="small"
                        danger
                        onClick={() => props.onReverse(r, 'void')}
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
  );
}
