import type { Lang } from '@ascc/catalog';
import { Card, Flex, Grid, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { formatMoney } from '../../../format/format';
import { useT } from '../../../i18n/language';
import { LineSummary, PlanAreaCell } from './estimate-line-parts';
import { type LineRow, classificationOf, requestedOf } from './estimate-lines';

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
          <Card key={row.key} size="small" title={t('budget.line.number', { n: index + 1 })}>
            <Flex vertical gap={4}>
              <LineSummary row={row} lang={lang} />
              <PlanAreaCell code={row.planArea} lang={lang} />
              <Typography.Text>
                {t('budget.line.requested')}:{' '}
                <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(requestedOf(row), lang)}
                </Typography.Text>
              </Typography.Text>
              {row.notes && (
                <Typography.Text type="secondary">
                  {t('budget.line.notes')}: <span data-testid="line-notes">{row.notes}</span>
                </Typography.Text>
              )}
              {review(row)}
            </Flex>
          </Card>
        ))}
      </Flex>
    );

  const columns: TableColumnsType<LineRow> = [
    { key: 'no', title: t('budget.line.no'), width: 56, render: (_, __, index) => index + 1 },
    {
      key: 'line',
      title: t('budget.line.description'),
      render: (_, row) => <LineSummary row={row} lang={lang} />,
    },
    {
      key: 'planArea',
      title: t('field.planArea'),
      width: 200,
      render: (_, row) => <PlanAreaCell code={row.planArea} lang={lang} clamp />,
    },
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
    {
      key: 'amount',
      title: t('budget.line.amount'),
      width: 150,
      align: 'right',
      render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(requestedOf(row), lang)}</span>,
    },
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
