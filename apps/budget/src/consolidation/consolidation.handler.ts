import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { BUDGET_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { ConsolidationService } from './consolidation.service';

@Controller()
export class ConsolidationHandler {
  constructor(private readonly consolidation: ConsolidationService) {}

  @MessagePattern(BUDGET_SUBJECTS.consolidationGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.consolidation.get(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.consolidationUpdate)
  update(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.consolidation.update(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.consolidationHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.consolidation.history(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.consolidationExport)
  export(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.consolidation.export(payload, requestContext(nats));
  }
}
