import { randomUUID } from 'node:crypto';
import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import {
  type AgencyCode,
  type Caller,
  PERMISSIONS,
  type PermissionKey,
  REPORTING_EVENTS,
  readsAgencyNotification,
} from '@ascc/contracts';
import { knexOf, recordEvent, tableName } from '@ascc/service-kit';
import { Notification } from './notification.entity';
import type { NotificationDraft } from './reminder-rules';

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

/**
 * Announces an inbox row (`reporting.notification.created`, in the outbox of the transaction that
 * inserts it): the gateway mails it to its readers who asked for e-mail. A refused duplicate rolls its
 * event back with it, so a reminder is announced once.
 */
function announce(em: EntityManager, row: ReturnType<typeof rowOf>): void {
  recordEvent(em, REPORTING_EVENTS.notificationCreated, {
    notificationId: row.id,
    template: row.template,
    params: row.params,
    link: row.link,
    agencyCode: row.agencyCode as AgencyCode,
    userId: row.userId,
    permission: row.permission,
    createdAt: row.createdAt.toISOString(),
  });
}

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
      const row = rowOf(draft, now);
      await tx.insert(Notification, row);
      announce(tx, row);
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
      const rows = fresh.map((draft) => rowOf(draft, now));
      await tx.insertMany(Notification, rows);
      for (const row of rows) announce(tx, row);
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
  return (Object.keys(PERMISSIONS) as PermissionKey[]).filter((permission) =>
    readsAgencyNotification(permission, caller, caller.agencyCode),
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
