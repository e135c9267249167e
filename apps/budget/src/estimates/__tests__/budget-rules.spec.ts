import { MAX_BUDGET_AMOUNT, diffBudgetVersions } from '@ascc/contracts';
import {
  amountErrors,
  approvedAmountErrors,
  isEditable,
  isLate,
  lineAmount,
  nextStatus,
  totalOf,
} from '../budget-rules';

describe('budget workflow', () => {
  it('goes draft → submitted → under-review → returned → resubmitted → approved', () => {
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(nextStatus('submitted', 'start-review')).toBe('under-review');
    expect(nextStatus('under-review', 'return')).toBe('returned');
    expect(nextStatus('returned', 'submit')).toBe('resubmitted');
    expect(nextStatus('resubmitted', 'approve')).toBe('approved');
    expect(nextStatus('under-review', 'reject')).toBe('rejected');
  });

  it('lets the agency edit only drafts and returned estimates, and refuses final ones everything', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('returned')).toBe(true);
    for (const status of ['submitted', 'under-review', 'resubmitted', 'approved', 'rejected'] as const)
      expect(isEditable(status)).toBe(false);
    for (const action of ['update', 'submit', 'start-review', 'return', 'approve', 'reject'] as const) {
      expect(nextStatus('approved', action)).toBeUndefined();
      expect(nextStatus('rejected', action)).toBeUndefined();
    }
    expect(nextStatus('draft', 'approve')).toBeUndefined();
    expect(nextStatus('submitted', 'submit')).toBeUndefined();
  });
});

describe('budget totals', () => {
  it('computes quantity × unit cost in whole đồng and sums the lines', () => {
    expect(lineAmount({ quantity: 3, unitCost: 12_500_000 })).toBe(37_500_000);
    expect(
      totalOf([
        { quantity: 3, unitCost: 12_500_000 },
        { quantity: 1, unitCost: 1 },
      ]),
    ).toBe(37_500_001);
  });

  it('names the line whose amount passes 10^15 đồng, and an over-large total', () => {
    expect(amountErrors([{ quantity: 1, unitCost: MAX_BUDGET_AMOUNT }])).toEqual([]);
    expect(
      amountErrors([
        { quantity: 1, unitCost: 1 },
        { quantity: 2, unitCost: MAX_BUDGET_AMOUNT },
      ]),
    ).toEqual([expect.objectContaining({ path: 'lines.1.amount', code: 'too_big' })]);
    expect(
      amountErrors([
        { quantity: 1, unitCost: MAX_BUDGET_AMOUNT },
        { quantity: 1, unitCost: 1 },
      ]),
    ).toEqual([expect.objectContaining({ path: 'lines' })]);
  });

  it('refuses an approved amount above the requested one and an unknown line', () => {
    const lines = [{ id: 'a', amount: 100 }];
    expect(approvedAmountErrors(lines, [{ lineId: 'a', approvedAmount: 100 }])).toEqual([]);
    expect(approvedAmountErrors(lines, [{ lineId: 'a', approvedAmount: 101 }])[0].path).toBe(
      'lines.0.approvedAmount',
    );
    expect(approvedAmountErrors(lines, [{ lineId: 'b' }])[0].path).toBe('lines.0.lineId');
  });

  it('flags a submission after the deadline day in Vietnam time', () => {
    expect(isLate(new Date('2024-07-20T16:59:00Z'), '2024-07-20')).toBe(false);
    expect(isLate(new Date('2024-07-20T17:00:00Z'), '2024-07-20')).toBe(true);
  });
});

describe(diffBudgetVersions.name, () => {
  const line = (id: string, quantity: number, unitCost: number, description = id) => ({
    id,
    description,
    planArea: 'III.5',
    fundingSource: 'PROVINCIAL_BUDGET',
    quantity,
    unitCost,
    amount: quantity * unitCost,
  });

  it('tells added, removed, changed and unchanged lines apart, with the fields that changed', () => {
    const diff = diffBudgetVersions(
      [line('a', 1, 100), line('b', 2, 50), line('c', 1, 10)],
      [line('a', 1, 100), line('b', 3, 50, 'b, more'), line('d', 1, 5)],
    );
    expect(diff).toEqual([
      expect.objectContaining({ lineId: 'a', change: 'unchanged', fields: [] }),
      expect.objectContaining({
        lineId: 'b',
        change: 'changed',
        fields: ['description', 'quantity', 'amount'],
        before: { quantity: 2, unitCost: 50, amount: 100 },
        after: { quantity: 3, unitCost: 50, amount: 150 },
      }),
      expect.objectContaining({ lineId: 'd', change: 'added', before: null }),
      expect.objectContaining({ lineId: 'c', change: 'removed', after: null }),
    ]);
  });
});
