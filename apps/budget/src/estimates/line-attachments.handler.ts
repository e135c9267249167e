import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { BUDGET_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { LineAttachmentsService } from './line-attachments.service';

@Controller()
export class LineAttachmentsHandler {
  constructor(private readonly attachments: LineAttachmentsService) {}

  @MessagePattern(BUDGET_SUBJECTS.lineAttachmentList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.attachments.list(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.lineAttachmentUpload)
  upload(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.attachments.upload(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.lineAttachmentDownload)
  download(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.attachments.download(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.lineAttachmentDelete)
  remove(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.attachments.remove(payload, requestContext(nats));
  }
}
