import { BigIntType, Entity, Index, Property, type Opt } from '@mikro-orm/core';
import {
  COURSE_STATUSES,
  TARGET_LEVELS,
  TRAINING_TOPICS,
  type AgencyCode,
  type PlanAreaCode,
} from '@ascc/contracts';
import { PlanRecord } from '@ascc/service-kit';

/** A training or fostering course run for cadres, civil servants and public employees (plan III.8). */
@Entity({ tableName: 'training_course' })
@Index({ properties: ['agencyCode', 'startDate'] })
@Index({ properties: ['status', 'startDate'] })
export class TrainingCourse extends PlanRecord {
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Property({ type: 'string', length: 300 })
  @Index()
  titleVi!: string;

  @Property({ type: 'string', length: 300 })
  titleEn!: string;

  @Property({ type: 'string', length: 32 })
  @Index()
  topic!: (typeof TRAINING_TOPICS)[number];

  @Property({ type: 'string', length: 32 })
  @Index()
  targetLevel!: (typeof TARGET_LEVELS)[number];

  @Property({ type: 'string', length: 8 })
  @Index()
  planArea!: PlanAreaCode;

  @Property({ type: 'string', length: 32 })
  agencyCode!: AgencyCode;

  @Property({ type: 'string', length: 10 })
  @Index()
  startDate!: string;

  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Property({ type: 'integer' })
  @Index()
  capacity!: number;

  @Property({ type: new BigIntType('number') })
  costEstimate!: number;

  @Property({ type: 'string', length: 32 })
  status: (typeof COURSE_STATUSES)[number] & Opt = 'planned';
}
