import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  type AttachmentRef,
  type CulturalEventAttachment as AttachmentDto,
  type FileDownload,
  CULTURE_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  attachmentsFull,
  checkedUpload,
  fileDownload,
  recordAudit,
  storedFileLabel,
  Handles,
} from '@ascc/service-kit';
import { CulturalEventAttachment } from './cultural-event-attachment.entity';
import { findEventToChange, findReadableEvent } from './event-reach';
import { EVENT_ENTITY, attachmentDto } from './event-mappers';
import { MAX_ATTACHMENTS } from './event-store';

/** An event's attached files: upload, download and removal, each written in the event's history. */
@Controller()
export class EventAttachmentsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(CULTURE_ROUTES.attachmentUpload)
  async upload(
    { id, file }: RouteInput<typeof CULTURE_ROUTES.attachmentUpload>,
    ctx: RequestContext,
  ): Promise<AttachmentDto> {
    const { bytes, type, kind } = checkedUpload(file);
    return this.orm.em.fork().transactional(async (em) => {
      const event = await findEventToChange(em, id, ctx, 'culture.event.update');
      if ((await em.count(CulturalEventAttachment, { eventId: id })) >= MAX_ATTACHMENTS) {
        throw attachmentsFull(MAX_ATTACHMENTS, 'An event');
      }
      const attachment = em.create(CulturalEventAttachment, {
        eventId: id,
        fileName: file.fileName,
        contentType: type,
        size: bytes.length,
        kind,
        bytes,
        uploadedBy: ctx.caller.username,
      });
      await em.flush();
      recordAudit(em, ctx, {
        entity: EVENT_ENTITY,
        entityId: event.id,
        action: 'update',
        after: { attachmentAdded: storedFileLabel(attachment) },
      });
      return attachmentDto(attachment);
    });
  }

  /** Removes an attachment; the event's history keeps its name and size. */
  @Handles(CULTURE_ROUTES.attachmentDelete)
  async removeAttachment(
    { id, attachmentId }: RouteInput<typeof CULTURE_ROUTES.attachmentDelete>,
    ctx: RequestContext,
  ): Promise<AttachmentRef> {
    return this.orm.em.fork().transactional(async (em) => {
      const event = await findEventToChange(em, id, ctx, 'culture.event.update');
      const attachment = await em.findOne(CulturalEventAttachment, { id: attachmentId, eventId: id });
      if (!attachment) throw ServiceError.notFound('Attachment', attachmentId);
      await em.nativeDelete(CulturalEventAttachment, { id: attachmentId, eventId: id });
      recordAudit(em, ctx, {
        entity: EVENT_ENTITY,
        entityId: event.id,
        action: 'update',
        before: { attachmentRemoved: storedFileLabel(attachment) },
      });
      return { id, attachmentId };
    });
  }

  @Handles(CULTURE_ROUTES.attachmentDownload)
  async download(
    { id, attachmentId }: RouteInput<typeof CULTURE_ROUTES.attachmentDownload>,
    ctx: RequestContext,
  ): Promise<FileDownload> {
    const em = this.orm.em.fork();
    await findReadableEvent(em, id, ctx);
    const attachment = await em.findOne(
      CulturalEventAttachment,
      { id: attachmentId, eventId: id },
      { populate: ['bytes'] },
    );
    if (!attachment) throw ServiceError.notFound('Attachment', attachmentId);
    return fileDownload(attachment);
  }
}
