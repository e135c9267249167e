import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { TRAINING_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { CoursesService } from './courses.service';

@Controller()
export class CoursesHandler {
  constructor(private readonly courses: CoursesService) {}

  @MessagePattern(TRAINING_SUBJECTS.courseCreate)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.courses.create(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.courseList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.courses.list(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.courseGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.courses.get(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.courseHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.courses.history(payload, requestContext(nats));
  }
}
