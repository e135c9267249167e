import { BigIntType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The read model: one fact row per thing the departments announced, keyed by the source record, so an
 * event about the same record again (a held event later reported) replaces its figures instead of
 * adding to them. Every table can be cleared and refilled from the publishers' streams.
 *
 * Indexes: the dashboard's and the plan areas' sums read covering indexes (period or plan area first,
 * then the grouped columns and the summed figures), so a GROUP BY over a million facts scans a narrow
 * index instead of the wide rows (titles, search text) — or, worse, the rows one by one through an
 * index that lacks the figures. Measured by tools/bench-read-model.ts.
 */

/** A completed course (`training.course.completed`). */
@Entity({ tableName: 'training_fact' })
@Index({ properties: ['year', 'level', 'trained', 'completed', 'female', 'communeTrained'] })
@Index({ properties: ['planArea', 'year', 'courseId', 'trained', 'completed', 'communeTrained'] })
@Index({ properties: ['agencyCode', 'year'] })
@Index({ properties: ['year', 'courseId'] })
@Index({ properties: ['title', 'courseId'] })
@Index({ properties: ['trained', 'courseId'] })
export class TrainingFact {
  @PrimaryKey({ type: 'uuid' })
  courseId!: string;

  @Property({ type: 'text', nullable: true })
  code?: string | null;

  /** The title the source last announced (null for events written before titles travelled). */
  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'text', default: '' })
  searchText: string & Opt = '';

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
@Index({ properties: ['year', 'type', 'audience'] })
@Index({ properties: ['planArea', 'year', 'culturalEventId', 'audience'] })
@Index({ properties: ['agencyCode', 'year'] })
@Index({ properties: ['year', 'culturalEventId'] })
@Index({ properties: ['title', 'culturalEventId'] })
@Index({ properties: ['audience', 'culturalEventId'] })
export class CultureFact {
  @PrimaryKey({ type: 'uuid' })
  culturalEventId!: string;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'text', default: '' })
  searchText: string & Opt = '';

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
@Index({ properties: ['year', 'countryCode', 'culturalEventId', 'asean'] })
@Index({ properties: ['countryCode', 'culturalEventId', 'asean', 'year'] })
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
 * `amount` = its share of the transaction's đồng, whole đồng, computed once when the transaction is
 * projected (`aidFactRows`): the đồng are split by the sectors' percentages, then each sector's part by
 * the locations' percentages, both by the largest remainder (`splitByWeights`), so the rows of a
 * transaction add up to its đồng exactly and every figure is a plain sum of `amount`. A reversing entry
 * (negative đồng) splits as the mirror of its original, so its rows are negative and cancel them.
 */
@Entity({ tableName: 'aid_fact' })
@Index({ properties: ['transactionId'] })
@Index({ properties: ['year', 'type', 'countryCode', 'sectorCode', 'asean', 'amount'] })
@Index({ properties: ['planArea', 'year', 'type', 'projectId', 'amount'] })
@Index({ properties: ['projectId', 'year', 'type', 'agencyCode', 'planArea', 'amount'] })
@Index({ properties: ['countryCode', 'sectorCode', 'year', 'type', 'asean', 'projectId', 'amount'] })
@Index({ properties: ['sectorCode', 'year', 'type', 'projectId', 'amount'] })
@Index({ properties: ['agencyCode', 'year'] })
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

  /** Whole đồng, negative for a reversal; a bigint column, read as a string (never a float). */
  @Property({ type: new BigIntType('string') })
  amount!: string;
}

/** A line of an approved estimate (`budget.estimate.approved`), requested against approved. */
@Entity({ tableName: 'budget_fact' })
@Index({ properties: ['estimateId'] })
@Index({ properties: ['year', 'agencyCode', 'fundingSource', 'estimateId', 'requested', 'approved'] })
@Index({ properties: ['planArea', 'year', 'lineId', 'requested', 'approved'] })
@Index({ properties: ['fundingSource', 'year', 'lineId', 'requested', 'approved'] })
@Index({ properties: ['year', 'lineId'] })
@Index({ properties: ['description', 'lineId'] })
@Index({ properties: ['approved', 'lineId'] })
export class BudgetFact {
  @PrimaryKey({ type: 'uuid' })
  lineId!: string;

  /** The line's description (its title in the record lists); null in approvals written before it travelled. */
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'text', default: '' })
  searchText: string & Opt = '';

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

/**
 * The code and title of an aid project, as its latest transaction announced them (the aid facts are
 * per transaction × sector × location; the project is listed once, by this row).
 */
@Entity({ tableName: 'aid_project_fact' })
@Index({ properties: ['title', 'projectId'] })
export class AidProjectFact {
  @PrimaryKey({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'text', nullable: true })
  code?: string | null;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'text', default: '' })
  searchText: string & Opt = '';
}

/**
 * A delegation received or sent (`aid.delegation.recorded`): each event carries its whole latest state,
 * which replaces the row (an older version arriving late changes nothing). Counted by its start year.
 */
@Entity({ tableName: 'delegation_fact' })
@Index({ properties: ['year', 'direction', 'size'] })
@Index({ properties: ['planArea', 'year', 'delegationId', 'size'] })
@Index({ properties: ['agencyCode', 'year'] })
@Index({ properties: ['direction', 'year'] })
@Index({ properties: ['year', 'delegationId'] })
@Index({ properties: ['title', 'delegationId'] })
@Index({ properties: ['size', 'delegationId'] })
export class DelegationFact {
  @PrimaryKey({ type: 'uuid' })
  delegationId!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'text', default: '' })
  searchText: string & Opt = '';

  @Property({ type: 'string', length: 20 })
  agencyCode!: string;

  @Property({ type: 'string', length: 10 })
  direction!: string;

  @Property({ type: 'string', length: 20 })
  purpose!: string;

  @Property({ type: 'string', length: 8 })
  planArea!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Property({ type: 'integer' })
  year!: number;
}

/** A country visited by or visiting a delegation, ASEAN member or not on its start date. */
@Entity({ tableName: 'delegation_fact_country' })
@Index({ properties: ['delegationId'] })
@Index({ properties: ['year', 'countryCode', 'delegationId', 'asean'] })
@Index({ properties: ['countryCode', 'delegationId', 'asean', 'year'] })
export class DelegationFactCountry {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number & Opt;

  @Property({ type: 'uuid' })
  delegationId!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 2 })
  countryCode!: string;

  @Property({ type: 'boolean' })
  asean!: boolean;
}

/** Every table of the read model, in an order a clear can delete them in (no foreign keys between them). */
export const READ_MODEL_ENTITIES = [
  CultureFactCountry,
  CultureFact,
  TrainingFact,
  AidFact,
  AidProjectFact,
  DelegationFactCountry,
  DelegationFact,
  BudgetFact,
] as const;
