import {
  type BudgetEstimateStatus,
  type BudgetReviewDecision,
  type FieldError,
  MAX_BUDGET_AMOUNT,
  defaultEstimateDeadline,
} from '@ascc/contracts';

/**
 * The budget's rules in one pure module: who may do what in which status, what a line costs, and what
 * changed between two versions. The service applies them; the unit tests pin them down.
 */

export type BudgetAction = 'update' | 'submit' | BudgetReviewDecision;

/** The status each action leads to, from the statuses it is allowed in. */
const TRANSITIONS: Record<BudgetAction, Partial<Record<BudgetEstimateStatus, BudgetEstimateStatus>>> = {
  update: { draft: 'draft', returned: 'returned' },
  submit: { draft: 'submitted', returned: 'resubmitted' },
  'start-review': { submitted: 'under-review', resubmitted: 'under-review' },
  return: { submitted: 'returned', resubmitted: 'returned', 'under-review': 'returned' },
  approve: { submitted: 'approved', resubmitted: 'approved', 'under-review': 'approved' },
  reject: { submitted: 'rejected', resubmitted: 'rejected', 'under-review': 'rejected' },
};

/** The next status, or undefined when the action is not allowed in `status`. */
export function nextStatus(
  status: BudgetEstimateStatus,
  action: BudgetAction,
): BudgetEstimateStatus | undefined {
  return TRANSITIONS[action][status];
}

/** Statuses in which the agency may still change the estimate. */
export function isEditable(status: BudgetEstimateStatus): boolean {
  return nextStatus(status, 'update') !== undefined;
}

export interface CostedLine {
  quantity: number;
  unitCost: number;
}

/** quantity × unit cost in whole đồng: both are integers, so the product is exact below 2^53. */
export function lineAmount(line: CostedLine): number {
  return line.quantity * line.unitCost;
}

/**
 * Field errors for lines whose amount, or an estimate whose total, passes 10^15 đồng — named
 * `lines.N.amount` (or `lines`), so the editor sees which line is wrong.
 */
export function amountErrors(lines: readonly CostedLine[]): FieldError[] {
  const errors: FieldError[] = [];
  // Exact (bigint): 200 lines of up to 10^15 each add up past 2^53, where a float sum would round.
  let total = 0n;
  lines.forEach((line, index) => {
    const amount = lineAmount(line);
    total += BigInt(line.quantity) * BigInt(line.unitCost);
    if (amount < 0 || amount > MAX_BUDGET_AMOUNT)
      errors.push({
        path: `lines.${index}.amount`,
        code: 'too_big',
        message: 'The amount (quantity × unit cost) must be at most 10^15 đồng',
        params: { maximum: MAX_BUDGET_AMOUNT },
      });
  });
  if (!errors.length && total > BigInt(MAX_BUDGET_AMOUNT))
    errors.push({
      path: 'lines',
      code: 'too_big',
      message: "The estimate's total must be at most 10^15 đồng",
      params: { maximum: MAX_BUDGET_AMOUNT },
    });
  return errors;
}

/** An estimate's total: a number, exact because `amountErrors` keeps it at most 10^15 (below 2^53). */
export function totalOf(lines: readonly CostedLine[]): number {
  return lines.reduce((sum, line) => sum + lineAmount(line), 0);
}

/** Approved amounts: each at most what its line asks; a line Finance does not name keeps its amount. */
export function approvedAmountErrors(
  lines: readonly { id: string; amount: number }[],
  decisions: readonly { lineId: string; approvedAmount?: number }[],
): FieldError[] {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const errors: FieldError[] = [];
  decisions.forEach((d, index) => {
    const line = byId.get(d.lineId);
    if (!line)
      errors.push({
        path: `lines.${index}.lineId`,
        code: 'unknown',
        message: 'No such line in this estimate',
      });
    else if (d.approvedAmount !== undefined && d.approvedAmount > line.amount)
      errors.push({
        path: `lines.${index}.approvedAmount`,
        code: 'too_big',
        message: 'The approved amount cannot exceed the requested amount',
        params: { maximum: line.amount },
      });
  });
  return errors;
}

/** The deadline of a fiscal year when Finance set none (one rule, in the contracts: reporting uses it too). */
export const defaultDeadline = defaultEstimateDeadline;

/** Late when submitted after the deadline day (dates compared in Vietnam's time, UTC+7). */
export function isLate(submittedAt: Date, deadline: string): boolean {
  const local = new Date(submittedAt.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return local > deadline;
}
