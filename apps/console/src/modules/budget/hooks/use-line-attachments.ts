import { BUDGET_ROUTES as B } from '@ascc/contracts';
import { routeKey, routeMutation, routeQuery } from '../../../api/route-query';

/** Under the estimates' key (its path): whatever refreshes an estimate refreshes its documents too. */
export const useLineAttachments = routeQuery(B.lineAttachmentList, {
  args: (estimateId: string) => ({ id: estimateId }),
});

/**
 * A document added or removed: its list and the estimate's history are read again, not the estimate
 * itself (which did not change), so lines being edited beside it are left as typed.
 */
const attachmentCommand = {
  invalidates: ({ id }: { id: string }) => [
    routeKey(B.lineAttachmentList, { id }),
    routeKey(B.estimateHistory, { id }),
  ],
};

export const useUploadLineAttachment = routeMutation(B.lineAttachmentUpload, attachmentCommand);
export const useDeleteLineAttachment = routeMutation(B.lineAttachmentDelete, attachmentCommand);
