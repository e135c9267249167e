import { NatsContext } from '@nestjs/microservices';
import {
  type AgencyCode,
  type Caller,
  CallerSchema,
  type PermissionKey,
  authorize,
  authorizeRecord,
} from '@ascc/contracts';
import { ServiceError } from '../errors/service-error';
import { HEADER } from '../nats/headers';

/** Who a message acts for, and the id that ties its log lines and audit records together. */
export interface RequestContext {
  caller: Caller;
  correlationId: string | null;
}

/**
 * Reads the caller the gateway put in the NATS headers. Services trust it because NATS permissions let
 * only the gateway publish on their subjects; a message without a valid caller is refused.
 */
export function requestContext(ctx: NatsContext): RequestContext {
  const headers = ctx.getHeaders();
  const raw = headers?.get(HEADER.caller);
  let caller: Caller | undefined;
  try {
    caller = raw ? CallerSchema.parse(JSON.parse(raw)) : undefined;
  } catch {
    caller = undefined;
  }
  if (!caller) throw new ServiceError('UNAUTHENTICATED', 'Sign-in required');
  return { caller, correlationId: headers?.get(HEADER.correlationId) || null };
}

/** Refuses (403) a caller the permission table does not allow; returns how far the grant reaches. */
export function assertAllowed(permission: PermissionKey, ctx: RequestContext) {
  const decision = authorize(permission, ctx.caller);
  if (!decision.allowed) throw new ServiceError('FORBIDDEN', 'Your role does not allow this action');
  return decision;
}

/** Refuses (403) acting on a record of another agency when the caller's grant reaches only their own. */
export function assertRecordAllowed(
  permission: PermissionKey,
  ctx: RequestContext,
  recordAgency: string,
): void {
  if (!authorizeRecord(permission, ctx.caller, recordAgency)) {
    throw ServiceError.refuse(
      'otherAgencyRecord',
      {},
      'This record belongs to another agency: your role does not reach it',
    );
  }
}

/**
 * The agency filter of a list under a permission: none for a grant over every agency, the caller's own
 * agency otherwise — and asking for another agency's records is refused rather than silently narrowed.
 */
export function agencyScope(
  permission: PermissionKey,
  ctx: RequestContext,
  requested: AgencyCode | undefined,
): { agencyCode?: AgencyCode } {
  const { reach } = assertAllowed(permission, ctx);
  if (reach === 'all') return requested ? { agencyCode: requested } : {};
  if (requested && requested !== ctx.caller.agencyCode) {
    throw ServiceError.refuse(
      'ownAgencyOnly',
      { agencyCode: ctx.caller.agencyCode },
      "Your role reaches only your own agency's records",
    );
  }
  return { agencyCode: ctx.caller.agencyCode };
}
