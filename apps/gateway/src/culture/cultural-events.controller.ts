import { Controller } from '@nestjs/common';
import { CULTURE_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { CorrelationId, Forward, Message } from '../http/forward.decorator';

@Controller()
export class CulturalEventsController {
  constructor(private readonly bus: ServiceBus) {}

  @Forward(R.eventList)
  list(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.eventList, message, correlationId);
  }

  @Forward(R.eventGet)
  get(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.eventGet, message, correlationId);
  }

  @Forward(R.eventCreate)
  create(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.eventCreate, message, correlationId);
  }
}
