import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One participating country of an event, a row each, so reports count events per country in SQL
 * (a JSON array cannot be grouped the same way on SQLite and PostgreSQL). Kept in step with the
 * event's `countryCodes` in the same transaction.
 */
@Entity({ tableName: 'cultural_event_country' })
@Index({ properties: ['countryCode', 'eventId'] })
export class CulturalEventCountry {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @PrimaryKey({ type: 'string', length: 2 })
  countryCode!: string;

  /** An ASEAN member on the event's first day. */
  @Property({ type: 'boolean' })
  asean!: boolean;
}
