import { Controller } from '@nestjs/common';
import { BUDGET_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

@Controller()
export class BudgetEstimatesController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.estimateList)
  list(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateList, message, ctx);
  }

  @ApiRoute(R.estimateGet)
  get(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateGet, message, ctx);
  }

  @ApiRoute(R.estimateCreate)
  create(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateCreate, message, ctx);
  }

  @ApiRoute(R.estimateHistory)
  history(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateHistory, message, ctx);
  }

  @ApiRoute(R.auditList)
  audit(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.auditList, message, ctx);
  }
}
