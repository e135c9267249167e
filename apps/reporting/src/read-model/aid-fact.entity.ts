import { BigIntType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

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
