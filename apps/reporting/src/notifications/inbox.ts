import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { type Caller, PERMISSIONS, type PermissionKey, authorizeRecord } from '@ascc/contracts';
import { knexOf, tableName } from '@ascc/service-kit';
import { Notification } from './notification.entity';
import type { NotificationDraft } from './reminder-rules';

/**
 * Adds a notification unless its reminder was delivered before (the UNIQUE reminder key): true when
 * added. Each insert is its own savepoint, so a duplicate refused by the database leaves the rest of
 * the caller's transaction as it was — on PostgreSQL a second copy inserting the same key waits for
 * the first's commit, then is refused.
 */
export async function deliver(
  em: EntityManager,
  draft: NotificationDraft,
  now = new Date(),
): Promise<boolean> {
  try {
    await em.transactional(async (tx) => {
      await tx.insert(Notification, {
        reminderKey: draft.key,
        template: draft.template,
        params: draft.params,
        link: draft.link,
        agencyCode: draft.agencyCode,
        userId: draft.userId,
        permission: draft.permission,
        createdAt: now,
      });
    });
    return true;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) return false;
    throw error;
  }
}

/** The permissions under which the caller acts on their own agency's records. */
export function permissionsOf(caller: Caller): PermissionKey[] {
  return (Object.keys(PERMISSIONS) as PermissionKey[]).filter(
    (permission) =>
      PERMISSIONS[permission] !== 'public' && authorizeRecord(permission, caller, caller.agencyCode),
  );
}

/**
 * The notifications a caller sees: those addressed to them, and those addressed to their agency under
 * a permission they hold on its records. Another user's or another agency's are never in it.
 */
export function visibleTo(em: EntityManager, caller: Caller, alias = 'n') {
  const permissions = permissionsOf(caller);
  return (qb: Knex.QueryBuilder) =>
    qb.where((w) =>
      w.where(`${alias}.user_id`, caller.userId).orWhere((agency) =>
        agency
          .whereNull(`${alias}.user_id`)
          .where(`${alias}.agency_code`, caller.agencyCode)
          .whereIn(`${alias}.permission`, permissions.length ? permissions : ['-']),
      ),
    );
}

/** The caller's notifications with no read mark of theirs. */
export function unreadQuery(em: EntityManager, caller: Caller) {
  const knex = knexOf(em);
  return visibleTo(
    em,
    caller,
  )(knex.from({ n: tableName(em, 'notification') })).whereNotExists(
    knex
      .from({ r: tableName(em, 'notification_read') })
      .whereRaw('r.notification_id = n.id')
      .where('r.user_id', caller.userId),
  );
}
