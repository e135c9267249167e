import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { TRAINING_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { StatsService } from './stats.service';

@Controller()
export class StatsHandler {
  constructor(private readonly service: StatsService) {}

  @MessagePattern(TRAINING_SUBJECTS.statsGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.get(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.statsExport)
  export(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.export(payload, requestContext(nats));
  }
}
