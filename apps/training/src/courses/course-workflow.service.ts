import { Inject, Controller } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  TRAINING_EVENTS,
  type TrainingCourse as TrainingCourseDto,
  courseStatusGuard,
  provinceToday,
  TRAINING_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  applyGuards,
  findPermitted,
  recordAudit,
  recordEvent,
  Handles,
} from '@ascc/service-kit';
import { completeCourse } from './course-completion';
import { assertTransition, assertVersion, staleAsConflict } from './course-guards';
import { COURSE, COURSE_ENTITY, toCourseDto } from './course-mappers';
import { TrainingCourse } from './training-course.entity';
import { recordCourseEvent } from './course-recorded';

/** A course's status workflow: opening, starting, completing (results, certificates) and cancelling. */
@Controller()
export class CourseWorkflowService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  /**
   * Moves a course along its workflow. Completing it computes every enrolled trainee's result by the
   * completion rule, numbers the certificates of those who passed from the year's counter, and records
   * the `training.course.completed` event — all in one transaction.
   */
  @Handles(TRAINING_ROUTES.courseChangeStatus)
  async changeStatus(
    input: RouteInput<typeof TRAINING_ROUTES.courseChangeStatus>,
    ctx: RequestContext,
  ): Promise<TrainingCourseDto> {
    const { id, version, status, reason } = input;
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        const course = await findPermitted(em, TrainingCourse, id, ctx, 'training.course.update', COURSE);
        assertVersion(course, version);
        assertTransition(course, status);
        const overrideReason = applyGuards([courseStatusGuard(course, status, provinceToday())], input, ctx);
        const before = toCourseDto(course);
        course.status = status;
        if (status === 'cancelled') {
          course.cancelReason = reason ?? null;
          recordEvent(em, TRAINING_EVENTS.courseCancelled, {
            courseId: course.id,
            code: course.code,
            agencyCode: course.agencyCode,
            reason: reason ?? '',
            cancelledAt: new Date().toISOString(),
          });
        }
        const results = status === 'completed' ? await completeCourse(em as SqlEntityManager, course) : null;
        await em.flush();
        const after = toCourseDto(course);
        // Completing writes every trainee's result into the same history line as the status change; an
        // overridden date rule stays in the course's history with its reason.
        recordAudit(em, ctx, {
          entity: COURSE_ENTITY,
          entityId: id,
          action: 'update',
          before,
          after: { ...after, ...(results ? { results } : {}), ...(overrideReason ? { overrideReason } : {}) },
        });
        recordCourseEvent(em, course);
        return after;
      });
    } catch (error) {
      throw await staleAsConflict(this.orm, error, id);
    }
  }
}
