import { Controller } from '@nestjs/common';
import { AID_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { CorrelationId, Forward, Message } from '../http/forward.decorator';

@Controller()
export class NgosController {
  constructor(private readonly bus: ServiceBus) {}

  @Forward(R.ngoList)
  list(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.ngoList, message, correlationId);
  }

  @Forward(R.ngoGet)
  get(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.ngoGet, message, correlationId);
  }

  @Forward(R.ngoCreate)
  create(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.ngoCreate, message, correlationId);
  }
}
