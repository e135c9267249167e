import { type Lang, fundingSourceLabel, planAreaLabel } from '@ascc/catalog';
import { Flex, Tag, Typography } from 'antd';
import { formatMoney, formatNumber } from '../../../format/format';
import { useT } from '../../../i18n/language';
import { type LineRow, classificationOf, figure } from './estimate-lines';

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
