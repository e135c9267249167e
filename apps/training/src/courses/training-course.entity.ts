import { BigIntType, Entity, Index, Property, type Opt } from '@mikro-orm/core';
import {
  COURSE_LANGUAGES,
  COURSE_STATUSES,
  type CourseSession,
  type DistrictCode,
  TARGET_GROUPS,
  TARGET_LEVELS,
  TRAINING_TOPICS,
  type AgencyCode,
  type PlanAreaCode,
} from '@ascc/contracts';
import { PlanRecord } from '@ascc/service-kit';

/** A training or fostering course run for cadres, civil servants and public employees (plan III.8). */
@Entity({ tableName: 'training_course' })
// One index per sort order (the id breaks ties, so it serves the whole ORDER BY), and one per filter
// under the default order: lists stay fast at a million rows.
@Index({ properties: ['startDate', 'id'] })
@Index({ properties: ['code', 'id'] })
@Index({ properties: ['titleVi', 'id'] })
@Index({ properties: ['capacity', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['topic', 'startDate', 'id'] })
@Index({ properties: ['targetLevel', 'startDate', 'id'] })
@Index({ properties: ['status', 'startDate', 'id'] })
@Index({ properties: ['agencyCode', 'startDate', 'id'] })
export class TrainingCourse extends PlanRecord {
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Property({ type: 'string', length: 300 })
  titleVi!: string;

  @Property({ type: 'string', length: 300 })
  titleEn!: string;

  @Property({ type: 'string', length: 32 })
  topic!: (typeof TRAINING_TOPICS)[number];

  @Property({ type: 'string', length: 32 })
  targetLevel!: (typeof TARGET_LEVELS)[number];

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'string', length: 32 })
  agencyCode!: AgencyCode;

  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: new BigIntType('number') })
  costEstimate!: number;

  @Property({ type: 'string', length: 32 })
  status: (typeof COURSE_STATUSES)[number] & Opt = 'planned';

  @Property({ type: 'string', length: 8, nullable: true })
  language?: (typeof COURSE_LANGUAGES)[number] | null;

  @Property({ type: 'string', length: 32 })
  targetGroup: (typeof TARGET_GROUPS)[number] & Opt = 'civil-servant';

  @Property({ type: 'string', length: 300 })
  venue: string & Opt = '';

  @Property({ type: 'string', length: 32, nullable: true })
  districtCode?: DistrictCode | null;

  /** The schedule, in order; attendance refers to a session by its index. */
  @Property({ type: 'json', default: '[]' })
  sessions: CourseSession[] & Opt = [];

  @Property({ type: 'json', default: '[]' })
  trainers: string[] & Opt = [];

  @Property({ type: 'integer' })
  minAttendancePercent: number & Opt = 80;

  @Property({ type: 'double' })
  passScore: number & Opt = 5;

  @Property({ type: 'string', length: 500, nullable: true })
  cancelReason?: string | null;

  /** Kept in step with the roster in the same transaction, so lists show fill without a join. */
  @Property({ type: 'integer' })
  enrolledCount: number & Opt = 0;

  @Property({ type: 'integer' })
  waitlistCount: number & Opt = 0;
}
