import { Controller } from '@nestjs/common';
import { TRAINING_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { CorrelationId, Forward, Message } from '../http/forward.decorator';

@Controller()
export class TrainingCoursesController {
  constructor(private readonly bus: ServiceBus) {}

  @Forward(R.courseList)
  list(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.courseList, message, correlationId);
  }

  @Forward(R.courseGet)
  get(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.courseGet, message, correlationId);
  }

  @Forward(R.courseCreate)
  create(@Message() message: unknown, @CorrelationId() correlationId: string) {
    return this.bus.request(R.courseCreate, message, correlationId);
  }
}
