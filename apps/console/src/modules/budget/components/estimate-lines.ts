import type { Lang } from '@ascc/catalog';
import {
  type BudgetLine,
  type BudgetLineInput,
  BudgetLineInputSchema,
  type DongTotal,
  type FieldError,
  LineReviewSchema,
  sumDong,
} from '@ascc/contracts';
import { translateIssue } from '../../../i18n/validation';
import type { NumberValue } from '../../../shared/form/controls';
import { numberFieldError } from '../../../shared/form/form-values';

/**
 * A line as the drawer holds it while it is edited or reviewed: the form's fields (its quantity and unit
 * cost as typed, until the contract's check lets them go) and what the server said.
 */
export type LineRow = Omit<BudgetLineInput, 'quantity' | 'unitCost'> & {
  quantity: NumberValue;
  unitCost: NumberValue;
  key: string;
  amount: number;
  approvedAmount?: number | null;
  reviewComment?: string | null;
  flag?: string | null;
  activityLabel?: string;
};

/** What Finance decides on one line: the amount it approves and why. */
export interface LineReview {
  approvedAmount?: NumberValue;
  comment?: string;
}

export const toRow = (line: BudgetLine): LineRow => ({ ...line, key: line.id });
export const newKey = () => crypto.randomUUID();

/** A classification code as typed: digits kept, an emptied box absent (the contract's codes are optional). */
export const classificationCode = (value: string) => value.trim() || undefined;

/** The budget classification of a line as the finance office writes it: chapter · section · item. */
export function classificationOf(line: Pick<BudgetLineInput, 'chapter' | 'section' | 'item'>): string {
  return [line.chapter, line.section, line.item].map((part) => part || '—').join(' · ');
}

/** A typed figure that is a number, or 0 while it is none (the totals shown as the user types). */
export const figure = (value: NumberValue | undefined) => (typeof value === 'number' ? value : 0);

/** Quantity × unit cost, as the service computes it. */
export const requestedOf = (line: Pick<LineRow, 'quantity' | 'unitCost'>) =>
  figure(line.quantity) * figure(line.unitCost);

/** A typed whole figure as exact đồng; a figure that is not one (refused beside its field) counts nothing. */
const exact = (value: NumberValue | undefined) => {
  const n = figure(value);
  return Number.isSafeInteger(n) ? BigInt(n) : 0n;
};

/**
 * The requested total of the lines as they stand, exact (bigint, a DongTotal string): while a line is
 * being typed the sum may pass 2^53 before the contract's bound refuses it, and must not show rounded.
 */
export function requestedTotal(rows: readonly Pick<LineRow, 'quantity' | 'unitCost'>[]): DongTotal {
  return sumDong(rows.map((row) => exact(row.quantity) * exact(row.unitCost)));
}

/** The contract's rules for a line's typed figures, worded beside each; the service checks them again. */
export const quantityError = (row: LineRow, lang: Lang) =>
  numberFieldError(row.quantity, BudgetLineInputSchema.shape.quantity, lang);
export const unitCostError = (row: LineRow, lang: Lang) =>
  numberFieldError(row.unitCost, BudgetLineInputSchema.shape.unitCost, lang);

/** An approved amount is a number within the contract, never more than the line asks (never cut back). */
export function approvedError(row: LineRow, review: LineReview | undefined, lang: Lang): string | undefined {
  const approved = review?.approvedAmount ?? undefined;
  const requested = requestedOf(row);
  return (
    numberFieldError(approved, LineReviewSchema.shape.approvedAmount, lang) ??
    (typeof approved === 'number' && approved > requested
      ? translateIssue(
          { path: 'approvedAmount', code: 'too_big', message: '', params: { maximum: requested } },
          lang,
        )
      : undefined)
  );
}

/** The lines as the contract takes them: only the fields a line is made of. */
export function lineInputs(rows: readonly LineRow[]): BudgetLineInput[] {
  return rows.map(
    ({
      key: _key,
      amount: _amount,
      approvedAmount: _approved,
      reviewComment: _comment,
      flag: _flag,
      activityLabel: _label,
      ...line
    }) => ({ ...line, quantity: line.quantity as number, unitCost: line.unitCost as number }),
  );
}

export type LineDecision = 'full' | 'partial' | 'none';

/** Finance's decision on a line, read from the amount it approves (undefined: not decided yet). */
export function decisionOf(requested: number, approved: NumberValue | undefined): LineDecision | undefined {
  if (typeof approved !== 'number') return undefined;
  if (approved === 0) return 'none';
  return approved >= requested ? 'full' : 'partial';
}

/** Approve-all: every line's approved amount becomes what it requests; comments are kept. */
export function approveAll(
  rows: readonly LineRow[],
  reviews: Readonly<Record<string, LineReview>>,
): Record<string, LineReview> {
  return Object.fromEntries(
    rows.map((row) => [row.key, { ...reviews[row.key], approvedAmount: requestedOf(row) }]),
  );
}

/** The approved total of the lines decided so far (undecided lines count nothing), exact. */
export function approvedTotal(reviews: Readonly<Record<string, LineReview>>): DongTotal {
  return sumDong(Object.values(reviews).map((review) => exact(review.approvedAmount)));
}

/** A line as the editor adds it: one unit of nothing yet, provincial budget, plan area III.1. */
export const blankLine = (): LineRow => ({
  key: newKey(),
  description: '',
  planArea: 'III.1',
  fundingSource: 'PROVINCIAL_BUDGET',
  quantity: 1,
  unitCost: 0,
  amount: 0,
});

/** Finance's decisions as the review command takes them: the lines with an approved amount or a comment. */
export const reviewedLines = (reviews: Readonly<Record<string, LineReview>>) =>
  Object.entries(reviews)
    .filter(([, r]) => typeof r.approvedAmount === 'number' || r.comment)
    .map(([lineId, r]) => ({
      lineId,
      ...(r.comment ? { comment: r.comment } : {}),
      ...(typeof r.approvedAmount === 'number' ? { approvedAmount: r.approvedAmount } : {}),
    }));

/**
 * A 400's fields, worded: a field of a line (`lines.2.amount`) is said with the line's number, which
 * `lineLabel` words (1-based), the values as sent so the wording can quote them.
 */
export function fieldProblems(
  fields: readonly FieldError[],
  rows: readonly LineRow[],
  lang: Lang,
  lineLabel: (n: number) => string,
): string[] {
  const sent = { lines: lineInputs(rows) };
  return fields.map((field) => {
    const text = translateIssue(field, lang, sent);
    const line = /^lines\.(\d+)\b/.exec(field.path);
    return line ? `${lineLabel(Number(line[1]) + 1)}: ${text}` : text;
  });
}
