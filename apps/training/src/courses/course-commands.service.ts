import { Inject, Controller } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import {
  type TrainingCourse as TrainingCourseDto,
  promotions,
  TRAINING_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  assertRecordAllowed,
  findPermitted,
  recordAudit,
  Handles,
} from '@ascc/service-kit';
import { Enrolment } from '../enrolments/enrolment.entity';
import {
  assertCapacityCovers,
  assertCodeFree,
  assertEditable,
  assertVersion,
  staleAsConflict,
} from './course-guards';
import { COURSE, COURSE_ENTITY, courseFields, toCourseDto } from './course-mappers';
import { recordCourseEvent } from './course-recorded';
import { TrainingCourse } from './training-course.entity';

/** A course's plan: creating it and editing it while it can still change. */
@Controller()
export class CourseCommandsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(TRAINING_ROUTES.courseCreate)
  async create(
    input: RouteInput<typeof TRAINING_ROUTES.courseCreate>,
    ctx: RequestContext,
  ): Promise<TrainingCourseDto> {
    assertRecordAllowed('training.course.create', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      await assertCodeFree(em, input.code);
      const course = em.create(TrainingCourse, { ...input, ...courseFields(input) });
      await em.flush();
      const dto = toCourseDto(course);
      recordAudit(em, ctx, { entity: COURSE_ENTITY, entityId: course.id, action: 'create', after: dto });
      recordCourseEvent(em, course);
      return dto;
    });
  }

  @Handles(TRAINING_ROUTES.courseUpdate)
  async update(
    { id, version, ...input }: RouteInput<typeof TRAINING_ROUTES.courseUpdate>,
    ctx: RequestContext,
  ): Promise<TrainingCourseDto> {
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        const course = await findPermitted(em, TrainingCourse, id, ctx, 'training.course.update', COURSE);
        assertRecordAllowed('training.course.update', ctx, input.agencyCode);
        assertVersion(course, version);
        assertEditable(course);
        if (input.code !== course.code) await assertCodeFree(em, input.code);
        assertCapacityCovers(input.capacity, course.enrolledCount);
        const before = toCourseDto(course);
        em.assign(course, { ...input, ...courseFields(input) });
        await promoteIntoFreePlaces(em, course);
        await em.flush();
        const after = toCourseDto(course);
        recordAudit(em, ctx, { entity: COURSE_ENTITY, entityId: id, action: 'update', before, after });
        recordCourseEvent(em, course);
        return after;
      });
    } catch (error) {
      throw await staleAsConflict(this.orm, error, id);
    }
  }
}

/** A larger capacity frees places: the waitlist moves up into them, first come first served. */
async function promoteIntoFreePlaces(em: EntityManager, course: TrainingCourse) {
  const free = course.capacity - course.enrolledCount;
  if (free <= 0 || course.waitlistCount <= 0) return;
  const waitlist = await em.find(
    Enrolment,
    { courseId: course.id, status: 'waitlisted' },
    { orderBy: { seq: 'asc' }, limit: free },
  );
  for (const enrolment of promotions(course.capacity, course.enrolledCount, waitlist)) {
    enrolment.status = 'enrolled';
    course.enrolledCount += 1;
    course.waitlistCount -= 1;
  }
}
