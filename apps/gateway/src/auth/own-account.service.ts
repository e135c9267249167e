import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { AUTH_ROUTES, type Caller, type SessionUser, ruleParams } from '@ascc/contracts';
import type { z } from 'zod';
import { UserAudit } from '../identity/user-audit';
import { applyMailPreferences, toSessionUser } from '../identity/user-dto';
import { User } from '../identity/user.entity';
import { AccountLockout, lockedUntil } from './account-lockout';
import { authErrors } from './auth-errors';
import { hashPassword, passwordProblems, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';
import type { AuthContext } from './session-issuer';

type ChangePassword = z.infer<typeof AUTH_ROUTES.changePassword.input>;
type UpdateMailPreferences = z.infer<typeof AUTH_ROUTES.updateMailPreferences.input>;

/** The signed-in person's own account: who they are ("me") and changing their own password. */
@Injectable()
export class OwnAccountService {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly sessions: SessionsService,
    private readonly lockout: AccountLockout,
    private readonly audit: UserAudit,
  ) {}

  async me(caller: Caller): Promise<SessionUser> {
    const user = await this.orm.em.fork().findOne(User, { id: caller.userId });
    if (!user) throw authErrors.unauthenticated('Sign-in required');
    return toSessionUser(user);
  }

  /** The caller's own e-mail address, language of e-mails and switch; audited like other user changes. */
  async updateMailPreferences(
    caller: Caller,
    input: UpdateMailPreferences,
    ctx: Pick<AuthContext, 'correlationId'>,
  ): Promise<SessionUser> {
    const em = this.orm.em.fork();
    const user = await em.findOne(User, { id: caller.userId });
    if (!user) throw authErrors.unauthenticated('Sign-in required');
    const changes = applyMailPreferences(user, { ...input, email: input.email ?? null });
    if (Object.keys(changes).length) {
      this.audit.record(
        { action: 'user.updated', actor: caller, user, changes, correlationId: ctx.correlationId },
        em,
      );
      await em.flush();
    }
    return toSessionUser(user);
  }

  /**
   * Changes the caller's own password; their other sign-ins end, this one stays. A wrong current
   * password counts towards the account's lock like a failed sign-in.
   */
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
      const lock = await this.lockout.recordFailure(
        em,
        user,
        now,
        ctx.correlationId,
        'wrong-current-password',
        ctx.client.ip,
      );
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
    // A sign-in challenge issued for the old password dies with it.
    user.challengeVersion += 1;
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
}

function currentPasswordError(message: string) {
  return authErrors.invalid(message, [
    { path: 'currentPassword', code: 'custom', message, params: ruleParams('currentPasswordRejected') },
  ]);
}
