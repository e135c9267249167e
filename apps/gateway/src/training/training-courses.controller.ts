import { Controller } from '@nestjs/common';
import { TRAINING_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

@Controller()
export class TrainingCoursesController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.courseList)
  list(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.courseList, message, ctx);
  }

  @ApiRoute(R.courseGet)
  get(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.courseGet, message, ctx);
  }

  @ApiRoute(R.courseCreate)
  create(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.courseCreate, message, ctx);
  }

  @ApiRoute(R.courseHistory)
  history(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.courseHistory, message, ctx);
  }

  @ApiRoute(R.auditList)
  audit(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.auditList, message, ctx);
  }
}
