import { Inject, Controller } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type Enrolment as EnrolmentDto, TRAINING_ROUTES, type RouteInput } from '@ascc/contracts';
import { type RequestContext, findPermitted, Handles } from '@ascc/service-kit';
import { TrainingCourse } from '../courses/training-course.entity';
import { COURSE, roster } from './roster';

/** A course's roster and waitlist. */
@Controller()
export class EnrolmentQueriesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(TRAINING_ROUTES.enrolmentList)
  async list(
    { id }: RouteInput<typeof TRAINING_ROUTES.enrolmentList>,
    ctx: RequestContext,
  ): Promise<{ items: EnrolmentDto[] }> {
    const em = this.orm.em.fork();
    await findPermitted(em, TrainingCourse, id, ctx, 'training.course.read', COURSE);
    return { items: await roster(em, id) };
  }
}
