import { BUDGET_ROUTES } from '@ascc/contracts';
import { downloadRoute } from '../../../api/client';

export function downloadLineAttachment(id: string, lineId: string, attachmentId: string) {
  return downloadRoute(BUDGET_ROUTES.lineAttachmentDownload, { id, lineId, attachmentId });
}
