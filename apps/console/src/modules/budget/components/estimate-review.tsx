import type { Lang } from '@ascc/catalog';
import { Button, Flex, Grid, Input, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { CellNumberInput } from '../../../shared/form/controls';
import { LineCard, lineColumns, requestedColumn } from './estimate-line-parts';
import {
  type LineDecision,
  type LineReview,
  type LineRow,
  approveAll,
  approvedError,
  approvedTotal,
  decisionOf,
  requestedOf,
  requestedTotal,
} from './estimate-lines';
import '../messages';

interface ReviewProps {
  rows: LineRow[];
  reviews: Record<string, LineReview>;
  onChange: (reviews: Record<string, LineReview>) => void;
  lang: Lang;
}

/**
 * Finance's review of the lines: each line's activity, plan area and requested amount beside the
 * approved amount, a decision and a comment, all in view at 1366 px (cards on a phone); approve-all
 * fills every approved amount with the requested one.
 */
export function EstimateReview({ rows, reviews, onChange, lang }: ReviewProps) {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const set = (key: string, change: LineReview) =>
    onChange({ ...reviews, [key]: { ...reviews[key], ...change } });
  const decided = rows.filter((row) => reviews[row.key]?.approvedAmount !== undefined).length;
  const requested = requestedTotal(rows);

  const toolbar = (
    <Flex justify="space-between" align="center" wrap gap="small" data-testid="review-toolbar">
      <Flex wrap gap="small">
        <Button onClick={() => onChange(approveAll(rows, reviews))} data-testid="review-approve-all">
          {t('budget.review.approveAll')}
        </Button>
        <Button
          disabled={decided === 0}
          onClick={() =>
            onChange(
              Object.fromEntries(
                Object.entries(reviews).map(([key, review]) => [key, { comment: review.comment }]),
              ),
            )
          }
        >
          {t('budget.review.clear')}
        </Button>
      </Flex>
      <Flex wrap gap="small" align="baseline">
        <Typography.Text type="secondary">
          {t('budget.review.progress', { decided, total: rows.length })}
        </Typography.Text>
        <Typography.Text>
          {t('budget.review.approvedSoFar')}:{' '}
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }} data-testid="review-approved-total">
            {formatMoney(approvedTotal(reviews), lang)}
          </Typography.Text>{' '}
          / <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(requested, lang)}</span>
        </Typography.Text>
      </Flex>
    </Flex>
  );

  if (phone)
    return (
      <Flex vertical gap="small">
        {toolbar}
        {rows.map((row, index) => (
          <LineCard key={row.key} row={row} index={index} lang={lang} testId="review-line">
            <DecisionControls row={row} review={reviews[row.key]} onChange={(c) => set(row.key, c)} />
            <CommentBox review={reviews[row.key]} onChange={(c) => set(row.key, c)} />
          </LineCard>
        ))}
      </Flex>
    );

  const columns: TableColumnsType<LineRow> = [
    ...lineColumns(t, lang),
    requestedColumn('requested', t('budget.line.requested'), lang),
    {
      key: 'approved',
      title: t('budget.line.approvedAmount'),
      width: 210,
      render: (_, row) => (
        <DecisionControls row={row} review={reviews[row.key]} onChange={(c) => set(row.key, c)} />
      ),
    },
    {
      key: 'comment',
      title: t('budget.line.comment'),
      width: 220,
      render: (_, row) => <CommentBox review={reviews[row.key]} onChange={(c) => set(row.key, c)} />,
    },
  ];
  return (
    <Flex vertical gap="small">
      {toolbar}
      <Table<LineRow>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={columns}
        scroll={{ x: 1120 }}
        data-testid="review-lines"
      />
    </Flex>
  );
}

/** The line's decision and its approved amount: choosing "in full" or "not approved" fills the amount. */
function DecisionControls({
  row,
  review,
  onChange,
}: {
  row: LineRow;
  review?: LineReview;
  onChange: (change: LineReview) => void;
}) {
  const t = useT();
  const lang = useLang();
  const requested = requestedOf(row);
  const approved = review?.approvedAmount;
  const numeric = typeof approved === 'number' ? approved : undefined;
  return (
    <Flex vertical gap={4}>
      <Select<LineDecision>
        size="small"
        aria-label={t('budget.review.decision')}
        placeholder={t('budget.review.undecided')}
        value={decisionOf(requested, approved)}
        options={(['full', 'partial', 'none'] as const).map((decision) => ({
          value: decision,
          label: t(`budget.review.decision.${decision}`),
        }))}
        onChange={(decision) =>
          onChange({
            approvedAmount:
              decision === 'full' ? requested : decision === 'none' ? 0 : (numeric ?? requested),
          })
        }
      />
      <CellNumberInput
        aria-label={t('budget.line.approvedAmount')}
        suffix="₫"
        placeholder={formatNumber(requested, lang)}
        value={approved ?? null}
        error={approvedError(row, review, lang)}
        onChange={(value) => onChange({ approvedAmount: value ?? undefined })}
      />
    </Flex>
  );
}

function CommentBox({ review, onChange }: { review?: LineReview; onChange: (change: LineReview) => void }) {
  const t = useT();
  return (
    <Input.TextArea
      aria-label={t('budget.line.comment')}
      placeholder={t('budget.line.comment')}
      autoSize={{ minRows: 1, maxRows: 4 }}
      maxLength={2000}
      value={review?.comment ?? ''}
      onChange={(event) => onChange({ comment: event.target.value || undefined })}
    />
  );
}
