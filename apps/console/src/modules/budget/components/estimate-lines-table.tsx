import type { Lang } from '@ascc/catalog';
import { Flex, Grid, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { formatMoney } from '../../../format/format';
import { useT } from '../../../i18n/language';
import { LineCard, lineColumns, requestedColumn } from './estimate-line-parts';
import { type LineRow, classificationOf } from './estimate-lines';
import '../messages';

/** The lines as they stand, to read: requested, approved and Finance's comment beside each (cards on a phone). */
export function EstimateLinesTable({ rows, lang }: { rows: LineRow[]; lang: Lang }) {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const review = (row: LineRow) => (
    <Flex vertical gap={2}>
      {row.approvedAmount !== null && row.approvedAmount !== undefined && (
        <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(row.approvedAmount, lang)}</span>
      )}
      {row.reviewComment && (
        <span>
          <Tag color="orange" style={{ whiteSpace: 'normal' }}>
            {row.reviewComment}
          </Tag>
        </span>
      )}
    </Flex>
  );

  if (phone)
    return (
      <Flex vertical gap="small">
        {rows.map((row, index) => (
          <LineCard key={row.key} row={row} index={index} lang={lang}>
            {row.notes && (
              <Typography.Text type="secondary">
                {t('budget.line.notes')}: <span data-testid="line-notes">{row.notes}</span>
              </Typography.Text>
            )}
            {review(row)}
          </LineCard>
        ))}
      </Flex>
    );

  const columns: TableColumnsType<LineRow> = [
    ...lineColumns(t, lang),
    {
      key: 'classification',
      title: t('budget.line.classification'),
      width: 140,
      render: (_, row) => (
        <span data-testid="line-classification" style={{ whiteSpace: 'nowrap' }}>
          {classificationOf(row)}
        </span>
      ),
    },
    requestedColumn('amount', t('budget.line.amount'), lang),
    {
      key: 'notes',
      title: t('budget.line.notes'),
      width: 180,
      render: (_, row) => <span data-testid="line-notes">{row.notes}</span>,
    },
    { key: 'review', title: t('budget.line.review'), width: 180, render: (_, row) => review(row) },
  ];
  return (
    <Table<LineRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={columns}
      scroll={{ x: 1140 }}
    />
  );
}
