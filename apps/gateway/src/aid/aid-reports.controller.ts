import { Controller } from '@nestjs/common';
import { AID_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

@Controller()
export class AidReportsController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.reportAid)
  aid(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportAid, message, ctx);
  }

  @ApiRoute(R.reportAidExport)
  aidExport(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportAidExport, message, ctx);
  }

  @ApiRoute(R.reportDelegations)
  delegations(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportDelegations, message, ctx);
  }

  @ApiRoute(R.reportDelegationsExport)
  delegationsExport(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportDelegationsExport, message, ctx);
  }

  @ApiRoute(R.iatiExport)
  iati(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.iatiExport, message, ctx);
  }
}
