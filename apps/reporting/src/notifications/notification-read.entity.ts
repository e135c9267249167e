import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * That one user read one notification. Kept apart from the notification, which an agency's several
 * editors may share: each reads it for themselves.
 */
@Entity({ tableName: 'notification_read' })
@Unique({ properties: ['notificationId', 'userId'] })
@Index({ properties: ['userId'] })
export class NotificationRead {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  notificationId!: string;

  @Property({ type: 'string', length: 64 })
  userId!: string;

  @Property({ type: DateTimeType })
  readAt: Date & Opt = new Date();
}
