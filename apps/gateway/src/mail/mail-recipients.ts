import type { EntityManager } from '@mikro-orm/core';
import { type EventData, type REPORTING_EVENTS, readsAgencyNotification } from '@ascc/contracts';
import { User } from '../identity/user.entity';

type NotificationCreated = EventData<typeof REPORTING_EVENTS.notificationCreated>;

/**
 * Who gets a notification by e-mail: its one user, or the people of its agency who read it in the
 * inbox (`readsAgencyNotification`, the inbox's own rule) — of those, only active accounts with an
 * address and the "e-mail me" switch on.
 */
export async function mailRecipients(em: EntityManager, notification: NotificationCreated): Promise<User[]> {
  const wanted = { active: true, emailNotifications: true, email: { $ne: null } } as const;
  if (notification.userId) return em.find(User, { ...wanted, id: notification.userId });
  const permission = notification.permission;
  if (!permission) return [];
  const users = await em.find(User, { ...wanted, agencyCode: notification.agencyCode as User['agencyCode'] });
  return users.filter((user) => readsAgencyNotification(permission, user, notification.agencyCode));
}
