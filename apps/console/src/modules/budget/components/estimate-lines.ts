import type { BudgetLine, BudgetLineInput } from '@ascc/contracts';

/** A line as the drawer holds it while it is edited or reviewed: the form's fields and what the server said. */
export type LineRow = BudgetLineInput & {
  key: string;
  amount: number;
  approvedAmount?: number | null;
  reviewComment?: string | null;
  flag?: string | null;
  activityLabel?: string;
};

/** What Finance decides on one line: the amount it approves and why. */
export interface LineReview {
  approvedAmount?: number;
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

/** Quantity × unit cost, as the service computes it. */
export const requestedOf = (line: Pick<BudgetLineInput, 'quantity' | 'unitCost'>) =>
  (line.quantity || 0) * (line.unitCost || 0);

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
    }) => line,
  );
}

export type LineDecision = 'full' | 'partial' | 'none';

/** Finance's decision on a line, read from the amount it approves (undefined: not decided yet). */
export function decisionOf(requested: number, approved: number | undefined): LineDecision | undefined {
  if (approved === undefined) return undefined;
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

/** The approved total of the lines decided so far (undecided lines count nothing). */
export function approvedTotal(reviews: Readonly<Record<string, LineReview>>): number {
  return Object.values(reviews).reduce((sum, review) => sum + (review.approvedAmount ?? 0), 0);
}
