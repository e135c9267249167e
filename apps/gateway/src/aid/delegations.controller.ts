import { Controller } from '@nestjs/common';
import { AID_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

@Controller()
export class DelegationsController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.delegationList)
  list(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.delegationList, message, ctx);
  }

  @ApiRoute(R.delegationGet)
  get(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.delegationGet, message, ctx);
  }

  @ApiRoute(R.delegationCreate)
  create(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.delegationCreate, message, ctx);
  }

  @ApiRoute(R.delegationUpdate)
  update(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.delegationUpdate, message, ctx);
  }

  @ApiRoute(R.delegationHistory)
  history(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.delegationHistory, message, ctx);
  }
}
