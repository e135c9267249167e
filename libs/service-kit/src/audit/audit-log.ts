import type { EntityManager } from '@mikro-orm/core';
import type { AuditEntry, AgencyCode, ListAudit, Page } from '@ascc/contracts';
import type { RequestContext } from '../auth/request-context';
import { paginateRows } from '../database/paginate';
import { AuditRecord } from './audit-record.entity';
import { announceChange } from '../events/record-changes';

type Snapshot = Record<string, unknown>;

/** The fields that differ between two snapshots of a record (all fields of `after` on create). */
export function diff(before: Snapshot | undefined, after: Snapshot | undefined) {
  const changes: Record<string, { before?: unknown; after?: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (['version', 'createdAt', 'updatedAt'].includes(key)) continue;
    const b = before?.[key];
    const a = after?.[key];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[key] = { ...(before ? { before: b } : {}), ...(after ? { after: a } : {}) };
  }
  return changes;
}

/**
 * Adds an audit line to the unit of work of `em`: it is written by the same flush, in the same
 * transaction, as the change it records — and, for a record the consoles follow live, its
 * `<service>.record.changed` event (events/record-changes.ts). `agencyCode`: the record's agency when
 * its snapshots do not carry it.
 */
export function recordAudit(
  em: EntityManager,
  ctx: RequestContext,
  entry: {
    entity: string;
    entityId: string;
    action: AuditRecord['action'];
    before?: Snapshot;
    after?: Snapshot;
    agencyCode?: string;
  },
): void {
  const changes = diff(entry.before, entry.after);
  announceChange(em, {
    ...entry,
    fields: Object.keys(changes),
    by: ctx.caller.username,
  });
  em.create(AuditRecord, {
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    userId: ctx.caller.userId,
    username: ctx.caller.username,
    agencyCode: ctx.caller.agencyCode,
    changes,
    correlationId: ctx.correlationId,
  });
}

/**
 * A page of audit lines, newest first, filtered in the database. `entity` may name several kinds: a
 * record's history includes the lines its parts write about it (a course's roster, attendance, scores).
 */
export async function findAudit(
  em: EntityManager,
  query: Omit<ListAudit, 'page' | 'pageSize' | 'entity'> & {
    entity?: string | string[];
    page: number;
    pageSize: number;
  },
): Promise<Page<AuditEntry>> {
  const where: Record<string, unknown> = {
    ...(query.entity && { entity: Array.isArray(query.entity) ? { $in: query.entity } : query.entity }),
    ...(query.entityId && { entityId: query.entityId }),
    ...(query.username && { username: query.username }),
    ...(query.action && { action: query.action }),
  };
  if (query.from || query.to) {
    where.at = {
      ...(query.from && { $gte: new Date(`${query.from}T00:00:00Z`) }),
      ...(query.to && { $lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) }),
    };
  }
  // Read-only: lean rows mapped straight to entries, no entities.
  const page = await paginateRows(em, AuditRecord, where, { ...query, sort: 'at', order: 'desc' });
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      entity: r.entity,
      entityId: r.entityId,
      action: r.action,
      userId: r.userId,
      username: r.username,
      agencyCode: r.agencyCode as AgencyCode,
      changes: r.changes,
      correlationId: r.correlationId ?? null,
    })),
  };
}
