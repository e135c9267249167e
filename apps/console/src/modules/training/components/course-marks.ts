import type { AttendanceMark, Enrolment } from '@ascc/contracts';
import type { NumberValue } from '../../../shared/form/controls';

/** The trainees who take part: attendance and scores are kept for the enrolled only. */
export const enrolledOnly = (items: readonly Enrolment[]): Enrolment[] =>
  items.filter((e) => e.status === 'enrolled');

/** The key of one trainee's mark for one session (0-based) among the changes not yet saved. */
export const attendanceKey = (enrolmentId: string, session: number) => `${enrolmentId}:${session}`;

/** The unsaved attendance changes as the marks the server records (a null mark clears one). */
export const attendanceMarks = (changes: Record<string, AttendanceMark | null>) =>
  Object.entries(changes).map(([key, mark]) => {
    const [enrolmentId, session] = key.split(':');
    return { enrolmentId, session: Number(session), mark };
  });

/** The unsaved scores as the server records them: a number, or null for a score cleared. */
export const scoreEntries = (scores: Record<string, NumberValue>) =>
  Object.entries(scores).map(([enrolmentId, score]) => ({
    enrolmentId,
    score: typeof score === 'number' ? score : null,
  }));
