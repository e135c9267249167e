import { defineRefusals } from '../common/common.refusals';

/** The budget service's refusals: estimates, their lines and the year's consolidation. */
export const BUDGET_REFUSALS = defineRefusals({
  estimateExists: { code: 'CONFLICT', params: ['agencyCode', 'year'] },
  estimateNotEditable: { code: 'CONFLICT', params: ['agencyCode', 'year', 'estimateStatus'] },
  estimateActionRefused: {
    code: 'CONFLICT',
    params: ['agencyCode', 'year', 'estimateStatus', 'estimateAction'],
  },
  idempotencyKeyReused: { code: 'CONFLICT', params: [] },
  fiscalYearLocked: { code: 'CONFLICT', params: ['year'] },
  yearConsolidated: { code: 'CONFLICT', params: ['year'] },
  estimatesAwaitReview: { code: 'CONFLICT', params: ['year', 'count'] },
  consolidationNotLocked: { code: 'CONFLICT', params: ['year'] },
  consolidationNotSubmitted: { code: 'CONFLICT', params: ['year'] },
  /** A line linked to a course or event its service does not know. */
  activityNotFound: { code: 'VALIDATION_FAILED', params: ['line'] },
  /** A line linked to another agency's course or event. */
  activityOfOtherAgency: { code: 'FORBIDDEN', params: ['line', 'activity'] },
});
