import { BigIntType, DateTimeType, Entity, Index, Property, type Opt } from '@mikro-orm/core';
import {
  CULTURAL_EVENT_STATUSES,
  CULTURAL_EVENT_TYPES,
  type AgencyCode,
  type CountryCode,
  type CULTURE_PLAN_AREAS,
  type DistrictCode,
  type Troupe,
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
@Index({ properties: ['planArea', 'startDate', 'id'] })
// The venue overlap check: same venue, dates crossing.
@Index({ properties: ['venueKey', 'startDate', 'endDate'] })
export class CulturalEvent extends PlanRecord {
  @Property({ type: 'string', length: 300 })
  titleVi!: string;

  @Property({ type: 'string', length: 300 })
  titleEn!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'string', length: 32 })
  type!: (typeof CULTURAL_EVENT_TYPES)[number];

  @Property({ type: 'string', length: 8 })
  planArea!: (typeof CULTURE_PLAN_AREAS)[number];

  @Property({ type: 'string', length: 32 })
  agencyCode!: AgencyCode;

  // Column defaults let the migration add these columns to a table that already has rows.
  @Property({ type: 'json', default: '[]' })
  coOrganisers: AgencyCode[] & Opt = [];

  @Property({ type: 'string', length: 32, nullable: true })
  districtCode?: DistrictCode | null;

  @Property({ type: 'string', length: 300 })
  venue!: string;

  /** The venue as compared for overlaps (see venueKey()). */
  @Property({ type: 'string', length: 300, default: '' })
  venueKey!: string;

  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Property({ type: 'json' })
  countryCodes: CountryCode[] & Opt = [];

  @Property({ type: 'json', default: '[]' })
  troupes: Troupe[] & Opt = [];

  @Property({ type: 'integer', nullable: true })
  expectedAudience?: number | null;

  @Property({ type: 'integer', nullable: true })
  actualAudience?: number | null;

  @Property({ type: new BigIntType('number') })
  costEstimate!: number;

  @Property({ type: 'boolean' })
  takesRegistrations: boolean & Opt = false;

  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  @Property({ type: 'string', length: 300, nullable: true })
  organiserContact?: string | null;

  @Property({ type: 'text', nullable: true })
  internalNotes?: string | null;

  @Property({ type: 'string', length: 32 })
  status: (typeof CULTURAL_EVENT_STATUSES)[number] & Opt = 'planned';

  @Property({ type: 'string', length: 500, nullable: true })
  statusReason?: string | null;

  @Property({ type: 'integer', nullable: true })
  reportAttendance?: number | null;

  @Property({ type: 'text', nullable: true })
  reportOutcomes?: string | null;

  @Property({ type: 'text', nullable: true })
  reportMediaCoverage?: string | null;

  @Property({ type: DateTimeType, nullable: true })
  reportedAt?: Date | null;
}
