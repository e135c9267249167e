import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { LoginRequest, SecondFactorStep } from '@ascc/contracts';
import { User, bookkeeping } from '../identity/user.entity';
import { AccountLockout, lockedUntil } from './account-lockout';
import { authErrors } from './auth-errors';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './passwords';
import { SecondFactorService } from './second-factor.service';
import { type AuthContext, SessionIssuer, type SignedIn } from './session-issuer';

export type LoginOutcome =
  ({ kind: 'signed-in' } & SignedIn) | { kind: 'second-factor'; body: SecondFactorStep };

/**
 * The first step of sign-in: username and password. Failed passwords count towards the account's
 * lock; unknown usernames get the same answers, in the same time. A user with a second factor (or an
 * admin who must set one up) gets a challenge instead of a session.
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
    const user = await em.findOne(User, { username: input.username });
    if (!user) throw await this.lockout.refuseUnknownUser(input, now);
    if (lockedUntil(user, now)) {
      await verifyAgainstDummy(input.password);
      throw authErrors.locked(user.lockedUntil as Date);
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const lock = await this.lockout.recordFailure(em, user, now, ctx.correlationId);
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
    const step = await this.secondFactor.stepFor(em, user);
    if (step) return { kind: 'second-factor', body: step };
    return { kind: 'signed-in', ...(await this.issuer.signIn(em, user, ctx, now)) };
  }
}
