/**
 * NATS subjects of the budget service (estimates sent to Finance). Renaming a subject breaks running
 * peers: deploy the service and the gateway together.
 */
export const BUDGET_SUBJECTS = {
  health: 'budget.health.get',
  estimateCreate: 'budget.estimate.create',
  estimateList: 'budget.estimate.list',
  estimateGet: 'budget.estimate.get',
  estimateUpdate: 'budget.estimate.update',
  estimateSubmit: 'budget.estimate.submit',
  estimateReview: 'budget.estimate.review',
  estimateVersions: 'budget.estimate.versions',
  estimateHistory: 'budget.estimate.history',
  deadlineList: 'budget.deadline.list',
  deadlineSet: 'budget.deadline.set',
  consolidationGet: 'budget.consolidation.get',
  consolidationUpdate: 'budget.consolidation.update',
  consolidationExport: 'budget.consolidation.export',
  consolidationHistory: 'budget.consolidation.history',
  auditList: 'budget.audit.list',
  // The global search's question to this service (its kinds, LIMIT 5 each): asked by the gateway only.
  search: 'budget.search.find',
  lineAttachmentList: 'budget.attachment.list',
  lineAttachmentUpload: 'budget.attachment.upload',
  lineAttachmentDownload: 'budget.attachment.download',
  lineAttachmentDelete: 'budget.attachment.delete',
} as const;
