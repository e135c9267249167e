import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { budgetEstimateKeys } from '../api/budget-estimates.api';
import {
  deleteLineAttachment,
  lineAttachmentKeys,
  listLineAttachments,
  uploadLineAttachment,
} from '../api/line-attachments.api';

export function useLineAttachments(estimateId: string) {
  return useQuery({
    queryKey: lineAttachmentKeys.list(estimateId),
    queryFn: ({ signal }) => listLineAttachments(estimateId, signal),
  });
}

/**
 * A document added or removed: its list and the estimate's history are read again, not the estimate
 * itself (which did not change), so lines being edited beside it are left as typed.
 */
function useAttachmentMutation<I extends { id: string }, O>(mutate: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: (_answer, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: lineAttachmentKeys.list(input.id) }),
        queryClient.invalidateQueries({ queryKey: [...budgetEstimateKeys.all, 'history', input.id] }),
      ]),
  });
}

export const useUploadLineAttachment = () => useAttachmentMutation(uploadLineAttachment);
export const useDeleteLineAttachment = () =>
  useAttachmentMutation((m: { id: string; lineId: string; attachmentId: string }) =>
    deleteLineAttachment(m.id, m.lineId, m.attachmentId),
  );
