import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { ApiRequest } from '../http/api-route.decorator';
import { Session } from '../identity/session.entity';
import { AUTH_POLICY } from './auth-policy';
import { authErrors } from './auth-errors';
import type { AuthenticatedCaller, Authenticator } from './authenticator';
import { JwtError } from './jwt';
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
 * session (one primary-key lookup joined with the user): not revoked, not idle, not past its end, and
 * the user still active. The caller's roles and agency come from the user row, so a change by an
 * administrator applies on the next request, not when the token expires.
 */
@Injectable()
export class BearerAuthenticator implements Authenticator {
  private readonly sessions = new WeakMap<ApiRequest, RequestSession>();

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
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
    const session = await this.orm.em
      .fork()
      .findOne(Session, { id: claims.sid }, { populate: ['user'], strategy: 'joined' });
    if (!session || session.user.id !== claims.sub || session.revokedAt) {
      throw authErrors.unauthenticated('Your session has ended; sign in again');
    }
    this.sessionsService.assertLive(session, now);
    const user = session.user;
    if (!user.active) throw authErrors.unauthenticated('This account is deactivated; ask an administrator');
    if (now.getTime() - session.lastUsedAt.getTime() >= AUTH_POLICY.touchIntervalMs) {
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
