import { Controller } from '@nestjs/common';
import { BUDGET_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { CorrelationId, Forward, Message } from '../http/forward.decorator';

@Controller()
export class BudgetEstimatesController {
  constructor(private readonly bus: ServiceBus) {}

  @Forward(R.estimateList)
  list(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.estimateList, message, correlationId);
  }

  @Forward(R.estimateGet)
  get(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.estimateGet, message, correlationId);
  }

  @Forward(R.estimateCreate)
  create(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.estimateCreate, message, correlationId);
  }
}
