import { Inject, Injectable, Logger } from '@nestjs/common';
import { type EntityManager, MikroORM, raw } from '@mikro-orm/core';
import {
  AUTH_ROUTES,
  type Caller,
  type LoginRequest,
  type SecondFactorStep,
  type Session as SessionDto,
  type SessionUser,
  ruleParams,
} from '@ascc/contracts';
import type { z } from 'zod';
import { Session } from '../identity/session.entity';
import { UserAudit } from '../identity/user-audit';
import { toSessionUser } from '../identity/user-dto';
import { User, bookkeeping } from '../identity/user.entity';
import { AUTH_POLICY } from './auth-policy';
import { authErrors } from './auth-errors';
import { hashPassword, needsRehash, passwordProblems, verifyAgainstDummy, verifyPassword } from './passwords';
import { type ClientInfo, SessionsService, hashRefreshToken } from './sessions.service';
import { TokensService } from './tokens.service';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp';
import { UnknownUserLockout } from './unknown-user-lockout';

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

export type LoginOutcome =
  ({ kind: 'signed-in' } & SignedIn) | { kind: 'second-factor'; body: SecondFactorStep };

type ChangePassword = z.infer<typeof AUTH_ROUTES.changePassword.input>;
type TotpLogin = z.infer<typeof AUTH_ROUTES.loginTotp.input>;

const REUSED_OR_WRONG_CODE = 'Wrong code, or a code that was already used; wait for the next one';

/**
 * Sign-in, its second factor, refresh, sign-out and password change. Failed passwords and TOTP codes
 * count towards one lock per account; unknown usernames get the same answers, in the same time.
 */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  private readonly unknownUsers = new UnknownUserLockout();

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly tokens: TokensService,
    private readonly sessions: SessionsService,
    private readonly audit: UserAudit,
  ) {}

  async login(input: LoginRequest, ctx: AuthContext): Promise<LoginOutcome> {
    const now = new Date();
    const em = this.orm.em.fork();
    const user = await em.findOne(User, { username: input.username });
    if (!user) throw await this.refuseUnknownUser(input, now);
    if (lockedUntil(user, now)) {
      await verifyAgainstDummy(input.password);
      throw authErrors.locked(user.lockedUntil as Date);
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const lock = await this.recordFailure(em, user, now, ctx.correlationId);
      throw lock ? authErrors.locked(lock) : authErrors.badCredentials();
    }
    // Only someone who knows the password learns that the account is deactivated.
    if (!user.active) throw authErrors.unauthenticated('This account is deactivated; ask an administrator');
    if (needsRehash(user.passwordHash)) {
      await em.nativeUpdate(
        User,
        { id: user.id },
        bookkeeping({ passwordHash: await hashPassword(input.password) }),
      );
    }
    if (user.totpEnabled) {
      return {
        kind: 'second-factor',
        body: { status: 'totp-required', challenge: await this.tokens.issueChallenge(user.id, 'verify') },
      };
    }
    if (user.roles.includes('admin')) {
      const secret = await this.pendingTotpSecret(em, user);
      return {
        kind: 'second-factor',
        body: {
          status: 'totp-setup-required',
          challenge: await this.tokens.issueChallenge(user.id, 'setup'),
          totpSecret: secret,
          otpauthUri: otpauthUri(secret, user.username),
        },
      };
    }
    return { kind: 'signed-in', ...(await this.signIn(em, user, ctx, now)) };
  }

  /** The second step: a TOTP code against the challenge; for a set-up, this also enables TOTP. */
  async loginTotp(input: TotpLogin, ctx: AuthContext): Promise<SignedIn> {
    const now = new Date();
    let challenge;
    try {
      challenge = await this.tokens.verifyChallenge(input.challenge, now.getTime());
    } catch {
      throw authErrors.unauthenticated('This sign-in step has expired; sign in again');
    }
    const em = this.orm.em.fork();
    const user = await em.findOne(User, { id: challenge.sub });
    if (!user || !user.active) throw authErrors.unauthenticated('Sign-in required');
    if (lockedUntil(user, now)) throw authErrors.locked(user.lockedUntil as Date);
    if (user.totpEnabled !== (challenge.purpose === 'verify') || !user.totpSecret) {
      throw authErrors.unauthenticated('This sign-in step is no longer valid; sign in again');
    }
    const step = verifyTotp(this.readTotpSecret(user), input.code, user.totpLastStep, now.getTime());
    // Claiming the step in the database makes a code good once, even for two requests racing with it.
    const claimed =
      step !== null &&
      (await em.nativeUpdate(
        User,
        { id: user.id, $or: [{ totpLastStep: null }, { totpLastStep: { $lt: step } }] },
        bookkeeping({ totpLastStep: step }),
      )) === 1;
    if (!claimed) {
      const lock = await this.recordFailure(em, user, now, ctx.correlationId);
      throw lock ? authErrors.locked(lock) : authErrors.unauthenticated(REUSED_OR_WRONG_CODE);
    }
    if (challenge.purpose === 'setup') {
      user.totpEnabled = true;
      this.audit.record(
        {
          action: 'user.totp-enabled',
          actor: { userId: user.id, username: user.username, agencyCode: user.agencyCode },
          user,
          correlationId: ctx.correlationId,
        },
        em,
      );
      await em.flush();
    }
    return this.signIn(em, user, ctx, now);
  }

  async refresh(refreshToken: string | undefined, ctx: AuthContext): Promise<SignedIn> {
    if (!refreshToken) throw authErrors.unauthenticated('Sign-in required');
    const now = new Date();
    const { session, refreshToken: next, user } = await this.sessions.rotate(refreshToken, ctx.client, now);
    return this.signedIn(user, session, next, now);
  }

  /** Ends the sign-in named by the refresh cookie and/or the access token; always succeeds. */
  async logout(refreshToken: string | undefined, accessToken: string | undefined, ctx: AuthContext) {
    const em = this.orm.em.fork();
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
        this.audit.record({ action: 'user.signed-out', user, correlationId: ctx.correlationId });
      }
    }
  }

  async me(caller: Caller): Promise<SessionUser> {
    const user = await this.orm.em.fork().findOne(User, { id: caller.userId });
    if (!user) throw authErrors.unauthenticated('Sign-in required');
    return toSessionUser(user);
  }

  /** Changes the caller's own password; their other sign-ins end, this one stays. */
  async changePassword(
    caller: Caller,
    keepFamilyId: string | undefined,
    input: ChangePassword,
    ctx: AuthContext,
  ): Promise<{ ok: true }> {
    const now = new Date();
    const em = this.orm.em.fork();
    const user = await em.findOne(User, { id: caller.userId });
    if (!user) throw authErrors.unauthenticated('Sign-in required');
    const problems = passwordProblems(input.newPassword, user.username, 'newPassword');
    if (problems.length) throw authErrors.invalid('The new password does not meet the policy', problems);
    const locked = lockedUntil(user, now);
    if (locked) throw currentPasswordError(authErrors.locked(locked).body.message);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      const lock = await this.recordFailure(em, user, now, ctx.correlationId);
      throw currentPasswordError(
        lock ? authErrors.locked(lock).body.message : 'The current password is wrong',
      );
    }
    if (await verifyPassword(user.passwordHash, input.newPassword)) {
      throw authErrors.invalid('The new password does not meet the policy', [
        {
          path: 'newPassword',
          code: 'custom',
          message: 'Choose a password different from the current one',
          params: ruleParams('passwordUnchanged'),
        },
      ]);
    }
    user.passwordHash = await hashPassword(input.newPassword);
    user.mustChangePassword = false;
    user.failedLogins = 0;
    this.audit.record(
      {
        action: 'user.password-changed',
        actor: caller,
        user,
        changes: { mustChangePassword: false, otherSessionsRevoked: true },
        correlationId: ctx.correlationId,
      },
      em,
    );
    await em.flush();
    await this.sessions.revokeAllOfUser(user.id, keepFamilyId, now);
    return { ok: true };
  }

  private async signIn(em: EntityManager, user: User, ctx: AuthContext, now: Date): Promise<SignedIn> {
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

  private async signedIn(user: User, session: Session, refreshToken: string, now: Date): Promise<SignedIn> {
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

  /**
   * Counts a failed password or code. The count is incremented and the lock set by two conditional
   * updates, so attempts racing in parallel cannot slip past the limit. Returns the lock's end when
   * this failure started one.
   */
  private async recordFailure(
    em: EntityManager,
    user: User,
    now: Date,
    correlationId: string,
  ): Promise<Date | null> {
    await em.nativeUpdate(User, { id: user.id }, bookkeeping({ failedLogins: raw('failed_logins + 1') }));
    const until = new Date(now.getTime() + AUTH_POLICY.lockMs);
    const locked = await em.nativeUpdate(
      User,
      { id: user.id, failedLogins: { $gte: AUTH_POLICY.maxFailedLogins } },
      bookkeeping({ failedLogins: 0, lockedUntil: until }),
    );
    if (!locked) return null;
    this.audit.record({
      action: 'user.locked',
      user,
      changes: { lockedUntil: until.toISOString(), after: `${AUTH_POLICY.maxFailedLogins} failed attempts` },
      correlationId,
    });
    return until;
  }

  private async refuseUnknownUser(input: LoginRequest, now: Date) {
    const locked = this.unknownUsers.lockedUntil(input.username, now.getTime());
    await verifyAgainstDummy(input.password);
    if (locked) return authErrors.locked(locked);
    const lock = this.unknownUsers.fail(input.username, now.getTime());
    return lock ? authErrors.locked(lock) : authErrors.badCredentials();
  }

  /** The secret an admin is setting up: kept from an earlier attempt (or create-admin), else a new one. */
  private async pendingTotpSecret(em: EntityManager, user: User): Promise<string> {
    if (user.totpSecret) {
      try {
        return this.tokens.openTotpSecret(user.totpSecret, user.id);
      } catch {
        // Sealed under an earlier auth secret: nobody can have it in an app that works; start again.
      }
    }
    const secret = generateTotpSecret();
    const written = await em.nativeUpdate(
      User,
      { id: user.id, totpSecret: user.totpSecret, totpEnabled: false },
      bookkeeping({ totpSecret: this.tokens.sealTotpSecret(secret, user.id) }),
    );
    if (written === 1) return secret;
    // Another sign-in of the same admin wrote one first: show that one, so both screens agree.
    const fresh = await em.fork().findOneOrFail(User, { id: user.id });
    return this.tokens.openTotpSecret(fresh.totpSecret as string, user.id);
  }

  private readTotpSecret(user: User): string {
    try {
      return this.tokens.openTotpSecret(user.totpSecret as string, user.id);
    } catch (error) {
      this.logger.error(
        `The TOTP secret of ${user.username} cannot be decrypted: ${(error as Error).message}`,
      );
      throw authErrors.unauthenticated(
        'Your authenticator cannot be checked; ask an administrator to reset it',
      );
    }
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

function lockedUntil(user: User, now: Date): Date | null {
  return user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null;
}

function currentPasswordError(message: string) {
  return authErrors.invalid(message, [
    { path: 'currentPassword', code: 'custom', message, params: ruleParams('currentPasswordRejected') },
  ]);
}
