import { z } from 'zod';
import { FileUploadSchema } from '../common/file.schema';
import { ATTACHMENT_KINDS } from '../culture/culture.schema';

/**
 * Supporting documents of a budget line (quotes, decisions, price lists): the same files, limits and
 * content checks as an event's attachments. Added and removed only while the estimate is editable.
 */
export const MAX_LINE_ATTACHMENTS = 20;

export const BudgetLineAttachmentSchema = z.object({
  id: z.uuid(),
  lineId: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  kind: z.enum(ATTACHMENT_KINDS),
  uploadedBy: z.string(),
  createdAt: z.string(),
});
export type BudgetLineAttachment = z.infer<typeof BudgetLineAttachmentSchema>;

/** Every attachment of an estimate's lines, oldest first; each names its line. */
export const BudgetLineAttachmentsSchema = z.object({ items: z.array(BudgetLineAttachmentSchema) });
export type BudgetLineAttachments = z.infer<typeof BudgetLineAttachmentsSchema>;

export const UploadBudgetLineAttachmentSchema = z.object({
  id: z.uuid(),
  lineId: z.uuid(),
  file: FileUploadSchema,
});
export type UploadBudgetLineAttachment = z.input<typeof UploadBudgetLineAttachmentSchema>;

export const BudgetLineAttachmentRefSchema = z.object({
  id: z.uuid(),
  lineId: z.uuid(),
  attachmentId: z.uuid(),
});
export type BudgetLineAttachmentRef = z.infer<typeof BudgetLineAttachmentRefSchema>;
