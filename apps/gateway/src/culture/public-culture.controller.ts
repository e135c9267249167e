import { Controller } from '@nestjs/common';
import { CULTURE_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

/**
 * The culture routes anyone may call without signing in (permission `public`): the ASEAN page's feed
 * and the iCal feed. The service answers them with an explicit public shape, never the internal record.
 */
@Controller()
export class PublicCultureController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.publicEvents)
  events(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.publicEvents, message, ctx);
  }

  @ApiRoute(R.publicCalendar)
  calendar(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.publicCalendar, message, ctx);
  }
}
