import { randomUUID } from 'node:crypto';
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
/** A draft as its inbox row; a native insert applies no entity defaults, so the id is given here. */
const rowOf = (draft: NotificationDraft, now: Date) => ({
  id: randomUUID(),
  reminderKey: draft.key,
  template: draft.template,
  params: draft.params,
  link: draft.link,
  agencyCode: draft.agencyCode,
  userId: draft.userId,
  permission: draft.permission,
  createdAt: now,
});

export async function deliver(
  em: EntityManager,
  draft: NotificationDraft,
  now = new Date(),
): Promise<boolean> {
  try {
    await em.transactional(async (tx) => {
      await tx.insert(Notification, rowOf(draft, now));
    });
    return true;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) return false;
    throw error;
  }
}

/**
 * Delivers the drafts not yet delivered: the keys already in the inbox are skipped with one query, the
 * rest inserted in one statement; when another copy delivered some of them meanwhile (the UNIQUE key
 * refuses the batch), one by one. Answers how many this call added.
 */
export async function deliverAll(em: EntityManager, drafts: readonly NotificationDraft[]): Promise<number> {
  if (!drafts.length) return 0;
  const delivered = new Set<string>();
  const keys = drafts.map((d) => d.key);
  for (let i = 0; i < keys.length; i += 500)
    for (const row of await em.find(
      Notification,
      { reminderKey: { $in: keys.slice(i, i + 500) } },
      { fields: ['reminderKey'] },
    ))
      delivered.add(row.reminderKey);
  const fresh = drafts.filter((d) => !delivered.has(d.key));
  if (!fresh.length) return 0;
  const now = new Date();
  try {
    await em.fork().transactional(async (tx) => {
      await tx.insertMany(
        Notification,
        fresh.map((draft) => rowOf(draft, now)),
      );
    });
    return fresh.length;
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    let added = 0;
    for (const draft of fresh) if (await deliver(em.fork(), draft, now)) added++;
    return added;
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
