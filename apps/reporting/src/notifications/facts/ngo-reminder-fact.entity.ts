import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An NGO as the reminders need it (from `aid.ngo.recorded`): its registration's last day. Indexed by
 * that day, so the job reads only the registrations expiring within its window.
 */
@Entity({ tableName: 'ngo_reminder_fact' })
@Index({ properties: ['expiresOn', 'ngoId'] })
export class NgoReminderFact {
  @PrimaryKey({ type: 'uuid' })
  ngoId!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'string', length: 32 })
  agencyCode!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  expiresOn?: string | null;
}
