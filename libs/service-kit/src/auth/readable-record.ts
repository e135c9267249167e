import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { PermissionKey } from '@ascc/contracts';
import { ServiceError } from '../errors/service-error';
import { type RequestContext, assertAllowed, assertRecordAllowed } from './request-context';

/**
 * A record by id that the caller may act on under `permission`: 403 for a role the table refuses or a
 * record of an agency the caller's grant does not reach, 404 when there is none.
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
  if (!record) throw ServiceError.notFound(label, id);
  assertRecordAllowed(permission, ctx, record.agencyCode);
  return record;
}
