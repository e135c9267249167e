import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { LoginRequest, SecondFactorStep } from '@ascc/contracts';
import { User, bookkeeping } from '../identity/user.entity';
import { AccountLockout } from './account-lockout';
import { authErrors } from './auth-errors';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './passwords';
import { SecondFactorService } from './second-factor.service';
import { type AuthContext, SessionIssuer, type SignedIn } from './session-issuer';

export type LoginOutcome =
  ({ kind: 'signed-in' } & SignedIn) | { kind: 'second-factor'; body: SecondFactorStep };

/**
 * The first step of sign-in: username and password. Failed passwords slow the account name and the
 * address down (AccountLockout); a name without an account gets the same answers after the same
 * password-hash work, so neither the answer nor its time tells which names exist. A user with a second
 * factor (or an admin who must set one up) gets a challenge instead of a session.
 */
@Injectable()
export class PasswordSignInService {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly lockout: AccountLockout,
    private readonly secondFactor: SecondFactorService,
    private readonly issuer: SessionIssuer,
  ) {}

  async login(input: LoginRequest, ctx: AuthContext): Promise<LoginOutcome> {
    const now = new Date();
    const em = this.orm.em.fork();
    const attempt = { username: input.username, ip: ctx.client.ip, correlationId: ctx.correlationId };
    const delayed = await this.lockout.delayedUntil(em, input.username, ctx.client.ip, now);
    if (delayed) {
      // Not checked, even when right, until the delay ends; the same hashing work as a checked attempt.
      await verifyAgainstDummy(input.password);
      await this.lockout.recordDelayed(em, attempt, delayed);
      throw authErrors.locked(delayed, now);
    }
    const user = await em.findOne(User, { username: input.username });
    const right = user
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!user || !right) {
      const reason = user ? 'wrong-password' : 'unknown-user';
      await this.lockout.recordAttemptFailure(em, { ...attempt, user }, reason, now);
      throw authErrors.badCredentials();
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
    const step = await this.secondFactor.stepFor(em, user);
    if (step) return { kind: 'second-factor', body: step };
    return { kind: 'signed-in', ...(await this.issuer.signIn(em, user, ctx, now)) };
  }
}
