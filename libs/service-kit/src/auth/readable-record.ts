import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { PermissionKey } from '@ascc/contracts';
import { type Row, findRows } from '../database/lean-rows';
import { ServiceError } from '../errors/service-error';
import { type RequestContext, assertAllowed, reachesRecord } from './request-context';

/**
 * A record by id that the caller may act on under `permission`: 403 for a role the table refuses; 404
 * when there is none — and, in the very same words, when it belongs to an agency the caller's grant does
 * not reach, so that a guessed id tells nothing of whether another agency's record exists.
 */
export async function findPermitted<T extends { agencyCode: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
  ctx: RequestContext,
  permission: PermissionKey,
  label: string,
): Promise<T> {
  assertAllowed(permission, ctx);
  const record = await em.findOne(entity, { id } as FilterQuery<T>);
  if (!record || !reachesRecord(permission, ctx, record.agencyCode)) throw ServiceError.notFound(label, id);
  return record;
}

/** `findPermitted` for a read-only answer: the record as a lean row (`findRows`), not an entity. */
export async function findPermittedRow<T extends { agencyCode: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
  ctx: RequestContext,
  permission: PermissionKey,
  label: string,
): Promise<Row<T>> {
  assertAllowed(permission, ctx);
  const [record] = await findRows(em, entity, { id } as FilterQuery<T>, { limit: 1 });
  if (!record || !reachesRecord(permission, ctx, (record as unknown as { agencyCode: string }).agencyCode))
    throw ServiceError.notFound(label, id);
  return record;
}
