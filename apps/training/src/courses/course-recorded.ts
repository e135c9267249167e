import type { EntityManager } from '@mikro-orm/core';
import { TRAINING_EVENTS } from '@ascc/contracts';
import { recordEvent } from '@ascc/service-kit';
import type { TrainingCourse } from './training-course.entity';

/**
 * Writes `training.course.recorded` (the course's start date and places) to the outbox in the
 * transaction of `em`, after the flush that gave the course its new version: the reporting service's
 * reminders ("starts tomorrow with open places") keep the latest version they received.
 */
export function recordCourseEvent(em: EntityManager, course: TrainingCourse): void {
  recordEvent(em, TRAINING_EVENTS.courseRecorded, {
    courseId: course.id,
    version: course.version,
    code: course.code,
    titleVi: course.titleVi,
    agencyCode: course.agencyCode,
    status: course.status,
    startDate: course.startDate,
    capacity: course.capacity,
    enrolled: course.enrolledCount,
  });
}
