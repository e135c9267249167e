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

/**
 * Whether the caller's grant under a permission reaches a stored record of the given agency. A stored
 * record it does not reach is answered as a missing one (`ServiceError.notFound`, see `findPermitted`):
 * a 403 would tell that another agency's record exists under that id.
 */
export function reachesRecord(permission: PermissionKey, ctx: RequestContext, recordAgency: string): boolean {
  return authorizeRecord(permission, ctx.caller, recordAgency);
}

/**
 * Refuses (403, `ownAgencyOnly`) writing a record into an agency the caller's grant does not reach —
 * creating it there, or moving one of their own records there. The agency is the caller's own input,
 * so the refusal tells nothing they did not send.
 */
export function assertRecordAllowed(
  permission: PermissionKey,
  ctx: RequestContext,
  recordAgency: string,
): void {
  const { reach } = assertAllowed(permission, ctx);
  if (reach !== 'all' && recordAgency !== ctx.caller.agencyCode) {
    throw ServiceError.refuse(
      'ownAgencyOnly',
      { agencyCode: ctx.caller.agencyCode },
      "Your role reaches only your own agency's records",
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
