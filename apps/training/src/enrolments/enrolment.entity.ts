import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { AttendanceMark, EnrolmentStatus } from '@ascc/contracts';

/**
 * A trainee's place on a course: enrolled, waitlisted (promoted by `seq` when a place frees) or
 * withdrawn; with attendance per session, the score, the result and the certificate.
 */
@Entity({ tableName: 'enrolment' })
// One place per person per course, held by the database too: two clerks enrolling the same person at
// once get one row and a 409.
@Unique({ properties: ['courseId', 'traineeId'] })
@Index({ properties: ['courseId', 'status', 'seq'] })
@Index({ properties: ['traineeId'] })
export class Enrolment {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @Property({ type: 'uuid' })
  courseId!: string;

  @Property({ type: 'uuid' })
  traineeId!: string;

  @Property({ type: 'string', length: 16 })
  status!: EnrolmentStatus;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'json' })
  attendance: (AttendanceMark | null)[] & Opt = [];

  @Property({ type: 'double', nullable: true })
  score?: number | null;

  @Property({ type: 'string', length: 8, nullable: true })
  result?: 'passed' | 'failed' | null;

  @Property({ type: 'string', length: 20, nullable: true, unique: true })
  certificateNo?: string | null;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();
}
