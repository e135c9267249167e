import { Inject, Controller } from '@nestjs/common';
import { type EntityManager, MikroORM, OptimisticLockError, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  type AuditEntry,
  type Page,
  TRAINING_EVENTS,
  type TrainingCourse as TrainingCourseDto,
  canMoveCourse,
  certificateNumber,
  courseStatusGuard,
  provinceToday,
  completionResult,
  isCourseEditable,
  promotions,
  TRAINING_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  agencyScope,
  applyGuards,
  assertRecordAllowed,
  findAudit,
  findPermitted,
  paginate,
  recordAudit,
  recordEvent,
  recordMeta,
  searchFilter,
  searchText,
  Handles,
} from '@ascc/service-kit';
import { CertificateCounter, Enrolment } from '../enrolments/enrolment.entity';
import { ENROLMENT_ENTITY, person } from '../enrolments/roster-audit';
import { Trainee } from '../trainees/trainee.entity';
import { TrainingCourse } from './training-course.entity';

const ENTITY = 'TrainingCourse';

@Controller()
export class CoursesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(TRAINING_ROUTES.courseCreate)
  async create(
    input: RouteInput<typeof TRAINING_ROUTES.courseCreate>,
    ctx: RequestContext,
  ): Promise<TrainingCourseDto> {
    assertRecordAllowed('training.course.create', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      await assertCodeFree(em, input.code);
      const course = em.create(TrainingCourse, {
        ...input,
        language: input.topic === 'foreign-language' ? (input.language ?? null) : null,
        districtCode: input.districtCode ?? null,
        searchText: searchText(input.code, input.titleVi, input.titleEn, input.venue),
      });
      await em.flush();
      const dto = toCourseDto(course);
      recordAudit(em, ctx, { entity: ENTITY, entityId: course.id, action: 'create', after: dto });
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
        const course = await findPermitted(
          em,
          TrainingCourse,
          id,
          ctx,
          'training.course.update',
          'Training course',
        );
        assertRecordAllowed('training.course.update', ctx, input.agencyCode);
        assertVersion(course, version);
        if (!isCourseEditable(course.status)) {
          throw ServiceError.refuse(
            'courseNotEditable',
            { code: course.code, courseStatus: course.status },
            `A ${course.status} course can no longer be edited`,
            { at: { path: 'status', code: 'not_editable' } },
          );
        }
        if (input.code !== course.code) await assertCodeFree(em, input.code);
        if (input.capacity < course.enrolledCount) {
          throw ServiceError.refuse(
            'capacityBelowEnrolled',
            { count: course.enrolledCount },
            `At least ${course.enrolledCount} trainees are enrolled`,
            { at: { path: 'capacity', code: 'too_small' } },
          );
        }
        const before = toCourseDto(course);
        em.assign(course, {
          ...input,
          language: input.topic === 'foreign-language' ? (input.language ?? null) : null,
          districtCode: input.districtCode ?? null,
          searchText: searchText(input.code, input.titleVi, input.titleEn, input.venue),
        });
        await promoteIntoFreePlaces(em, course);
        await em.flush();
        const after = toCourseDto(course);
        recordAudit(em, ctx, { entity: ENTITY, entityId: id, action: 'update', before, after });
        return after;
      });
    } catch (error) {
      throw await this.staleAsConflict(error, id);
    }
  }

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
        const course = await findPermitted(
          em,
          TrainingCourse,
          id,
          ctx,
          'training.course.update',
          'Training course',
        );
        assertVersion(course, version);
        if (!canMoveCourse(course.status, status)) {
          throw ServiceError.refuse(
            'courseTransition',
            { code: course.code, courseStatus: course.status, courseStatusTo: status },
            `A ${course.status} course cannot become ${status}`,
            { at: { path: 'status', code: 'transition' } },
          );
        }
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
          entity: ENTITY,
          entityId: id,
          action: 'update',
          before,
          after: { ...after, ...(results ? { results } : {}), ...(overrideReason ? { overrideReason } : {}) },
        });
        return after;
      });
    } catch (error) {
      throw await this.staleAsConflict(error, id);
    }
  }

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
      ...searchFilter(q),
      ...agencyScope('training.course.read', ctx, agencyCode),
      ...(topic && { topic }),
      ...(targetLevel && { targetLevel }),
      ...(targetGroup && { targetGroup }),
      ...(status && { status }),
      ...(districtCode && { districtCode }),
    };
    const result = await paginate(this.orm.em.fork(), TrainingCourse, where, page);
    return { ...result, items: result.items.map(toCourseDto) };
  }

  @Handles(TRAINING_ROUTES.courseGet)
  async get(
    { id }: RouteInput<typeof TRAINING_ROUTES.courseGet>,
    ctx: RequestContext,
  ): Promise<TrainingCourseDto> {
    return toCourseDto(
      await findPermitted(
        this.orm.em.fork(),
        TrainingCourse,
        id,
        ctx,
        'training.course.read',
        'Training course',
      ),
    );
  }

  @Handles(TRAINING_ROUTES.courseHistory)
  async history(
    { id, ...page }: RouteInput<typeof TRAINING_ROUTES.courseHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    await findPermitted(em, TrainingCourse, id, ctx, 'training.course.read', 'Training course');
    return findAudit(em, { entity: [ENTITY, ENROLMENT_ENTITY], entityId: id, ...page });
  }

  /** A concurrent edit that won the race: a 409 naming the version now stored, as a stale one gets. */
  private async staleAsConflict(error: unknown, id: string): Promise<unknown> {
    if (!(error instanceof OptimisticLockError)) return error;
    const current = await this.orm.em.fork().findOne(TrainingCourse, { id });
    return current ? staleVersion(current) : error;
  }
}

async function assertCodeFree(em: EntityManager, code: string) {
  if (await em.count(TrainingCourse, { code })) {
    throw ServiceError.refuse('courseCodeTaken', { code }, `A course with code ${code} already exists`, {
      at: { path: 'code', code: 'duplicate' },
    });
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

function staleVersion(course: TrainingCourse): ServiceError {
  return ServiceError.staleVersion('The course', course.version, { current: toCourseDto(course) });
}

function assertVersion(course: TrainingCourse, version: number) {
  if (course.version !== version) throw staleVersion(course);
}

/**
 * Results, certificate numbers and the completion event of a course, inside its transaction; answers
 * each enrolled trainee's result for the course's history.
 */
async function completeCourse(
  em: SqlEntityManager,
  course: TrainingCourse,
): Promise<(ReturnType<typeof person> & { result: string | null; certificateNo: string | null })[]> {
  const enrolments = await em.find(
    Enrolment,
    { courseId: course.id, status: 'enrolled' },
    { orderBy: { seq: 'asc' } },
  );
  const trainees = new Map(
    (await em.find(Trainee, { id: { $in: enrolments.map((e) => e.traineeId) } })).map((t) => [t.id, t]),
  );
  const sessions = course.sessions.length;
  const passed: Enrolment[] = [];
  for (const enrolment of enrolments) {
    enrolment.result = completionResult(course, enrolment.attendance, sessions, enrolment.score ?? null);
    if (enrolment.result === 'passed') passed.push(enrolment);
  }
  const year = Number(course.endDate.slice(0, 4));
  if (passed.length) {
    const last = await reserveCertificateSerials(em, year, passed.length);
    passed.forEach((enrolment, i) => {
      enrolment.certificateNo = certificateNumber(year, last - passed.length + 1 + i);
    });
  }
  const count = (list: Enrolment[]) => {
    const female = list.filter((e) => trainees.get(e.traineeId)?.gender === 'female').length;
    return { female, male: list.length - female, total: list.length };
  };
  recordEvent(em, TRAINING_EVENTS.courseCompleted, {
    courseId: course.id,
    code: course.code,
    titleVi: course.titleVi,
    agencyCode: course.agencyCode,
    topic: course.topic,
    targetLevel: course.targetLevel,
    targetGroup: course.targetGroup,
    year,
    trained: count(enrolments),
    completed: count(passed),
    communeTrained: enrolments.filter((e) => trainees.get(e.traineeId)?.level === 'commune').length,
    certificatesIssued: passed.length,
    planArea: course.planArea,
    completedAt: new Date().toISOString(),
  });
  return enrolments.flatMap((e) => {
    const trainee = trainees.get(e.traineeId);
    return trainee
      ? [{ ...person(trainee), result: e.result ?? null, certificateNo: e.certificateNo ?? null }]
      : [];
  });
}

/**
 * Takes `count` serials from the year's counter and answers the last one. The UPDATE locks the row
 * until the transaction ends, so concurrent completions queue on it and never get the same numbers.
 */
export async function reserveCertificateSerials(
  em: SqlEntityManager,
  year: number,
  count: number,
): Promise<number> {
  await em
    .createQueryBuilder(CertificateCounter)
    .insert({ year, last: 0 })
    .onConflict('year')
    .ignore()
    .execute();
  await em
    .createQueryBuilder(CertificateCounter)
    .update({ last: raw('last + ?', [count]) })
    .where({ year })
    .execute();
  const row = await em.createQueryBuilder(CertificateCounter).select('last').where({ year }).execute('get');
  return Number((row as { last: number }).last);
}

export function toCourseDto(course: TrainingCourse): TrainingCourseDto {
  return {
    ...recordMeta(course),
    code: course.code,
    titleVi: course.titleVi,
    titleEn: course.titleEn,
    topic: course.topic,
    language: course.language ?? null,
    targetLevel: course.targetLevel,
    targetGroup: course.targetGroup,
    planArea: course.planArea,
    agencyCode: course.agencyCode,
    venue: course.venue,
    districtCode: course.districtCode ?? null,
    startDate: course.startDate,
    endDate: course.endDate,
    sessions: course.sessions,
    capacity: course.capacity,
    trainers: course.trainers,
    costEstimate: course.costEstimate,
    minAttendancePercent: course.minAttendancePercent,
    passScore: course.passScore,
    status: course.status,
    cancelReason: course.cancelReason ?? null,
    enrolledCount: course.enrolledCount,
    waitlistCount: course.waitlistCount,
  };
}
