import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import type { NotificationLink, NotificationParams, NotificationTemplate } from '@ascc/contracts';

/**
 * One notification of the inbox: a template key and its params (the console writes the sentence in
 * the reader's language), the record it links to, and whom it is for — one user, or the people of an
 * agency who hold a permission. `reminderKey` is UNIQUE: the same reminder inserted twice (the job run
 * again, by a second copy, an event redelivered) is refused by the database, so it is delivered once.
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['userId', 'createdAt'] })
@Index({ properties: ['agencyCode', 'createdAt'] })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 200, unique: true })
  reminderKey!: string;

  @Property({ type: 'string', length: 40 })
  template!: NotificationTemplate;

  @Property({ type: 'json' })
  params!: NotificationParams;

  @Property({ type: 'json' })
  link!: NotificationLink;

  @Property({ type: 'string', length: 32 })
  agencyCode!: string;

  /** The one user it is for; null when it is for everyone of the agency holding `permission`. */
  @Property({ type: 'string', length: 64, nullable: true })
  userId: (string & Opt) | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  permission: (string & Opt) | null = null;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();
}
