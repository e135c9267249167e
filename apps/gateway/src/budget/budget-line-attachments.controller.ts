import { Controller } from '@nestjs/common';
import { BUDGET_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

/** Supporting documents of budget lines. */
@Controller()
export class BudgetLineAttachmentsController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.lineAttachmentList)
  list(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.lineAttachmentList, message, ctx);
  }

  @ApiRoute(R.lineAttachmentUpload)
  upload(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.lineAttachmentUpload, message, ctx);
  }

  @ApiRoute(R.lineAttachmentDownload)
  download(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.lineAttachmentDownload, message, ctx);
  }

  @ApiRoute(R.lineAttachmentDelete)
  remove(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.lineAttachmentDelete, message, ctx);
  }
}
