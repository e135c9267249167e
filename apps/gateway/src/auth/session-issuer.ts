import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/core';
import type { Session as SessionDto } from '@ascc/contracts';
import type { Session } from '../identity/session.entity';
import { UserAudit } from '../identity/user-audit';
import { toSessionUser } from '../identity/user-dto';
import { User, bookkeeping } from '../identity/user.entity';
import { type ClientInfo, SessionsService } from './sessions.service';
import { SignInThrottle, throttleKeys } from './sign-in-throttle';
import { TokensService } from './tokens.service';

export interface AuthContext {
  correlationId: string;
  client: ClientInfo;
}

/** A finished sign-in: the body, and the refresh token the controller sets as a cookie. */
export interface SignedIn {
  body: SessionDto;
  refreshToken: string;
  refreshMaxAgeSeconds: number;
}

/** Ends a sign-in that passed every check: a new session, its access token, and the answer's body. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly tokens: TokensService,
    private readonly sessions: SessionsService,
    private readonly audit: UserAudit,
    private readonly throttle: SignInThrottle,
  ) {}

  /** Ends the account's delay and failure count, starts a session family and records the sign-in. */
  async signIn(em: EntityManager, user: User, ctx: AuthContext, now: Date): Promise<SignedIn> {
    await this.throttle.reset(em, [throttleKeys.account(user.username)]);
    await em.nativeUpdate(
      User,
      { id: user.id },
      bookkeeping({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }),
    );
    const { session, refreshToken } = await this.sessions.start(user.id, ctx.client, now);
    this.audit.record({
      action: 'user.signed-in',
      user,
      changes: { sessionFamily: session.familyId, ip: ctx.client.ip },
      correlationId: ctx.correlationId,
    });
    return this.signedIn(user, session, refreshToken, now);
  }

  /** The answer for a live session: a fresh access token, and the refresh cookie's token and age. */
  async signedIn(user: User, session: Session, refreshToken: string, now: Date): Promise<SignedIn> {
    const access = await this.tokens.issueAccess(user, session.id, now.getTime());
    return {
      body: {
        status: 'signed-in',
        accessToken: access.token,
        expiresIn: access.expiresIn,
        user: toSessionUser(user),
      },
      refreshToken,
      refreshMaxAgeSeconds: (session.expiresAt.getTime() - now.getTime()) / 1000,
    };
  }
}
