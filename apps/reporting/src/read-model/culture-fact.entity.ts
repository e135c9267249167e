import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { searchIndexSql } from '@ascc/service-kit';

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
  @Index({ expression: searchIndexSql })
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
