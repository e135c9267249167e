import { Entity, Index, PrimaryKey } from '@mikro-orm/core';

/**
 * One co-organising agency of an event, a row each, so an agency's list finds the events it
 * co-organises in SQL on SQLite and PostgreSQL alike (as the country rows do). Kept in step with the
 * event's `coOrganisers` in the same transaction.
 */
@Entity({ tableName: 'cultural_event_co_organiser' })
@Index({ properties: ['agencyCode', 'eventId'] })
export class CulturalEventCoOrganiser {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @PrimaryKey({ type: 'string', length: 32 })
  agencyCode!: string;
}
