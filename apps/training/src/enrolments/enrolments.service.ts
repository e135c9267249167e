import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import {
  type AttendanceMark,
  CertificateRequestSchema,
  CourseIdSchema,
  EnrolTraineesSchema,
  type Enrolment as EnrolmentDto,
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

/** Roster lines of a course's history: their `entityId` is the course's. */
export const ENROLMENT_ENTITY = 'Enrolment';
const ENTITY = ENROLMENT_ENTITY;

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
      throw ServiceError.refuseAll(
        'traineeListedTwice',
        duplicates.map(({ i }) => ({
          params: {},
          message: 'Listed twice',
          at: { path: `traineeIds.${i}`, code: 'duplicate' },
        })),
        'The same trainee is listed twice',
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
        throw ServiceError.refuseAll(
          'traineeNotFound',
          missing.map(({ i }) => ({
            params: {},
            message: 'No such trainee',
            at: { path: `traineeIds.${i}`, code: 'not_found' },
          })),
          'Some trainees are not in the registry',
        );
      }
      const existing = await em.find(Enrolment, { courseId: id, traineeId: { $in: traineeIds } });
      const taken = existing.filter((e) => e.status !== 'withdrawn');
      if (taken.length) {
        throw ServiceError.refuseAll(
          'alreadyEnrolled',
          taken.map((e) => {
            const trainee = trainees.find((t) => t.id === e.traineeId);
            return {
              params: {
                name: trainee?.fullName ?? '',
                staffCode: trainee?.staffCode ?? '',
                enrolmentStatus: e.status,
              },
              message: `${trainee?.fullName} (${trainee?.staffCode}) is already ${e.status} on this course`,
              at: { path: `traineeIds.${traineeIds.indexOf(e.traineeId)}`, code: 'duplicate' },
            };
          }),
          'A trainee is already on this course',
        );
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
      const byId = new Map(trainees.map((t) => [t.id, t]));
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: id,
        action: 'create',
        after: {
          enrolments: touched.map((e) => ({ ...person(must(byId, e.traineeId)), status: e.status })),
        },
      });
      if (overrideReason) recordOverride(em, ctx, id, { enrolled: traineeIds.length }, overrideReason);
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
        const trainee = await em.findOneOrFail(Trainee, { id: enrolment.traineeId });
        throw ServiceError.refuse(
          'alreadyWithdrawn',
          { name: trainee.fullName, staffCode: trainee.staffCode },
          `${trainee.fullName} (${trainee.staffCode}) has already withdrawn`,
        );
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
      const people = new Map(
        (
          await em.find(Trainee, {
            id: { $in: [enrolment.traineeId, ...(promoted ? [promoted.traineeId] : [])] },
          })
        ).map((t) => [t.id, t]),
      );
      // Written about the course (its history shows its roster), naming the people, not their ids.
      const withdrawn = person(must(people, enrolment.traineeId));
      const moved = promoted ? person(must(people, promoted.traineeId)) : null;
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: id,
        action: 'update',
        before: {
          enrolments: [
            { ...withdrawn, status: wasEnrolled ? 'enrolled' : 'waitlisted' },
            ...(moved ? [{ ...moved, status: 'waitlisted' }] : []),
          ],
        },
        after: {
          enrolments: [
            { ...withdrawn, status: 'withdrawn' },
            ...(moved ? [{ ...moved, status: 'enrolled' }] : []),
          ],
        },
      });
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
      const beyond = marks.map((m, i) => ({ m, i })).filter(({ m }) => m.session >= course.sessions.length);
      if (beyond.length)
        throw ServiceError.refuseAll(
          'noSuchSession',
          beyond.map(({ i }) => ({
            params: { sessions: course.sessions.length },
            message: 'No such session',
            at: { path: `marks.${i}.session`, code: 'too_big' },
          })),
          'The request has invalid fields',
        );
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
      const people = await traineesOf(em, [...enrolments.values()]);
      const before: AttendanceChange[] = [];
      const after: AttendanceChange[] = [];
      for (const m of marks) {
        const enrolment = must(enrolments, m.enrolmentId);
        const attendance = Array.from(
          { length: course.sessions.length },
          (_, i) => enrolment.attendance[i] ?? null,
        );
        const mark = { ...person(must(people, enrolment.traineeId)), session: m.session + 1 };
        const date = course.sessions[m.session]?.date ?? null;
        before.push({ ...mark, date, mark: attendance[m.session] });
        after.push({ ...mark, date, mark: m.mark });
        attendance[m.session] = m.mark;
        enrolment.attendance = attendance;
      }
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: id,
        action: 'update',
        before: { attendance: before },
        after: { attendance: after },
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
      const people = await traineesOf(em, [...enrolments.values()]);
      const before: ScoreChange[] = [];
      const after: ScoreChange[] = [];
      for (const s of scores) {
        const enrolment = must(enrolments, s.enrolmentId);
        const who = person(must(people, enrolment.traineeId));
        before.push({ ...who, score: enrolment.score ?? null });
        after.push({ ...who, score: s.score });
        enrolment.score = s.score;
      }
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: id,
        action: 'update',
        before: { scores: before },
        after: { scores: after },
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
    const trainee = await em.findOneOrFail(Trainee, { id: enrolment.traineeId });
    if (!enrolment.certificateNo) {
      throw ServiceError.refuse(
        'noCertificate',
        { name: trainee.fullName, staffCode: trainee.staffCode },
        `${trainee.fullName} (${trainee.staffCode}) has no certificate: the course is not completed or they did not pass`,
      );
    }
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
      throw ServiceError.refuse(
        'rosterClosed',
        { code: course.code, courseStatus: course.status },
        `The course is ${course.status}: its roster can no longer change`,
        { at: { path: 'status', code: 'not_editable' } },
      );
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
      throw ServiceError.refuseAll(
        'notEnrolled',
        unknown.map(() => ({
          params: {},
          message: 'Not enrolled on this course',
          at: { path: list, code: 'not_enrolled' },
        })),
        'Some enrolments are not enrolled on this course',
      );
    }
    return found;
  }
}

/**
 * The roster's audit lines are written about the course (entity `Enrolment`, id of the course), so the
 * course's history shows who was enrolled, marked and scored — by name and staff code, never by id.
 */
type Person = { staffCode: string; fullName: string };
type AttendanceChange = Person & { session: number; date: string | null; mark: AttendanceMark | null };
type ScoreChange = Person & { score: number | null };

export function person(trainee: Trainee): Person {
  return { staffCode: trainee.staffCode, fullName: trainee.fullName };
}

async function traineesOf(em: EntityManager, enrolments: Enrolment[]) {
  const ids = [...new Set(enrolments.map((e) => e.traineeId))];
  return new Map((await em.find(Trainee, { id: { $in: ids } })).map((t) => [t.id, t]));
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
