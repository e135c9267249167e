import type { EntityManager } from '@mikro-orm/core';
import type { AttendanceMark } from '@ascc/contracts';
import { type RequestContext, type Row, recordAudit } from '@ascc/service-kit';
import type { Trainee } from '../trainees/trainee.entity';

/**
 * The roster's audit lines: written about the course (entity `Enrolment`, id of the course), so the
 * course's history shows who was enrolled, marked and scored — by name and staff code, never by id.
 */
export const ENROLMENT_ENTITY = 'Enrolment';

export type Person = { staffCode: string; fullName: string };
export type AttendanceChange = Person & { session: number; date: string | null; mark: AttendanceMark | null };
export type ScoreChange = Person & { score: number | null };

export function person(trainee: Row<Trainee>): Person {
  return { staffCode: trainee.staffCode, fullName: trainee.fullName };
}

/**
 * An overridden date or status rule, in the course's own history (entity `TrainingCourse`) with what was
 * done and the reason, written by the same flush as the change.
 */
export function recordOverride(
  em: EntityManager,
  ctx: RequestContext,
  course: { id: string; agencyCode: string },
  done: Record<string, unknown>,
  overrideReason: string,
) {
  recordAudit(em, ctx, {
    entity: 'TrainingCourse',
    entityId: course.id,
    agencyCode: course.agencyCode,
    action: 'update',
    before: {},
    after: { ...done, overrideReason },
  });
}
