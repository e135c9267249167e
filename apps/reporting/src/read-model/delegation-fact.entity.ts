import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { searchIndexSql } from '@ascc/service-kit';

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
  @Index({ expression: searchIndexSql })
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
