import { Injectable } from '@nestjs/common';
import type { ApiRequest } from '../http/api-route.decorator';
import { AUTH_POLICY } from './auth-policy';
import { authErrors } from './auth-errors';
import type { AuthenticatedCaller, Authenticator } from './authenticator';
import { JwtError } from './jwt';
import { SessionCache } from './session-cache';
import { SessionsService } from './sessions.service';
import { TokensService } from './tokens.service';

/** The sign-in a request was authenticated with. */
export interface RequestSession {
  sessionId: string;
  familyId: string;
}

export function bearerToken(req: ApiRequest): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Checks the bearer access token of every protected request: signature, type and expiry, then its
 * session (one primary-key lookup joined with the user, shared by a sign-in's requests for at most
 * `AUTH_POLICY.sessionCacheMs`: see SessionCache): not revoked, not idle, not past its end, and the user
 * still active. The caller's roles and agency come from the user row, so a change by an administrator
 * applies within that half second on every gateway copy, not when the token expires.
 */
@Injectable()
export class BearerAuthenticator implements Authenticator {
  private readonly sessions = new WeakMap<ApiRequest, RequestSession>();

  constructor(
    private readonly cache: SessionCache,
    private readonly tokens: TokensService,
    private readonly sessionsService: SessionsService,
  ) {}

  async authenticate(req: ApiRequest): Promise<AuthenticatedCaller> {
    const token = bearerToken(req);
    if (!token) throw authErrors.unauthenticated('Sign-in required');
    const now = new Date();
    let claims;
    try {
      claims = await this.tokens.verifyAccess(token, now.getTime());
    } catch (error) {
      if (error instanceof JwtError && error.reason === 'expired') {
        throw authErrors.unauthenticated('Session expired; sign in again');
      }
      throw authErrors.unauthenticated('Sign-in required: the access token is not valid');
    }
    const session = await this.cache.get(claims.sid, now.getTime());
    if (!session || session.user.id !== claims.sub || session.revoked) {
      throw authErrors.unauthenticated('Your session has ended; sign in again');
    }
    this.sessionsService.assertLive(session, now);
    const user = session.user;
    if (!user.active) throw authErrors.unauthenticated('This account is deactivated; ask an administrator');
    if (now.getTime() - session.lastUsedAt.getTime() >= AUTH_POLICY.touchIntervalMs) {
      // Requests sharing this read do not touch the row again.
      session.lastUsedAt = now;
      await this.sessionsService.touch(session.id, now);
    }
    this.sessions.set(req, { sessionId: session.id, familyId: session.familyId });
    return {
      userId: user.id,
      username: user.username,
      agencyCode: user.agencyCode,
      roles: user.roles,
      mustChangePassword: user.mustChangePassword,
    };
  }

  /** The session a request was authenticated with (after `authenticate`). */
  sessionOf(req: ApiRequest): RequestSession | undefined {
    return this.sessions.get(req);
  }
}
