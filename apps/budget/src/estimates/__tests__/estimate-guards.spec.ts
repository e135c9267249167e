import { MAX_BUDGET_AMOUNT } from '@ascc/contracts';
import { ServiceError } from '@ascc/service-kit';
import { BudgetEstimate } from '../budget-estimate.entity';
import { assertAction, assertVersion, checkAmounts } from '../estimate-guards';

function estimate(status: BudgetEstimate['status'], version = 3): BudgetEstimate {
  return Object.assign(new BudgetEstimate(), {
    agencyCode: 'SVHTTDL' as const,
    fiscalYear: 2026,
    titleVi: 'Dự toán 2026',
    status,
    version,
    late: false,
  });
}

function refusal(run: () => unknown): ServiceError['body'] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return (error as ServiceError).body;
  }
  throw new Error('expected a refusal');
}

describe('estimate guards', () => {
  it('gives the status an allowed action leads to', () => {
    expect(assertAction(estimate('draft'), 'update')).toBe('draft');
    expect(assertAction(estimate('returned'), 'submit')).toBe('resubmitted');
    expect(assertAction(estimate('under-review'), 'approve')).toBe('approved');
  });

  it('refuses to edit a submitted estimate, naming the agency, year and status on the status field', () => {
    const body = refusal(() => assertAction(estimate('submitted'), 'update'));
    expect(body.status).toBe(409);
    expect(body.fields).toEqual([
      expect.objectContaining({
        path: 'status',
        code: 'not_editable',
        params: {
          rule: 'estimateNotEditable',
          agencyCode: 'SVHTTDL',
          year: 2026,
          estimateStatus: 'submitted',
        },
      }),
    ]);
  });

  it('refuses a transition the status does not allow, naming the action', () => {
    const body = refusal(() => assertAction(estimate('approved'), 'submit'));
    expect(body.status).toBe(409);
    expect(body.message).toBe('A approved estimate cannot be submitted');
    expect(body.fields).toEqual([
      expect.objectContaining({
        path: 'status',
        code: 'transition',
        params: {
          rule: 'estimateActionRefused',
          agencyCode: 'SVHTTDL',
          year: 2026,
          estimateStatus: 'approved',
          estimateAction: 'submit',
        },
      }),
    ]);
    expect(refusal(() => assertAction(estimate('draft'), 'approve')).message).toBe(
      'A draft estimate cannot be given "approve"',
    );
  });

  it('accepts the stored version and refuses an older one with the current version and status', () => {
    expect(() => assertVersion(estimate('draft', 3), 3)).not.toThrow();
    const body = refusal(() => assertVersion(estimate('returned', 3), 2));
    expect(body.status).toBe(409);
    expect(body.fields).toEqual([
      expect.objectContaining({
        path: 'version',
        code: 'stale',
        params: { rule: 'staleVersion', currentVersion: 3, status: 'returned' },
      }),
    ]);
  });

  it('lets amounts within the limit through and answers 400 naming the line over it', () => {
    expect(() => checkAmounts([{ quantity: 2, unitCost: 1_000_000 }] as never)).not.toThrow();
    const body = refusal(() =>
      checkAmounts([
        { quantity: 1, unitCost: 1 },
        { quantity: 2, unitCost: MAX_BUDGET_AMOUNT },
      ] as never),
    );
    expect(body.status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields).toEqual([expect.objectContaining({ path: 'lines.1.amount', code: 'too_big' })]);
  });
});
