import { Controller } from '@nestjs/common';
import { FUNDING_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

/** What Finance's approvals funded: answered by the training and culture services. */
@Controller()
export class ActivityFundingController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.trainingCourseFunding)
  course(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.trainingCourseFunding, message, ctx);
  }

  @ApiRoute(R.culturalEventFunding)
  event(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.culturalEventFunding, message, ctx);
  }
}
