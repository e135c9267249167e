import { BigIntType, Entity, Index, Property, type Opt } from '@mikro-orm/core';
import {
  CULTURAL_EVENT_STATUSES,
  CULTURAL_EVENT_TYPES,
  type AgencyCode,
  type CountryCode,
  type DistrictCode,
  type PlanAreaCode,
} from '@ascc/contracts';
import { PlanRecord } from '@ascc/service-kit';

/** A cultural, sports or tourism-promotion event with ASEAN countries (plan III.5, III.9). */
@Entity({ tableName: 'cultural_event' })
// One index per sort order (the id breaks ties, so it serves the whole ORDER BY), and one per filter
// under the default order: lists stay fast at a million rows.
@Index({ properties: ['startDate', 'id'] })
@Index({ properties: ['titleVi', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['type', 'startDate', 'id'] })
@Index({ properties: ['status', 'startDate', 'id'] })
@Index({ properties: ['districtCode', 'startDate', 'id'] })
@Index({ properties: ['agencyCode', 'startDate', 'id'] })
export class CulturalEvent extends PlanRecord {
  @Property({ type: 'string', length: 300 })
  titleVi!: string;

  @Property({ type: 'string', length: 300 })
  titleEn!: string;

  @Property({ type: 'string', length: 32 })
  type!: (typeof CULTURAL_EVENT_TYPES)[number];

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'string', length: 32 })
  agencyCode!: AgencyCode;

  @Property({ type: 'string', length: 32, nullable: true })
  districtCode?: DistrictCode;

  @Property({ type: 'string', length: 300 })
  venue!: string;

  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Property({ type: 'json' })
  countryCodes: CountryCode[] & Opt = [];

  @Property({ type: 'integer', nullable: true })
  expectedAudience?: number;

  @Property({ type: new BigIntType('number') })
  costEstimate!: number;

  @Property({ type: 'string', length: 32 })
  status: (typeof CULTURAL_EVENT_STATUSES)[number] & Opt = 'planned';
}
