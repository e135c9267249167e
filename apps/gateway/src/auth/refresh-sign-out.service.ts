import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { Session } from '../identity/session.entity';
import { UserAudit } from '../identity/user-audit';
import { authErrors } from './auth-errors';
import { SessionsService, hashRefreshToken } from './sessions.service';
import { type AuthContext, SessionIssuer, type SignedIn } from './session-issuer';
import { TokensService } from './tokens.service';

/**
 * A session after sign-in: refresh rotates its refresh token (a rotated token presented again revokes
 * the whole family, in SessionsService.rotate) and sign-out revokes it.
 */
@Injectable()
export class RefreshAndSignOutService {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly tokens: TokensService,
    private readonly sessions: SessionsService,
    private readonly issuer: SessionIssuer,
    private readonly audit: UserAudit,
  ) {}

  async refresh(refreshToken: string | undefined, ctx: AuthContext): Promise<SignedIn> {
    if (!refreshToken) throw authErrors.unauthenticated('Sign-in required');
    const now = new Date();
    const { session, refreshToken: next, user } = await this.sessions.rotate(refreshToken, ctx.client, now);
    return this.issuer.signedIn(user, session, next, now);
  }

  /** Ends the sign-in named by the refresh cookie and/or the access token; always succeeds. */
  async logout(refreshToken: string | undefined, accessToken: string | undefined, ctx: AuthContext) {
    const em = this.orm.em.fork();
    const audit = em.fork();
    const found: Session[] = [];
    if (refreshToken) {
      const row = await em.findOne(
        Session,
        { refreshTokenHash: hashRefreshToken(refreshToken) },
        { populate: ['user'] },
      );
      if (row) found.push(row);
    }
    if (accessToken) {
      const sid = await this.sessionIdOf(accessToken);
      const row = sid ? await em.findOne(Session, { id: sid }, { populate: ['user'] }) : null;
      if (row) found.push(row);
    }
    for (const familyId of new Set(found.map((s) => s.familyId))) {
      const revoked = await this.sessions.revokeFamily(familyId);
      const user = found.find((s) => s.familyId === familyId)?.user;
      if (revoked && user) {
        this.audit.recordSignIn(
          {
            event: 'signed-out',
            username: user.username,
            user,
            address: ctx.client.ip,
            details: { sessionFamily: familyId },
            correlationId: ctx.correlationId,
          },
          audit,
        );
      }
    }
    await audit.flush();
  }

  private async sessionIdOf(accessToken: string): Promise<string | undefined> {
    try {
      // Awaited inside the try: a refused token is no session, never an unhandled rejection.
      return (await this.tokens.verifyAccess(accessToken)).sid;
    } catch {
      return undefined;
    }
  }
}
