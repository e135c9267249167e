import { defineRefusals } from '../common/common.refusals';

/** The reporting service's refusals: yearly reports and the plan's reviews. */
export const REPORTING_REFUSALS = defineRefusals({
  reportExists: { code: 'CONFLICT', params: ['agencyCode', 'year', 'planArea'] },
  reportActionRefused: { code: 'CONFLICT', params: ['reportStatus', 'reportAction'] },
  reviewFrozen: { code: 'CONFLICT', params: ['reviewKind'] },
  indicatorExists: { code: 'CONFLICT', params: ['indicatorCode'] },
  actionPlanExists: { code: 'CONFLICT', params: ['agencyCode'] },
  taskNotAssigned: { code: 'VALIDATION_FAILED', params: ['taskCode', 'agencyCode'] },
});
