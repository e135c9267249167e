import { Entity, Index, Property } from '@mikro-orm/core';
import {
  NGO_KINDS,
  type AgencyCode,
  type CountryCode,
  type NgoContact,
  type PlanAreaCode,
} from '@ascc/contracts';
import { PlanRecord } from '@ascc/service-kit';

/** A foreign non-governmental organisation working with the province (plan III.10). */
@Entity({ tableName: 'ngo' })
// One index per sort order (the id breaks ties, so it serves the whole ORDER BY), and one per filter
// under the default order: lists stay fast at a million rows.
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['nameOriginal', 'id'] })
@Index({ properties: ['nameVi', 'id'] })
@Index({ properties: ['countryCode', 'id'] })
@Index({ properties: ['countryCode', 'createdAt', 'id'] })
@Index({ properties: ['kind', 'createdAt', 'id'] })
@Index({ properties: ['agencyCode', 'createdAt', 'id'] })
export class Ngo extends PlanRecord {
  @Property({ type: 'string', length: 300 })
  nameOriginal!: string;

  @Property({ type: 'string', length: 300 })
  nameVi!: string;

  @Property({ type: 'string', length: 30, nullable: true })
  acronym?: string;

  @Property({ type: 'string', length: 2 })
  countryCode!: CountryCode;

  @Property({ type: 'string', length: 32 })
  kind!: (typeof NGO_KINDS)[number];

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'string', length: 32 })
  agencyCode!: AgencyCode;

  // The registration certificate in Viet Nam: all four or none (the contract checks it).
  @Property({ type: 'string', length: 60, nullable: true })
  registrationNo?: string;

  @Property({ type: 'string', length: 200, nullable: true })
  registrationIssuedBy?: string;

  @Property({ type: 'string', length: 10, nullable: true })
  registrationValidFrom?: string;

  @Property({ type: 'string', length: 10, nullable: true })
  registrationValidTo?: string;

  // A default, so the column can be added to a table that already has NGOs.
  @Property({ type: 'json', default: '[]' })
  contacts: NgoContact[] = [];

  @Property({ type: 'text', nullable: true })
  notes?: string;
}
