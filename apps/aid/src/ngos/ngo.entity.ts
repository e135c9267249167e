import { Entity, Index, Property } from '@mikro-orm/core';
import { NGO_KINDS, type AgencyCode, type CountryCode, type PlanAreaCode } from '@ascc/contracts';
import { PlanRecord } from '@ascc/service-kit';

/** A foreign non-governmental organisation working with the province (plan III.10). */
@Entity({ tableName: 'ngo' })
export class Ngo extends PlanRecord {
  @Property({ type: 'string', length: 300 })
  @Index()
  nameOriginal!: string;

  @Property({ type: 'string', length: 300 })
  @Index()
  nameVi!: string;

  @Property({ type: 'string', length: 30, nullable: true })
  acronym?: string;

  @Property({ type: 'string', length: 2 })
  @Index()
  countryCode!: CountryCode;

  @Property({ type: 'string', length: 32 })
  @Index()
  kind!: (typeof NGO_KINDS)[number];

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'string', length: 32 })
  @Index()
  agencyCode!: AgencyCode;

  @Property({ type: 'text', nullable: true })
  notes?: string;
}
