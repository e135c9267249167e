import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { TRAINING_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { TraineesService } from './trainees.service';

@Controller()
export class TraineesHandler {
  constructor(private readonly service: TraineesService) {}

  @MessagePattern(TRAINING_SUBJECTS.traineeCreate)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.create(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.traineeList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.list(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.traineeGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.get(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.traineeUpdate)
  update(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.update(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.traineeHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.history(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.traineeImportTemplate)
  template(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.template(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.traineeImport)
  import(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.import(payload, requestContext(nats));
  }
}
