import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

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
