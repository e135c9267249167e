import { BigIntType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The read model: one fact row per thing the departments announced, keyed by the source record, so an
 * event about the same record again (a held event later reported) replaces its figures instead of
 * adding to them. Every table can be cleared and refilled from the publishers' streams.
 */

/** A completed course (`training.course.completed`). */
@Entity({ tableName: 'training_fact' })
@Index({ properties: ['year', 'level'] })
@Index({ properties: ['planArea', 'year'] })
export class TrainingFact {
  @PrimaryKey({ type: 'uuid' })
  courseId!: string;

  @Property({ type: 'string', length: 20 })
  agencyCode!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 40 })
  topic!: string;

  @Property({ type: 'string', length: 20 })
  level!: string;

  @Property({ type: 'string', length: 40 })
  targetGroup!: string;

  @Property({ type: 'string', length: 8 })
  planArea!: string;

  @Property({ type: 'integer' })
  trained!: number;

  @Property({ type: 'integer' })
  completed!: number;

  @Property({ type: 'integer' })
  female!: number;

  @Property({ type: 'integer' })
  communeTrained!: number;
}

/** A cultural event held or reported (`culture.event.held|reported`). */
@Entity({ tableName: 'culture_fact' })
@Index({ properties: ['year', 'type'] })
@Index({ properties: ['planArea', 'year'] })
export class CultureFact {
  @PrimaryKey({ type: 'uuid' })
  culturalEventId!: string;

  @Property({ type: 'string', length: 20 })
  agencyCode!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 40 })
  type!: string;

  @Property({ type: 'string', length: 32, nullable: true })
  districtCode?: string | null;

  @Property({ type: 'string', length: 8 })
  planArea!: string;

  @Property({ type: 'integer' })
  audience!: number;
}

/** A country taking part in a held event, ASEAN member or not on the event's date. */
@Entity({ tableName: 'culture_fact_country' })
@Index({ properties: ['culturalEventId'] })
@Index({ properties: ['year', 'countryCode'] })
export class CultureFactCountry {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number & Opt;

  @Property({ type: 'uuid' })
  culturalEventId!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 2 })
  countryCode!: string;

  @Property({ type: 'boolean' })
  asean!: boolean;
}

/**
 * An aid transaction split over its project's sectors and locations: one row per sector × location,
 * `weighted` = đồng × sector % × location % (exact; a sum is divided by 10 000 and rounded once).
 */
@Entity({ tableName: 'aid_fact' })
@Index({ properties: ['transactionId'] })
@Index({ properties: ['year', 'type'] })
@Index({ properties: ['planArea', 'year'] })
export class AidFact {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number & Opt;

  @Property({ type: 'uuid' })
  transactionId!: string;

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'string', length: 20 })
  agencyCode!: string;

  @Property({ type: 'string', length: 20 })
  type!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 2, nullable: true })
  countryCode?: string | null;

  @Property({ type: 'boolean' })
  asean!: boolean;

  @Property({ type: 'string', length: 5 })
  sectorCode!: string;

  @Property({ type: 'string', length: 8 })
  planArea!: string;

  @Property({ type: 'string', length: 32 })
  districtCode!: string;

  @Property({ type: new BigIntType('string') })
  weighted!: string;
}

/** A line of an approved estimate (`budget.estimate.approved`), requested against approved. */
@Entity({ tableName: 'budget_fact' })
@Index({ properties: ['estimateId'] })
@Index({ properties: ['year', 'agencyCode'] })
@Index({ properties: ['planArea', 'year'] })
export class BudgetFact {
  @PrimaryKey({ type: 'uuid' })
  lineId!: string;

  @Property({ type: 'uuid' })
  estimateId!: string;

  @Property({ type: 'string', length: 20 })
  agencyCode!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 8, nullable: true })
  planArea?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  fundingSource?: string | null;

  @Property({ type: new BigIntType('number') })
  requested!: number;

  @Property({ type: new BigIntType('number') })
  approved!: number;
}
