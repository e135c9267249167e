import type { BudgetLineInput } from '@ascc/contracts';
import { ServiceError } from '@ascc/service-kit';
import type { BudgetEstimate } from './budget-estimate.entity';
import { type BudgetAction, amountErrors, nextStatus } from './budget-rules';

/** Lines whose amounts pass the limits are a 400 naming each line. */
export function checkAmounts(lines: readonly BudgetLineInput[]) {
  const errors = amountErrors(lines);
  if (errors.length) throw new ServiceError('VALIDATION_FAILED', 'The request has invalid fields', errors);
}

/** A change made on an older version than the stored one is a 409 (rule `staleVersion`). */
export function assertVersion(estimate: BudgetEstimate, version: number) {
  if (estimate.version !== version)
    throw ServiceError.staleVersion('The estimate', estimate.version, { status: estimate.status });
}

/** The status `action` leads to from the estimate's, or a 409 naming the estimate and its status. */
export function assertAction(estimate: BudgetEstimate, action: BudgetAction) {
  const next = nextStatus(estimate.status, action);
  if (next) return next;
  const which = {
    agencyCode: estimate.agencyCode,
    year: estimate.fiscalYear,
    estimateStatus: estimate.status,
  };
  if (action === 'update')
    throw ServiceError.refuse(
      'estimateNotEditable',
      which,
      `A ${estimate.status} estimate cannot be edited: only drafts and returned estimates can`,
      { at: { path: 'status', code: 'not_editable' } },
    );
  throw ServiceError.refuse(
    'estimateActionRefused',
    { ...which, estimateAction: action },
    `A ${estimate.status} estimate cannot be ${action === 'submit' ? 'submitted' : `given "${action}"`}`,
    { at: { path: 'status', code: 'transition' } },
  );
}
