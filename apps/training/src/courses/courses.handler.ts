import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { TRAINING_SUBJECTS } from '@ascc/contracts';
import { CoursesService } from './courses.service';

@Controller()
export class CoursesHandler {
  constructor(private readonly courses: CoursesService) {}

  @MessagePattern(TRAINING_SUBJECTS.courseCreate)
  create(@Payload() payload: unknown) {
    return this.courses.create(payload);
  }

  @MessagePattern(TRAINING_SUBJECTS.courseList)
  list(@Payload() payload: unknown) {
    return this.courses.list(payload);
  }

  @MessagePattern(TRAINING_SUBJECTS.courseGet)
  get(@Payload() payload: unknown) {
    return this.courses.get(payload);
  }
}
