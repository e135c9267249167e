import { Entity, Index, Property } from '@mikro-orm/core';
import type { AgencyCode, DistrictCode, Gender, TARGET_GROUPS, TARGET_LEVELS } from '@ascc/contracts';
import { PlanRecord } from '@ascc/service-kit';

/** A cadre, civil servant or public employee who may attend courses. */
@Entity({ tableName: 'trainee' })
@Index({ properties: ['fullName', 'id'] })
@Index({ properties: ['staffCode', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['level', 'fullName', 'id'] })
@Index({ properties: ['districtCode', 'fullName', 'id'] })
export class Trainee extends PlanRecord {
  @Property({ type: 'string', length: 32, unique: true })
  staffCode!: string;

  @Property({ type: 'string', length: 120 })
  fullName!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  dateOfBirth?: string | null;

  @Property({ type: 'string', length: 8 })
  gender!: Gender;

  @Property({ type: 'string', length: 32, nullable: true })
  agencyCode?: AgencyCode | null;

  @Property({ type: 'string', length: 32, nullable: true })
  districtCode?: DistrictCode | null;

  @Property({ type: 'string', length: 120, nullable: true })
  commune?: string | null;

  @Property({ type: 'string', length: 16 })
  level!: (typeof TARGET_LEVELS)[number];

  @Property({ type: 'string', length: 32 })
  group!: (typeof TARGET_GROUPS)[number];

  @Property({ type: 'string', length: 120, nullable: true })
  position?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;
}
