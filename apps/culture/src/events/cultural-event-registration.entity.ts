import { DateTimeType, Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { CountryCode, REGISTRATION_STATUSES } from '@ascc/contracts';

/** A participant registered for an event (or waiting for a place). */
@Entity({ tableName: 'cultural_event_registration' })
@Index({ properties: ['eventId', 'position'] })
@Index({ properties: ['eventId', 'status', 'position'] })
@Index({ properties: ['eventId', 'countryCode'] })
export class CulturalEventRegistration {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  /** Two clerks correcting the same participant: the second is told, not silently overwritten. */
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  organisation?: string | null;

  @Property({ type: 'string', length: 2 })
  countryCode!: CountryCode;

  @Property({ type: 'string', length: 200 })
  contact!: string;

  @Property({ type: 'string', length: 16 })
  status!: (typeof REGISTRATION_STATUSES)[number];

  /** Order of registering, per event: the waitlist is promoted in this order. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: DateTimeType, nullable: true })
  checkedInAt?: Date | null;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();
}
