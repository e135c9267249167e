import { Controller } from '@nestjs/common';
import { CULTURE_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

@Controller()
export class CulturalEventsController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.eventList)
  list(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventList, message, ctx);
  }

  @ApiRoute(R.eventGet)
  get(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventGet, message, ctx);
  }

  @ApiRoute(R.eventCreate)
  create(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventCreate, message, ctx);
  }

  @ApiRoute(R.eventHistory)
  history(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventHistory, message, ctx);
  }

  @ApiRoute(R.auditList)
  audit(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.auditList, message, ctx);
  }
}
