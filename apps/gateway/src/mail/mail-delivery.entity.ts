import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Language, NotificationLink, NotificationParams, NotificationTemplate } from '@ascc/contracts';

export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * One notification e-mailed to one user. Written before the mail is sent (UNIQUE per notification and
 * user: a redelivered event, or a second gateway copy handling it, adds no row, so nobody is mailed
 * twice), then claimed by one copy (`pending` → `sending`), sent, and marked `sent`; an SMTP failure puts
 * it back to `pending` with a later `nextAttemptAt` (doubling waits), `failed` after the last try.
 * The address is the one the user had when the notification came.
 */
@Entity({ tableName: 'mail_delivery' })
@Unique({ properties: ['notificationId', 'userId'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class MailDelivery {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  notificationId!: string;

  @Property({ type: 'string', length: 64 })
  userId!: string;

  @Property({ type: 'string', length: 254 })
  address!: string;

  @Property({ type: 'string', length: 2 })
  language!: Language;

  @Property({ type: 'string', length: 40 })
  template!: NotificationTemplate;

  @Property({ type: 'json' })
  params!: NotificationParams;

  @Property({ type: 'json' })
  link!: NotificationLink;

  @Property({ type: 'string', length: 12 })
  status: MailStatus & Opt = 'pending';

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ type: DateTimeType })
  nextAttemptAt: Date & Opt = new Date();

  /** Why the last try failed (the SMTP answer; never the address' password nor the body). */
  @Property({ type: 'string', length: 500, nullable: true })
  lastError: (string & Opt) | null = null;

  @Property({ type: DateTimeType, nullable: true })
  sentAt: (Date & Opt) | null = null;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();
}
