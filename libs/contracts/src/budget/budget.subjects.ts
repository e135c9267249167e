/**
 * NATS subjects of the budget service (estimates sent to Finance). Renaming a subject breaks running
 * peers: deploy the service and the gateway together.
 */
export const BUDGET_SUBJECTS = {
  health: 'budget.health.get',
  estimateCreate: 'budget.estimate.create',
  estimateList: 'budget.estimate.list',
  estimateGet: 'budget.estimate.get',
  estimateHistory: 'budget.estimate.history',
  auditList: 'budget.audit.list',
} as const;
