import { Inject, Injectable, Logger } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import { AUTH_ROUTES, type SecondFactorStep } from '@ascc/contracts';
import type { z } from 'zod';
import { UserAudit } from '../identity/user-audit';
import { User, bookkeeping } from '../identity/user.entity';
import { AccountLockout, lockedUntil } from './account-lockout';
import { authErrors } from './auth-errors';
import { type AuthContext, SessionIssuer, type SignedIn } from './session-issuer';
import { TokensService } from './tokens.service';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp';

type TotpLogin = z.infer<typeof AUTH_ROUTES.loginTotp.input>;

const REUSED_OR_WRONG_CODE = 'Wrong code, or a code that was already used; wait for the next one';

/**
 * The TOTP second factor: the challenge after a good password, the enrolment an admin must finish,
 * and the code's check. Each code is good once; wrong codes count towards the account's lock.
 */
@Injectable()
export class SecondFactorService {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly tokens: TokensService,
    private readonly lockout: AccountLockout,
    private readonly issuer: SessionIssuer,
    private readonly audit: UserAudit,
  ) {}

  /** The step a user whose password was right must take next, or null when none is needed. */
  async stepFor(em: EntityManager, user: User): Promise<SecondFactorStep | null> {
    if (user.totpEnabled) {
      return { status: 'totp-required', challenge: await this.tokens.issueChallenge(user.id, 'verify') };
    }
    if (!user.roles.includes('admin')) return null;
    const secret = await this.pendingTotpSecret(em, user);
    return {
      status: 'totp-setup-required',
      challenge: await this.tokens.issueChallenge(user.id, 'setup'),
      totpSecret: secret,
      otpauthUri: otpauthUri(secret, user.username),
    };
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
      const lock = await this.lockout.recordFailure(em, user, now, ctx.correlationId);
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
    return this.issuer.signIn(em, user, ctx, now);
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
}
