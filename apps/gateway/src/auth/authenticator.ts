import type { Caller } from '@ascc/contracts';
import type { ApiRequest } from '../http/api-route.decorator';

export const AUTHENTICATOR = Symbol('AUTHENTICATOR');

/**
 * Who is calling: reads the bearer access token of a request and returns the signed-in caller, or
 * throws a 401 ApiError (no token, bad signature, expired, revoked or idle session, inactive user).
 */
export interface Authenticator {
  authenticate(req: ApiRequest): Promise<AuthenticatedCaller>;
}

/** The caller, and whether they must change their password before doing anything else. */
export type AuthenticatedCaller = Caller & { mustChangePassword: boolean };
