import type { AttendanceMark, EnrolmentStatus } from '@ascc/contracts';
import { ServiceError } from '@ascc/service-kit';
import type { Person } from './roster-audit';

/** Refuses a message listing a trainee twice, on each repeated entry's field. */
export function assertNoneListedTwice(traineeIds: readonly string[]) {
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
}

/** Refuses trainees the registry does not hold, on each missing entry's field. */
export function assertAllFound(traineeIds: readonly string[], found: readonly { id: string }[]) {
  const missing = traineeIds
    .map((traineeId, i) => ({ traineeId, i }))
    .filter(({ traineeId }) => !found.some((t) => t.id === traineeId));
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
}

/**
 * Refuses trainees already on the course (enrolled or waitlisted; a withdrawn one may come back), naming
 * each by name, staff code and status on their entry's field.
 */
export function assertNotOnCourse(
  traineeIds: readonly string[],
  existing: readonly { traineeId: string; status: EnrolmentStatus }[],
  trainees: readonly (Person & { id: string })[],
) {
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
}

/** Refuses marks for sessions the course does not have, on each mark's `session` field. */
export function assertSessionsExist(marks: readonly { session: number }[], sessions: number) {
  const beyond = marks.map((m, i) => ({ m, i })).filter(({ m }) => m.session >= sessions);
  if (beyond.length)
    throw ServiceError.refuseAll(
      'noSuchSession',
      beyond.map(({ i }) => ({
        params: { sessions },
        message: 'No such session',
        at: { path: `marks.${i}.session`, code: 'too_big' },
      })),
      'The request has invalid fields',
    );
}

/** An enrolment's attendance as one entry per session of the course, unmarked ones `null`. */
export function attendanceRow(
  attendance: readonly (AttendanceMark | null)[],
  sessions: number,
): (AttendanceMark | null)[] {
  return Array.from({ length: sessions }, (_, i) => attendance[i] ?? null);
}
