import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { TRAINING_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { CoursesService } from './courses.service';

@Controller()
export class CoursesHandler {
  constructor(private readonly service: CoursesService) {}

  @MessagePattern(TRAINING_SUBJECTS.courseCreate)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.create(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.courseList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.list(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.courseGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.get(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.courseUpdate)
  update(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.update(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.courseChangeStatus)
  changeStatus(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.changeStatus(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.courseHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.history(payload, requestContext(nats));
  }
}
