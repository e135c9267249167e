import { type EntityManager, type MikroORM, OptimisticLockError } from '@mikro-orm/core';
import { type CourseStatus, canMoveCourse, isCourseEditable } from '@ascc/contracts';
import { ServiceError } from '@ascc/service-kit';
import { toCourseDto } from './course-mappers';
import { TrainingCourse } from './training-course.entity';

/** Refuses a course code another course already has, on the `code` field. */
export async function assertCodeFree(em: EntityManager, code: string) {
  if (await em.count(TrainingCourse, { code })) {
    throw ServiceError.refuse('courseCodeTaken', { code }, `A course with code ${code} already exists`, {
      at: { path: 'code', code: 'duplicate' },
    });
  }
}

export function staleVersion(course: TrainingCourse): ServiceError {
  return ServiceError.staleVersion('The course', course.version, { current: toCourseDto(course) });
}

/** Refuses an edit of a version other than the one stored, answering the one stored. */
export function assertVersion(course: TrainingCourse, version: number) {
  if (course.version !== version) throw staleVersion(course);
}

/** Refuses to edit a completed or cancelled course. */
export function assertEditable(course: Pick<TrainingCourse, 'code' | 'status'>) {
  if (!isCourseEditable(course.status)) {
    throw ServiceError.refuse(
      'courseNotEditable',
      { code: course.code, courseStatus: course.status },
      `A ${course.status} course can no longer be edited`,
      { at: { path: 'status', code: 'not_editable' } },
    );
  }
}

/** Refuses a capacity below the trainees already enrolled, on the `capacity` field. */
export function assertCapacityCovers(capacity: number, enrolledCount: number) {
  if (capacity < enrolledCount) {
    throw ServiceError.refuse(
      'capacityBelowEnrolled',
      { count: enrolledCount },
      `At least ${enrolledCount} trainees are enrolled`,
      { at: { path: 'capacity', code: 'too_small' } },
    );
  }
}

/** Refuses a move the course's workflow does not allow from its status. */
export function assertTransition(course: Pick<TrainingCourse, 'code' | 'status'>, status: CourseStatus) {
  if (!canMoveCourse(course.status, status)) {
    throw ServiceError.refuse(
      'courseTransition',
      { code: course.code, courseStatus: course.status, courseStatusTo: status },
      `A ${course.status} course cannot become ${status}`,
      { at: { path: 'status', code: 'transition' } },
    );
  }
}

/** A concurrent edit that won the race: a 409 naming the version now stored, as a stale one gets. */
export async function staleAsConflict(orm: MikroORM, error: unknown, id: string): Promise<unknown> {
  if (!(error instanceof OptimisticLockError)) return error;
  const current = await orm.em.fork().findOne(TrainingCourse, { id });
  return current ? staleVersion(current) : error;
}
