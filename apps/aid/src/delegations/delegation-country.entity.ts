import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One country of a delegation, as a row the delegation report groups by. */
@Entity({ tableName: 'delegation_country' })
@Index({ properties: ['delegationId'] })
@Index({ properties: ['startDate', 'countryCode', 'direction'] })
export class DelegationCountry {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  delegationId!: string;

  @Property({ type: 'string', length: 2 })
  countryCode!: string;

  @Property({ type: 'string', length: 10 })
  direction!: string;

  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Property({ type: 'integer' })
  size!: number;
}
