import { BUDGET_ROUTES, type UploadBudgetLineAttachment } from '@ascc/contracts';
import { callRoute, downloadRoute } from '../../../api/client';
import { budgetEstimateKeys } from './budget-estimates.api';

/** Under the estimates' key: whatever refreshes an estimate refreshes its documents too. */
export const lineAttachmentKeys = {
  list: (id: string) => [...budgetEstimateKeys.all, 'attachments', id] as const,
};

export function listLineAttachments(id: string, signal?: AbortSignal) {
  return callRoute(BUDGET_ROUTES.lineAttachmentList, { id }, { signal });
}

export function uploadLineAttachment(message: UploadBudgetLineAttachment) {
  return callRoute(BUDGET_ROUTES.lineAttachmentUpload, message);
}

export function downloadLineAttachment(id: string, lineId: string, attachmentId: string) {
  return downloadRoute(BUDGET_ROUTES.lineAttachmentDownload, { id, lineId, attachmentId });
}

export function deleteLineAttachment(id: string, lineId: string, attachmentId: string) {
  return callRoute(BUDGET_ROUTES.lineAttachmentDelete, { id, lineId, attachmentId });
}
