import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

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
