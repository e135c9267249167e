import { ruleParams } from '../common/validation-rules';
import type { GuardRefusal } from '../common/workflow-guard';

/**
 * The completion rule of a course, in one place for the service, the console and the tests: a trainee
 * completes when they attended (present or late) at least the course's share of sessions and scored at
 * least its pass score. An excused absence is recorded but still an absence. A course without sessions
 * asks attendance of nobody.
 */
export const DEFAULT_PASS_SCORE = 5;
export const DEFAULT_MIN_ATTENDANCE_PERCENT = 80;

export interface CompletionRule {
  minAttendancePercent: number;
  passScore: number;
}

export type Mark = 'present' | 'absent' | 'late' | 'excused' | null;

/** How many of the first `sessions` sessions the marks show attended (present or late). */
export function sessionsAttended(marks: readonly Mark[], sessions: number): number {
  let attended = 0;
  for (let i = 0; i < sessions; i++) if (marks[i] === 'present' || marks[i] === 'late') attended += 1;
  return attended;
}

export function completionResult(
  rule: CompletionRule,
  marks: readonly Mark[],
  sessions: number,
  score: number | null,
): 'passed' | 'failed' {
  // Whole-number arithmetic: 4 of 5 sessions is exactly 80 %, with no rounding at the edge.
  const attendedEnough = sessionsAttended(marks, sessions) * 100 >= rule.minAttendancePercent * sessions;
  return attendedEnough && score !== null && score >= rule.passScore ? 'passed' : 'failed';
}

/** A certificate number: `CC-<year>-<serial, six digits>`, sequential within its year. */
export function certificateNumber(year: number, serial: number): string {
  return `CC-${year}-${String(serial).padStart(6, '0')}`;
}

export type CourseStatusName = 'planned' | 'open' | 'in-progress' | 'completed' | 'cancelled';

/** The course workflow: planned → open → in-progress → completed; any but a completed one may be cancelled. */
export const COURSE_TRANSITIONS: Record<CourseStatusName, readonly CourseStatusName[]> = {
  planned: ['open', 'cancelled'],
  open: ['in-progress', 'cancelled'],
  'in-progress': ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canMoveCourse(from: CourseStatusName, to: CourseStatusName): boolean {
  return COURSE_TRANSITIONS[from].includes(to);
}

/** Whether the course's details may still be edited: not once completed or cancelled. */
export function isCourseEditable(status: CourseStatusName): boolean {
  return status !== 'completed' && status !== 'cancelled';
}

/**
 * Where new enrolments go: enrolled while places remain, then the waitlist, in the order given.
 * Over capacity is never an error.
 */
export function placeEnrolments(
  capacity: number,
  enrolled: number,
  count: number,
): ('enrolled' | 'waitlisted')[] {
  const free = Math.max(0, capacity - enrolled);
  return Array.from({ length: count }, (_, i) => (i < free ? 'enrolled' : 'waitlisted'));
}

/**
 * Who moves up when places free: the waitlisted with the lowest `seq` (first come, first served), as
 * many as there are free places.
 */
export function promotions<T extends { seq: number }>(
  capacity: number,
  enrolled: number,
  waitlist: readonly T[],
): T[] {
  const free = Math.max(0, capacity - enrolled);
  return [...waitlist].sort((a, b) => a.seq - b.seq).slice(0, free);
}

/**
 * Whether a course may move to `to` today (province time): it starts — becomes in-progress — only on or
 * after its start date. An editor may override it for late data entry, giving a reason.
 */
export function courseStatusGuard(
  course: { startDate: string },
  to: CourseStatusName,
  today: string,
): GuardRefusal | null {
  if (to !== 'in-progress' || today >= course.startDate) return null;
  return {
    overridable: true,
    field: {
      path: 'status',
      code: 'custom',
      message: `The course starts on ${course.startDate}; it cannot be started before then`,
      params: ruleParams('courseNotStarted', { startDate: course.startDate, today }),
    },
  };
}

/** Attendance of a session is recorded on or after the session's date (overridable for late entry). */
export function attendanceGuard(
  sessions: readonly { date: string }[],
  session: number,
  today: string,
  path: string,
): GuardRefusal | null {
  const date = sessions[session]?.date;
  if (!date || today >= date) return null;
  return {
    overridable: true,
    field: {
      path,
      code: 'custom',
      message: `Session ${session + 1} is on ${date}; its attendance can be recorded from that day`,
      params: ruleParams('sessionNotYet', { date, session: session + 1, today }),
    },
  };
}

/**
 * Trainees enrol while the course is open for enrolment. A course in progress takes a late enrolment
 * only by an override with a reason (late data entry); a planned one must be opened first, and a
 * completed or cancelled one takes none.
 */
export function enrolmentGuard(status: CourseStatusName): GuardRefusal | null {
  if (status === 'open') return null;
  return {
    overridable: status === 'in-progress',
    field: {
      path: 'id',
      code: 'custom',
      message: `The course is ${status}: trainees enrol only while it is open for enrolment`,
      params: ruleParams('enrolmentNotOpen', { status }),
    },
  };
}
