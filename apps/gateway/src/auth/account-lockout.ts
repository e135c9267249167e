import { Injectable } from '@nestjs/common';
import { type EntityManager, raw } from '@mikro-orm/core';
import type { LoginRequest } from '@ascc/contracts';
import { UserAudit } from '../identity/user-audit';
import { User, bookkeeping } from '../identity/user.entity';
import { AUTH_POLICY } from './auth-policy';
import { authErrors } from './auth-errors';
import { verifyAgainstDummy } from './passwords';
import { UnknownUserLockout } from './unknown-user-lockout';

/** The account's lock, if it is locked now. */
export function lockedUntil(user: User, now: Date): Date | null {
  return user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null;
}

/**
 * The one lock per account that failed passwords and TOTP codes count towards, and the same lock kept
 * in memory for usernames that do not exist, so they get the same answers in the same time.
 */
@Injectable()
export class AccountLockout {
  private readonly unknownUsers = new UnknownUserLockout();

  constructor(private readonly audit: UserAudit) {}

  /**
   * Counts a failed password or code. The count is incremented and the lock set by two conditional
   * updates, so attempts racing in parallel cannot slip past the limit. Returns the lock's end when
   * this failure started one.
   */
  async recordFailure(em: EntityManager, user: User, now: Date, correlationId: string): Promise<Date | null> {
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

  /** The error for a username that does not exist, after the same password hashing a real one costs. */
  async refuseUnknownUser(input: LoginRequest, now: Date) {
    const locked = this.unknownUsers.lockedUntil(input.username, now.getTime());
    await verifyAgainstDummy(input.password);
    if (locked) return authErrors.locked(locked);
    const lock = this.unknownUsers.fail(input.username, now.getTime());
    return lock ? authErrors.locked(lock) : authErrors.badCredentials();
  }
}
