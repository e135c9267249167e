import { Inject, Controller } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  type AuditEntry,
  type Page,
  type TrainingCourse as TrainingCourseDto,
  TRAINING_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  agencyScope,
  findAudit,
  findPermitted,
  findPermittedRow,
  paginateRows,
  searchFilter,
  Handles,
} from '@ascc/service-kit';
import { ENROLMENT_ENTITY } from '../enrolments/roster-audit';
import { COURSE, COURSE_ENTITY, toCourseDto } from './course-mappers';
import { TrainingCourse } from './training-course.entity';

/** Reading courses: the list, one course, and its history (with its roster's). */
@Controller()
export class CourseQueriesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(TRAINING_ROUTES.courseList)
  async list(
    {
      q,
      topic,
      targetLevel,
      targetGroup,
      status,
      agencyCode,
      districtCode,
      ...page
    }: RouteInput<typeof TRAINING_ROUTES.courseList>,
    ctx: RequestContext,
  ): Promise<Page<TrainingCourseDto>> {
    const where = {
      ...searchFilter(this.orm.em, TrainingCourse, q),
      ...agencyScope('training.course.read', ctx, agencyCode),
      ...(topic && { topic }),
      ...(targetLevel && { targetLevel }),
      ...(targetGroup && { targetGroup }),
      ...(status && { status }),
      ...(districtCode && { districtCode }),
    };
    // Read-only: lean rows mapped straight to DTOs, no entities.
    const result = await paginateRows(this.orm.em.fork(), TrainingCourse, where, page);
    return { ...result, items: result.items.map(toCourseDto) };
  }

  @Handles(TRAINING_ROUTES.courseGet)
  async get(
    { id }: RouteInput<typeof TRAINING_ROUTES.courseGet>,
    ctx: RequestContext,
  ): Promise<TrainingCourseDto> {
    return toCourseDto(
      await findPermittedRow(this.orm.em.fork(), TrainingCourse, id, ctx, 'training.course.read', COURSE),
    );
  }

  @Handles(TRAINING_ROUTES.courseHistory)
  async history(
    { id, ...page }: RouteInput<typeof TRAINING_ROUTES.courseHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    await findPermitted(em, TrainingCourse, id, ctx, 'training.course.read', COURSE);
    return findAudit(em, { entity: [COURSE_ENTITY, ENROLMENT_ENTITY], entityId: id, ...page });
  }
}
