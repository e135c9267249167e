import { Inject, Injectable } from '@nestjs/common';
import { MikroORM, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type Caller, USER_ROUTES, type User as UserDto } from '@ascc/contracts';
import type { z } from 'zod';
import { authErrors } from '../auth/auth-errors';
import { hashPassword, passwordProblems } from '../auth/passwords';
import { SessionsService } from '../auth/sessions.service';
import { SignInThrottle, throttleKeys } from '../auth/sign-in-throttle';
import { UserAudit } from './user-audit';
import { applyMailPreferences, toUserDto } from './user-dto';
import { duplicate, findUser, selfLockoutProblems, stale } from './user-guards';
import { User } from './user.entity';

type Input<K extends keyof typeof USER_ROUTES> = z.infer<(typeof USER_ROUTES)[K]['input']>;

export interface AdminContext {
  caller: Caller;
  correlationId: string;
}

/**
 * What administrators change about users (USER_ROUTES create, update, reset-password; the guard has
 * checked identity.user.manage): each change audited in its transaction, sessions ended where it matters.
 */
@Injectable()
export class UserCommandsService {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly sessions: SessionsService,
    private readonly audit: UserAudit,
    private readonly throttle: SignInThrottle,
  ) {}

  async create(input: Input<'create'>, ctx: AdminContext): Promise<UserDto> {
    const problems = passwordProblems(input.password, input.username);
    if (problems.length) throw authErrors.invalid('The password does not meet the policy', problems);
    const em = this.orm.em.fork();
    if (await em.count(User, { username: input.username })) throw duplicate(input.username);
    const user = em.create(User, {
      username: input.username,
      displayName: input.displayName,
      agencyCode: input.agencyCode,
      roles: [...new Set(input.roles)],
      passwordHash: await hashPassword(input.password),
      // The administrator knows this password: it is good for one sign-in and a change.
      mustChangePassword: true,
    });
    applyMailPreferences(user, input);
    this.audit.record(
      {
        action: 'user.created',
        actor: ctx.caller,
        user,
        changes: {
          displayName: user.displayName,
          agencyCode: user.agencyCode,
          roles: user.roles,
          email: user.email,
          language: user.language,
          emailNotifications: user.emailNotifications,
        },
        correlationId: ctx.correlationId,
      },
      em,
    );
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw duplicate(input.username);
      throw error;
    }
    return toUserDto(user);
  }

  /**
   * Changes name, agency, roles or whether the account is active, on the version the administrator saw.
   * Deactivating signs the user out everywhere; so does granting admin to someone without TOTP, whose
   * next sign-in must then set it up.
   */
  async update(input: Input<'update'>, ctx: AdminContext): Promise<UserDto> {
    const em = this.orm.em.fork();
    const user = await findUser(em, input.id);
    if (user.version !== input.version) throw stale(user.username);
    if (user.id === ctx.caller.userId) {
      const fields = selfLockoutProblems(user, input);
      if (fields.length) throw authErrors.invalid('An administrator cannot lock themself out', fields);
    }
    const before = {
      displayName: user.displayName,
      agencyCode: user.agencyCode,
      roles: user.roles,
      active: user.active,
    };
    if (input.displayName !== undefined) user.displayName = input.displayName;
    if (input.agencyCode !== undefined) user.agencyCode = input.agencyCode;
    if (input.roles !== undefined) user.roles = [...new Set(input.roles)];
    if (input.active !== undefined) user.active = input.active;
    const changes = {
      ...Object.fromEntries(
        Object.entries(before)
          .filter(
            ([key, value]) => JSON.stringify(value) !== JSON.stringify(user[key as keyof typeof before]),
          )
          .map(([key, value]) => [key, [value, user[key as keyof typeof before]]]),
      ),
      ...applyMailPreferences(user, input),
    };
    if (!Object.keys(changes).length) return toUserDto(user);
    this.audit.record(
      { action: 'user.updated', actor: ctx.caller, user, changes, correlationId: ctx.correlationId },
      em,
    );
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof OptimisticLockError) throw stale(user.username);
      throw error;
    }
    const grantedAdmin = !before.roles.includes('admin') && user.roles.includes('admin') && !user.totpEnabled;
    if ((before.active && !user.active) || grantedAdmin) await this.sessions.revokeAllOfUser(user.id);
    return toUserDto(user);
  }

  /** Sets a new password the user must change at their next sign-in; ends their sessions, lifts a lock. */
  async resetPassword(input: Input<'resetPassword'>, ctx: AdminContext): Promise<{ ok: true }> {
    const em = this.orm.em.fork();
    const user = await findUser(em, input.id);
    const problems = passwordProblems(input.password, user.username);
    if (problems.length) throw authErrors.invalid('The password does not meet the policy', problems);
    user.passwordHash = await hashPassword(input.password);
    user.mustChangePassword = true;
    user.failedLogins = 0;
    user.lockedUntil = null;
    await this.throttle.reset(em, [throttleKeys.account(user.username)]);
    // A sign-in challenge issued for the old password dies with it.
    user.challengeVersion += 1;
    this.audit.record(
      {
        action: 'user.password-reset',
        actor: ctx.caller,
        user,
        changes: { mustChangePassword: true, sessionsRevoked: true },
        correlationId: ctx.correlationId,
      },
      em,
    );
    await em.flush();
    await this.sessions.revokeAllOfUser(user.id);
    return { ok: true };
  }
}
