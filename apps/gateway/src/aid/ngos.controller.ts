import { Controller } from '@nestjs/common';
import { AID_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

@Controller()
export class NgosController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.ngoList)
  list(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.ngoList, message, ctx);
  }

  @ApiRoute(R.ngoGet)
  get(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.ngoGet, message, ctx);
  }

  @ApiRoute(R.ngoCreate)
  create(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.ngoCreate, message, ctx);
  }

  @ApiRoute(R.ngoUpdate)
  update(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.ngoUpdate, message, ctx);
  }

  @ApiRoute(R.ngoHistory)
  history(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.ngoHistory, message, ctx);
  }

  @ApiRoute(R.auditList)
  audit(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.auditList, message, ctx);
  }
}
