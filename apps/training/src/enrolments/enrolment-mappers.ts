import type { Enrolment as EnrolmentDto } from '@ascc/contracts';
import type { Row } from '@ascc/service-kit';
import type { Trainee } from '../trainees/trainee.entity';
import type { Enrolment } from './enrolment.entity';

/** A row the transaction has just read; its absence would be a bug, not a user's mistake. */
export function must<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Missing ${String(key)}`);
  return value;
}

/** An enrolment as the roster shows it: the enrolment joined with its trainee from the registry. */
export function toEnrolmentDto(e: Enrolment, t: Row<Trainee>): EnrolmentDto {
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
