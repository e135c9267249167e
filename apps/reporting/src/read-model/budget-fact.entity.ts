import { BigIntType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { searchIndexSql } from '@ascc/service-kit';

/** A line of an approved estimate (`budget.estimate.approved`), requested against approved. */
@Entity({ tableName: 'budget_fact' })
@Index({ properties: ['estimateId'] })
@Index({ properties: ['year', 'agencyCode', 'fundingSource', 'estimateId', 'requested', 'approved'] })
@Index({ properties: ['planArea', 'year', 'lineId', 'requested', 'approved'] })
@Index({ properties: ['fundingSource', 'year', 'lineId', 'requested', 'approved'] })
@Index({ properties: ['year', 'lineId'] })
@Index({ properties: ['description', 'lineId'] })
@Index({ properties: ['approved', 'lineId'] })
// The records list of one agency (a caller whose grant reaches only their own).
@Index({ properties: ['agencyCode', 'year'] })
export class BudgetFact {
  @PrimaryKey({ type: 'uuid' })
  lineId!: string;

  /** The line's description (its title in the record lists); null in approvals written before it travelled. */
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'text', default: '' })
  @Index({ expression: searchIndexSql })
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
