import type { KeyObject } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import {
  type AgencyCode,
  type Caller,
  type PermissionKey,
  authorize,
  authorizeRecord,
} from '@ascc/contracts';
import { ServiceError } from '../errors/service-error';
import { HEADER } from '../nats/headers';
import { CallerTokenError, CallerVerifier, callerAudience } from './caller-token';

/** Who a message acts for, and the id that ties its log lines and audit records together. */
export interface RequestContext {
  caller: Caller;
  correlationId: string | null;
}

let verifier: CallerVerifier | undefined;

/**
 * Sets the gateway's public key this process checks callers with (`createServiceApp` does it at start
 * from CALLER_VERIFY_KEY); until then every caller is refused.
 */
export function useCallerVerifyKey(key: KeyObject): void {
  verifier = new CallerVerifier(key);
}

const logger = new Logger('Caller');

/**
 * Reads the caller the gateway signed into the NATS headers: a valid signature by the gateway's key,
 * for this service (the subject's first segment), unexpired, bound to the message's correlation id.
 * Anything else — no caller, plain JSON, another key, another audience, an expired token or one made for another request — is
 * refused (401) before anything is read or written: holding NATS credentials is not enough to act as
 * someone.
 */
export async function requestContext(ctx: NatsContext): Promise<RequestContext> {
  const headers = ctx.getHeaders();
  const correlationId = headers?.get(HEADER.correlationId) || null;
  const token = headers?.get(HEADER.caller) || undefined;
  try {
    if (!verifier) throw new CallerTokenError('no verify key configured');
    const caller = await verifier.verify(token, callerAudience(ctx.getSubject()), correlationId);
    return { caller, correlationId };
  } catch (error) {
    if (token) logger.warn(`Refused a caller on ${ctx.getSubject()} [${correlationId}]: ${String(error)}`);
    throw new ServiceError('UNAUTHENTICATED', 'Sign-in required');
  }
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
