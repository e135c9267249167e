import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  BUDGET_ROUTES,
  type BudgetLineAttachment as AttachmentDto,
  type BudgetLineAttachmentRef,
  type BudgetLineAttachments,
  type FileDownload,
  MAX_LINE_ATTACHMENTS,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  Handles,
  attachmentsFull,
  checkedUpload,
  fileDownload,
  findPermitted,
  recordAudit,
  storedFileLabel,
} from '@ascc/service-kit';
import { BudgetEstimate } from './budget-estimate.entity';
import { BudgetLineAttachment } from './budget-line-attachment.entity';
import { BudgetLine } from './budget-line.entity';
import { assertAction } from './estimate-guards';
import { ESTIMATE_ENTITY } from './estimate-mappers';
import { assertYearOpen } from './fiscal-year-locks';

const LABEL = 'Budget estimate';

/**
 * Supporting documents of budget lines: read by whoever reads the estimate; added and removed by its
 * editors while the estimate is editable (draft or returned) and its year is open, each in the
 * estimate's history.
 */
@Controller()
export class LineAttachmentsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(BUDGET_ROUTES.lineAttachmentList)
  async list(
    { id }: RouteInput<typeof BUDGET_ROUTES.lineAttachmentList>,
    ctx: RequestContext,
  ): Promise<BudgetLineAttachments> {
    const em = this.orm.em.fork();
    await findPermitted(em, BudgetEstimate, id, ctx, 'budget.estimate.read', LABEL);
    const rows = await em.find(BudgetLineAttachment, { estimateId: id }, { orderBy: { createdAt: 'asc' } });
    return { items: rows.map(toDto) };
  }

  @Handles(BUDGET_ROUTES.lineAttachmentUpload)
  async upload(
    { id, lineId, file }: RouteInput<typeof BUDGET_ROUTES.lineAttachmentUpload>,
    ctx: RequestContext,
  ): Promise<AttachmentDto> {
    const { bytes, type, kind } = checkedUpload(file);
    return this.orm.em.fork().transactional(async (em) => {
      const { estimate, line } = await this.editableLine(em, id, lineId, ctx);
      if ((await em.count(BudgetLineAttachment, { line: line.id })) >= MAX_LINE_ATTACHMENTS) {
        throw attachmentsFull(MAX_LINE_ATTACHMENTS, 'A line');
      }
      const attachment = em.create(BudgetLineAttachment, {
        line,
        estimateId: estimate.id,
        fileName: file.fileName,
        contentType: type,
        size: bytes.length,
        kind,
        bytes,
        uploadedBy: ctx.caller.username,
      });
      await em.flush();
      recordAudit(em, ctx, {
        entity: ESTIMATE_ENTITY,
        entityId: estimate.id,
        agencyCode: estimate.agencyCode,
        action: 'update',
        after: { attachmentAdded: `${lineName(line)}: ${storedFileLabel(attachment)}` },
      });
      return toDto(attachment);
    });
  }

  @Handles(BUDGET_ROUTES.lineAttachmentDownload)
  async download(
    { id, lineId, attachmentId }: RouteInput<typeof BUDGET_ROUTES.lineAttachmentDownload>,
    ctx: RequestContext,
  ): Promise<FileDownload> {
    const em = this.orm.em.fork();
    await findPermitted(em, BudgetEstimate, id, ctx, 'budget.estimate.read', LABEL);
    const attachment = await em.findOne(
      BudgetLineAttachment,
      { id: attachmentId, line: lineId, estimateId: id },
      { populate: ['bytes'] },
    );
    if (!attachment) throw ServiceError.notFound('Attachment', attachmentId);
    return fileDownload(attachment);
  }

  @Handles(BUDGET_ROUTES.lineAttachmentDelete)
  async remove(
    { id, lineId, attachmentId }: RouteInput<typeof BUDGET_ROUTES.lineAttachmentDelete>,
    ctx: RequestContext,
  ): Promise<BudgetLineAttachmentRef> {
    return this.orm.em.fork().transactional(async (em) => {
      const { estimate, line } = await this.editableLine(em, id, lineId, ctx);
      const attachment = await em.findOne(BudgetLineAttachment, { id: attachmentId, line: line.id });
      if (!attachment) throw ServiceError.notFound('Attachment', attachmentId);
      await em.nativeDelete(BudgetLineAttachment, { id: attachment.id });
      recordAudit(em, ctx, {
        entity: ESTIMATE_ENTITY,
        entityId: estimate.id,
        agencyCode: estimate.agencyCode,
        action: 'update',
        before: { attachmentRemoved: `${lineName(line)}: ${storedFileLabel(attachment)}` },
      });
      return { id, lineId, attachmentId };
    });
  }

  /** The line of an estimate the caller may edit now: its agency's, draft or returned, year open. */
  private async editableLine(
    em: Parameters<typeof findPermitted>[0],
    id: string,
    lineId: string,
    ctx: RequestContext,
  ) {
    const estimate = await findPermitted(em, BudgetEstimate, id, ctx, 'budget.estimate.update', LABEL);
    const line = await em.findOne(BudgetLine, { id: lineId, estimate: estimate.id });
    if (!line) throw ServiceError.notFound('Budget line', lineId);
    assertAction(estimate, 'update');
    await assertYearOpen(em, estimate.fiscalYear);
    return { estimate, line };
  }
}

function lineName(line: BudgetLine): string {
  return `${line.position + 1}. ${line.description}`;
}

function toDto(a: BudgetLineAttachment): AttachmentDto {
  return {
    id: a.id,
    lineId: a.line.id,
    fileName: a.fileName,
    contentType: a.contentType,
    size: a.size,
    kind: a.kind,
    uploadedBy: a.uploadedBy,
    createdAt: a.createdAt.toISOString(),
  };
}
