import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { PermissionKey } from '@ascc/contracts';
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
