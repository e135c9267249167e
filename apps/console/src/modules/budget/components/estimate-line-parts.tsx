import { type Lang, fundingSourceLabel, planAreaLabel } from '@ascc/catalog';
import { Card, Flex, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { formatMoney, formatNumber } from '../../../format/format';
import { useT } from '../../../i18n/language';
import type { Translate } from '../../../i18n/translate';
import { type LineRow, classificationOf, figure, requestedOf } from './estimate-lines';
import '../messages';

/** A line at a glance: what it pays for, the activity it funds, any flag, and how its amount is made. */
export function LineSummary({ row, lang }: { row: LineRow; lang: Lang }) {
  const t = useT();
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Typography.Text strong>{row.description}</Typography.Text>
      {row.activityLabel && (
        <span>
          <Tag style={{ whiteSpace: 'normal' }}>{row.activityLabel}</Tag>
        </span>
      )}
      {row.flag && (
        <span>
          <Tag color="red" style={{ whiteSpace: 'normal' }}>
            {row.flag}
          </Tag>
        </span>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {fundingSourceLabel(row.fundingSource, lang)} ·{' '}
        {(row.chapter || row.section || row.item) && (
          <>
            <span style={{ whiteSpace: 'nowrap' }}>{classificationOf(row)}</span> ·{' '}
          </>
        )}
        <span style={{ whiteSpace: 'nowrap' }}>
          {t('budget.line.costDetail', {
            quantity: formatNumber(figure(row.quantity), lang),
            unitCost: formatMoney(figure(row.unitCost), lang),
          })}
        </span>
      </Typography.Text>
    </Flex>
  );
}

/**
 * A plan area as its code and its name, the name wrapping by words. In a table column (`clamp`) the
 * name stops after two lines, so a 200-character area does not make its row ten lines tall; the whole
 * name shows on hover. A phone's card has the width for it and shows it whole.
 */
export function PlanAreaCell({ code, lang, clamp = false }: { code: string; lang: Lang; clamp?: boolean }) {
  const name = planAreaLabel(code, lang);
  return (
    <Typography.Text
      title={clamp ? `${code} ${name}` : undefined}
      // Two lines of the text's own line height (React drops -webkit-line-clamp here, so no ellipsis).
      style={clamp ? { display: 'block', overflow: 'hidden', maxHeight: '2lh' } : undefined}
    >
      <Tag style={{ marginInlineEnd: 4 }}>{code}</Tag>
      {name}
    </Typography.Text>
  );
}

/**
 * A line as a phone shows it: what it pays for, its plan area and what it requests, then `children`
 * (Finance's decision while reviewing, or what was decided).
 */
export function LineCard({
  row,
  index,
  lang,
  testId,
  children,
}: {
  row: LineRow;
  index: number;
  lang: Lang;
  testId?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <Card size="small" data-testid={testId} title={t('budget.line.number', { n: index + 1 })}>
      <Flex vertical gap="small">
        <LineSummary row={row} lang={lang} />
        <PlanAreaCell code={row.planArea} lang={lang} />
        <Typography.Text>
          {t('budget.line.requested')}:{' '}
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
            {formatMoney(requestedOf(row), lang)}
          </Typography.Text>
        </Typography.Text>
        {children}
      </Flex>
    </Card>
  );
}

/** The columns a lines table starts with: the line's number, what it pays for, its plan area. */
export function lineColumns(t: Translate, lang: Lang): TableColumnsType<LineRow> {
  return [
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
  ];
}

/** What a line requests (quantity × unit cost), right-aligned and never wrapped. */
export function requestedColumn(key: string, title: string, lang: Lang): TableColumnsType<LineRow>[number] {
  return {
    key,
    title,
    width: 150,
    align: 'right',
    render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(requestedOf(row), lang)}</span>,
  };
}
