import type { RouteInput, TRAINING_ROUTES, TrainingCourse as TrainingCourseDto } from '@ascc/contracts';
import { type Row, searchText } from '@ascc/service-kit';
import type { TrainingCourse } from './training-course.entity';

/** The course's own lines in the audit (its roster's are `ENROLMENT_ENTITY`'s). */
export const COURSE_ENTITY = 'TrainingCourse';
/** The record's label in a "not found" answer. */
export const COURSE = 'Training course';

type CourseInput = RouteInput<typeof TRAINING_ROUTES.courseCreate>;

/**
 * The stored fields a create or an edit derives from its input: a language only for a foreign-language
 * course, no district as `null`, and the search text.
 */
export function courseFields(
  input: Pick<CourseInput, 'topic' | 'language' | 'districtCode' | 'code' | 'titleVi' | 'titleEn' | 'venue'>,
) {
  return {
    language: input.topic === 'foreign-language' ? (input.language ?? null) : null,
    districtCode: input.districtCode ?? null,
    searchText: searchText(input.code, input.titleVi, input.titleEn, input.venue),
  };
}

/** A course as it travels: from its entity or from a lean row alike. */
export function toCourseDto(course: Row<TrainingCourse>): TrainingCourseDto {
  return {
    // Written out, not spread from recordMeta (see its note).
    id: course.id,
    version: course.version,
    createdAt: course.createdAt.toISOString(),
    updatedAt: course.updatedAt.toISOString(),
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
