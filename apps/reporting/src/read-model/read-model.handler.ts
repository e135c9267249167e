import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { REPORTING_SUBJECTS as S } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { ReadModelService } from './read-model.service';

@Controller()
export class ReadModelHandler {
  constructor(@Inject(ReadModelService) private readonly readModel: ReadModelService) {}

  @MessagePattern(S.dashboardGet)
  dashboard(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.readModel.dashboard(payload, requestContext(nats));
  }

  @MessagePattern(S.areaGet)
  area(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.readModel.area(payload, requestContext(nats));
  }

  @MessagePattern(S.recordList)
  records(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.readModel.records(payload, requestContext(nats));
  }

  @MessagePattern(S.rebuild)
  rebuild(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.readModel.rebuild(payload, requestContext(nats));
  }
}
