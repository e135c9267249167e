import { Inject, Controller } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  enrolmentGuard,
  placeEnrolments,
  promotions,
  TRAINING_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  applyGuards,
  findRows,
  recordAudit,
  Handles,
} from '@ascc/service-kit';
import { Trainee } from '../trainees/trainee.entity';
import { Enrolment } from './enrolment.entity';
import { must, toEnrolmentDto } from './enrolment-mappers';
import { assertAllFound, assertNoneListedTwice, assertNotOnCourse } from './enrolment-rules';
import { ENROLMENT_ENTITY, person, recordOverride } from './roster-audit';
import { recordCourseEvent } from '../courses/course-recorded';
import { writableCourse } from './roster';

/** Who is on a course: enrolment (with the waitlist) and withdrawal. */
@Controller()
export class EnrolmentCommandsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  /**
   * Enrols trainees in the order given: enrolled while places remain, then waitlisted. The course's
   * counts change in the same transaction under its version, so two clerks filling the last places at
   * once cannot both take them (the second gets a 409 and retries).
   */
  @Handles(TRAINING_ROUTES.enrolmentCreate)
  async enrol(input: RouteInput<typeof TRAINING_ROUTES.enrolmentCreate>, ctx: RequestContext) {
    const { id, traineeIds } = input;
    assertNoneListedTwice(traineeIds);
    return this.orm.em.fork().transactional(async (em) => {
      const course = await writableCourse(em, id, ctx);
      const overrideReason = applyGuards([enrolmentGuard(course.status)], input, ctx);
      // Read, not changed: the trainees and the last place in the queue are lean rows, so the flush has
      // only the course and the enrolments to look at.
      const trainees = await findRows(em, Trainee, { id: { $in: traineeIds } });
      assertAllFound(traineeIds, trainees);
      const existing = await em.find(Enrolment, { courseId: id, traineeId: { $in: traineeIds } });
      assertNotOnCourse(traineeIds, existing, trainees);
      const [last] = await findRows(em, Enrolment, { courseId: id }, { orderBy: { seq: 'desc' }, limit: 1 });
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
        entity: ENROLMENT_ENTITY,
        entityId: id,
        agencyCode: course.agencyCode,
        action: 'create',
        after: {
          enrolments: touched.map((e) => ({ ...person(must(byId, e.traineeId)), status: e.status })),
        },
      });
      if (overrideReason) recordOverride(em, ctx, course, { enrolled: traineeIds.length }, overrideReason);
      recordCourseEvent(em, course);
      return {
        enrolled,
        waitlisted: places.length - enrolled,
        items: touched.map((e) => toEnrolmentDto(e, must(byId, e.traineeId))),
      };
    });
  }

  /** Withdraws a trainee; a freed place goes to the first on the waitlist, in the same transaction. */
  @Handles(TRAINING_ROUTES.enrolmentWithdraw)
  async withdraw(
    { id, enrolmentId }: RouteInput<typeof TRAINING_ROUTES.enrolmentWithdraw>,
    ctx: RequestContext,
  ) {
    return this.orm.em.fork().transactional(async (em) => {
      const course = await writableCourse(em, id, ctx);
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
        entity: ENROLMENT_ENTITY,
        entityId: id,
        agencyCode: course.agencyCode,
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
      recordCourseEvent(em, course);
      return {
        withdrawn: toEnrolmentDto(enrolment, must(people, enrolment.traineeId)),
        promoted: promoted ? toEnrolmentDto(promoted, must(people, promoted.traineeId)) : null,
      };
    });
  }
}
