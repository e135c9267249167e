import type { EntityManager } from '@mikro-orm/core';
import { type Enrolment as EnrolmentDto, isCourseEditable } from '@ascc/contracts';
import { type RequestContext, ServiceError, findPermitted } from '@ascc/service-kit';
import { TrainingCourse } from '../courses/training-course.entity';
import { Trainee } from '../trainees/trainee.entity';
import { Enrolment } from './enrolment.entity';
import { must, toEnrolmentDto } from './enrolment-mappers';

/** The record's label in a "not found" answer. */
export const COURSE = 'Training course';

/** The course's roster in queue order, joined with the registry in one query each. */
export async function roster(em: EntityManager, courseId: string): Promise<EnrolmentDto[]> {
  const enrolments = await em.find(Enrolment, { courseId }, { orderBy: { seq: 'asc' } });
  const trainees = new Map(
    (await em.find(Trainee, { id: { $in: enrolments.map((e) => e.traineeId) } })).map((t) => [t.id, t]),
  );
  return enrolments.map((e) => toEnrolmentDto(e, must(trainees, e.traineeId)));
}

/** The trainees of these enrolments, by id. */
export async function traineesOf(em: EntityManager, enrolments: Enrolment[]) {
  const ids = [...new Set(enrolments.map((e) => e.traineeId))];
  return new Map((await em.find(Trainee, { id: { $in: ids } })).map((t) => [t.id, t]));
}

/** The course whose roster the caller changes: theirs to manage, and not yet closed. */
export async function writableCourse(em: EntityManager, id: string, ctx: RequestContext) {
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
export async function enrolledOf(em: EntityManager, courseId: string, ids: string[], list: string) {
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
