import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import {
  CertificateRequestSchema,
  CourseIdSchema,
  EnrolTraineesSchema,
  type Enrolment as EnrolmentDto,
  type FieldError,
  type FileDownload,
  RecordAttendanceSchema,
  RecordScoresSchema,
  WithdrawEnrolmentSchema,
  attendanceGuard,
  enrolmentGuard,
  isCourseEditable,
  provinceToday,
  placeEnrolments,
  promotions,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  applyGuards,
  findPermitted,
  recordAudit,
  validate,
} from '@ascc/service-kit';
import { TrainingCourse } from '../courses/training-course.entity';
import { Trainee } from '../trainees/trainee.entity';
import { certificatePdf } from './certificate-pdf';
import { Enrolment } from './enrolment.entity';

const ENTITY = 'Enrolment';

/**
 * An overridden date or status rule, in the course's own history (entity `TrainingCourse`) with what was
 * done and the reason, written by the same flush as the change.
 */
function recordOverride(
  em: EntityManager,
  ctx: RequestContext,
  courseId: string,
  done: Record<string, unknown>,
  overrideReason: string,
) {
  recordAudit(em, ctx, {
    entity: 'TrainingCourse',
    entityId: courseId,
    action: 'update',
    before: {},
    after: { ...done, overrideReason },
  });
}
const COURSE = 'Training course';

@Injectable()
export class EnrolmentsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async list(payload: unknown, ctx: RequestContext): Promise<{ items: EnrolmentDto[] }> {
    const { id } = validate(CourseIdSchema, payload);
    const em = this.orm.em.fork();
    await findPermitted(em, TrainingCourse, id, ctx, 'training.course.read', COURSE);
    return { items: await roster(em, id) };
  }

  /**
   * Enrols trainees in the order given: enrolled while places remain, then waitlisted. The course's
   * counts change in the same transaction under its version, so two clerks filling the last places at
   * once cannot both take them (the second gets a 409 and retries).
   */
  async enrol(payload: unknown, ctx: RequestContext) {
    const input = validate(EnrolTraineesSchema, payload);
    const { id, traineeIds } = input;
    const duplicates = traineeIds
      .map((traineeId, i) => ({ traineeId, i }))
      .filter(({ traineeId, i }) => traineeIds.indexOf(traineeId) !== i);
    if (duplicates.length) {
      throw new ServiceError(
        'VALIDATION_FAILED',
        'The same trainee is listed twice',
        duplicates.map(({ i }) => ({ path: `traineeIds.${i}`, code: 'duplicate', message: 'Listed twice' })),
      );
    }
    return this.orm.em.fork().transactional(async (em) => {
      const course = await this.writableCourse(em, id, ctx);
      const overrideReason = applyGuards([enrolmentGuard(course.status)], input, ctx);
      const trainees = await em.find(Trainee, { id: { $in: traineeIds } });
      const missing = traineeIds
        .map((traineeId, i) => ({ traineeId, i }))
        .filter(({ traineeId }) => !trainees.some((t) => t.id === traineeId));
      if (missing.length) {
        throw new ServiceError(
          'VALIDATION_FAILED',
          'Some trainees are not in the registry',
          missing.map(({ i }) => ({
            path: `traineeIds.${i}`,
            code: 'not_found',
            message: 'No such trainee',
          })),
        );
      }
      const existing = await em.find(Enrolment, { courseId: id, traineeId: { $in: traineeIds } });
      const taken = existing.filter((e) => e.status !== 'withdrawn');
      if (taken.length) {
        const fields: FieldError[] = taken.map((e) => ({
          path: `traineeIds.${traineeIds.indexOf(e.traineeId)}`,
          code: 'duplicate',
          message: `Already ${e.status} on this course`,
        }));
        throw new ServiceError('CONFLICT', 'A trainee is already on this course', fields);
      }
      const last = await em.findOne(
        Enrolment,
        { courseId: id },
        { orderBy: { seq: 'desc' }, fields: ['seq'] },
      );
      let seq = last?.seq ?? 0;
      const places = placeEnrolments(course.capacity, course.enrolledCount, traineeIds.length);
      const touched: Enrolment[] = [];
      traineeIds.forEach((traineeId, i) => {
        seq += 1;
        const again = existing.find((e) => e.traineeId === traineeId);
        if (again) {
          // A trainee who withdrew comes back at the end of the queue, with a clean record.
          em.assign(again, { status: places[i], seq, attendance: [], score: null, result: null });
          touched.push(again);
        } else {
          touched.push(em.create(Enrolment, { courseId: id, traineeId, status: places[i], seq }));
        }
      });
      const enrolled = places.filter((p) => p === 'enrolled').length;
      course.enrolledCount += enrolled;
      course.waitlistCount += places.length - enrolled;
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: id,
        action: 'create',
        after: { traineeIds, enrolled, waitlisted: places.length - enrolled },
      });
      if (overrideReason) recordOverride(em, ctx, id, { enrolled: traineeIds.length }, overrideReason);
      const byId = new Map(trainees.map((t) => [t.id, t]));
      return {
        enrolled,
        waitlisted: places.length - enrolled,
        items: touched.map((e) => toEnrolmentDto(e, must(byId, e.traineeId))),
      };
    });
  }

  /** Withdraws a trainee; a freed place goes to the first on the waitlist, in the same transaction. */
  async withdraw(payload: unknown, ctx: RequestContext) {
    const { id, enrolmentId } = validate(WithdrawEnrolmentSchema, payload);
    return this.orm.em.fork().transactional(async (em) => {
      const course = await this.writableCourse(em, id, ctx);
      const enrolment = await em.findOne(Enrolment, { id: enrolmentId, courseId: id });
      if (!enrolment) throw ServiceError.notFound('Enrolment', enrolmentId);
      if (enrolment.status === 'withdrawn') {
        throw new ServiceError('CONFLICT', 'The trainee has already withdrawn');
      }
      const wasEnrolled = enrolment.status === 'enrolled';
      enrolment.status = 'withdrawn';
      let promoted: Enrolment | null = null;
      if (wasEnrolled) {
        course.enrolledCount -= 1;
        const waitlist = await em.find(
          Enrolment,
          { courseId: id, status: 'waitlisted' },
          { orderBy: { seq: 'asc' }, limit: 1 },
        );
        promoted = promotions(course.capacity, course.enrolledCount, waitlist)[0] ?? null;
        if (promoted) {
          promoted.status = 'enrolled';
          course.enrolledCount += 1;
          course.waitlistCount -= 1;
        }
      } else {
        course.waitlistCount -= 1;
      }
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: enrolmentId,
        action: 'update',
        before: { status: wasEnrolled ? 'enrolled' : 'waitlisted' },
        after: { status: 'withdrawn', promoted: promoted?.id ?? null },
      });
      const people = new Map(
        (
          await em.find(Trainee, {
            id: { $in: [enrolment.traineeId, ...(promoted ? [promoted.traineeId] : [])] },
          })
        ).map((t) => [t.id, t]),
      );
      return {
        withdrawn: toEnrolmentDto(enrolment, must(people, enrolment.traineeId)),
        promoted: promoted ? toEnrolmentDto(promoted, must(people, promoted.traineeId)) : null,
      };
    });
  }

  async recordAttendance(payload: unknown, ctx: RequestContext) {
    const input = validate(RecordAttendanceSchema, payload);
    const { id, marks } = input;
    return this.orm.em.fork().transactional(async (em) => {
      const course = await this.writableCourse(em, id, ctx);
      const enrolments = await this.enrolledOf(
        em,
        id,
        [...new Set(marks.map((m) => m.enrolmentId))],
        'marks',
      );
      const fields: FieldError[] = [];
      marks.forEach((m, i) => {
        if (m.session >= course.sessions.length)
          fields.push({ path: `marks.${i}.session`, code: 'too_big', message: 'No such session' });
      });
      if (fields.length)
        throw new ServiceError('VALIDATION_FAILED', 'The request has invalid fields', fields);
      const today = provinceToday();
      const overrideReason = applyGuards(
        [...new Set(marks.map((m) => m.session))].map((session) =>
          attendanceGuard(
            course.sessions,
            session,
            today,
            `marks.${marks.findIndex((m) => m.session === session)}.session`,
          ),
        ),
        input,
        ctx,
      );
      for (const m of marks) {
        const enrolment = must(enrolments, m.enrolmentId);
        const attendance = Array.from(
          { length: course.sessions.length },
          (_, i) => enrolment.attendance[i] ?? null,
        );
        attendance[m.session] = m.mark;
        enrolment.attendance = attendance;
      }
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: id,
        action: 'update',
        after: { attendance: marks.length },
      });
      if (overrideReason) recordOverride(em, ctx, id, { attendance: marks.length }, overrideReason);
      return { items: await roster(em, id) };
    });
  }

  async recordScores(payload: unknown, ctx: RequestContext) {
    const { id, scores } = validate(RecordScoresSchema, payload);
    return this.orm.em.fork().transactional(async (em) => {
      await this.writableCourse(em, id, ctx);
      const enrolments = await this.enrolledOf(
        em,
        id,
        scores.map((s) => s.enrolmentId),
        'scores',
      );
      for (const s of scores) must(enrolments, s.enrolmentId).score = s.score;
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: id,
        action: 'update',
        after: { scores: scores.length },
      });
      return { items: await roster(em, id) };
    });
  }

  async certificate(payload: unknown, ctx: RequestContext): Promise<FileDownload> {
    const { id, enrolmentId } = validate(CertificateRequestSchema, payload);
    const em = this.orm.em.fork();
    const course = await findPermitted(em, TrainingCourse, id, ctx, 'training.course.read', COURSE);
    const enrolment = await em.findOne(Enrolment, { id: enrolmentId, courseId: id });
    if (!enrolment) throw ServiceError.notFound('Enrolment', enrolmentId);
    if (!enrolment.certificateNo) {
      throw new ServiceError(
        'CONFLICT',
        'This trainee has no certificate: the course is not completed or they did not pass',
      );
    }
    const trainee = await em.findOneOrFail(Trainee, { id: enrolment.traineeId });
    const pdf = await certificatePdf(course, trainee, enrolment.certificateNo);
    return {
      fileName: `${enrolment.certificateNo}.pdf`,
      contentType: 'application/pdf',
      base64: pdf.toString('base64'),
    };
  }

  private async writableCourse(em: EntityManager, id: string, ctx: RequestContext) {
    const course = await findPermitted(em, TrainingCourse, id, ctx, 'training.enrolment.manage', COURSE);
    if (!isCourseEditable(course.status)) {
      throw new ServiceError('CONFLICT', `The course is ${course.status}: its roster can no longer change`, [
        { path: 'status', code: 'not_editable', message: `The course is ${course.status}` },
      ]);
    }
    return course;
  }

  /** The course's enrolled (not waitlisted or withdrawn) enrolments named by the message. */
  private async enrolledOf(em: EntityManager, courseId: string, ids: string[], list: string) {
    const found = new Map(
      (await em.find(Enrolment, { id: { $in: ids }, courseId, status: 'enrolled' })).map((e) => [e.id, e]),
    );
    const unknown = ids.filter((i) => !found.has(i));
    if (unknown.length) {
      throw new ServiceError(
        'VALIDATION_FAILED',
        'Some enrolments are not enrolled on this course',
        unknown.map(() => ({ path: list, code: 'not_enrolled', message: 'Not enrolled on this course' })),
      );
    }
    return found;
  }
}

/** A row the transaction has just read; its absence would be a bug, not a user's mistake. */
function must<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Missing ${String(key)}`);
  return value;
}

/** The course's roster in queue order, joined with the registry in one query each. */
async function roster(em: EntityManager, courseId: string): Promise<EnrolmentDto[]> {
  const enrolments = await em.find(Enrolment, { courseId }, { orderBy: { seq: 'asc' } });
  const trainees = new Map(
    (await em.find(Trainee, { id: { $in: enrolments.map((e) => e.traineeId) } })).map((t) => [t.id, t]),
  );
  return enrolments.map((e) => toEnrolmentDto(e, must(trainees, e.traineeId)));
}

function toEnrolmentDto(e: Enrolment, t: Trainee): EnrolmentDto {
  return {
    id: e.id,
    courseId: e.courseId,
    traineeId: e.traineeId,
    staffCode: t.staffCode,
    fullName: t.fullName,
    gender: t.gender,
    level: t.level,
    group: t.group,
    status: e.status,
    seq: e.seq,
    attendance: e.attendance,
    score: e.score ?? null,
    result: e.result ?? null,
    certificateNo: e.certificateNo ?? null,
    version: e.version,
  };
}
