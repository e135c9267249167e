import { Injectable } from '@nestjs/common';
import { type EntityManager, raw } from '@mikro-orm/core';
import { type SignInAuditEvent, UserAudit } from '../identity/user-audit';
import { User, bookkeeping } from '../identity/user.entity';
import { SignInThrottle, throttleKeys } from './sign-in-throttle';

/**
 * The account's current delay, if one holds now: a copy of its throttle row's (kept on the user for
 * the second-factor step, which has the user in hand, and for the administrators' list).
 */
export function lockedUntil(user: User, now: Date): Date | null {
  return user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null;
}

/** Why an attempt failed, as the audit records it. */
export type FailureReason = 'wrong-password' | 'unknown-user' | 'wrong-code' | 'wrong-current-password';

export interface Attempt {
  /** The account name as given (the contract has lower-cased it), whether or not an account has it. */
  username: string;
  /** The account, when one has that name. */
  user?: User | null;
  /** The client's address (req.ip, as TRUST_PROXY reads it), when the attempt came from a sign-in route. */
  ip?: string;
  correlationId?: string;
}

/**
 * Failed passwords and codes slow an account name and an address down with growing delays (see
 * SignInThrottle), the same for names that have no account, and each failure, delay and refused attempt
 * is written to the identity audit log. The name is kept for the callers that count failures.
 */
@Injectable()
export class AccountLockout {
  constructor(
    private readonly throttle: SignInThrottle,
    private readonly audit: UserAudit,
  ) {}

  /** The end of the delay that holds now for this name or this address, or null. */
  delayedUntil(em: EntityManager, username: string, ip: string | undefined, now: Date): Promise<Date | null> {
    return this.throttle.blockedUntil(em, [throttleKeys.account(username), throttleKeys.address(ip)], now);
  }

  /**
   * Counts a failed password or code of an existing account. Returns the end of the account's delay
   * when this failure started one (the signature the second-factor and password-change steps use).
   */
  async recordFailure(
    em: EntityManager,
    user: User,
    now: Date,
    correlationId: string,
    reason: FailureReason = 'wrong-code',
    ip?: string,
  ): Promise<Date | null> {
    return this.recordAttemptFailure(em, { username: user.username, user, ip, correlationId }, reason, now);
  }

  /** Counts a failed attempt of a name, with or without an account; returns the account's new delay. */
  async recordAttemptFailure(
    em: EntityManager,
    attempt: Attempt,
    reason: FailureReason,
    now: Date,
  ): Promise<Date | null> {
    const accountKey = throttleKeys.account(attempt.username);
    const keys = attempt.ip === undefined ? [accountKey] : [accountKey, throttleKeys.address(attempt.ip)];
    const delays = await this.throttle.fail(em, keys, now);
    const accountDelay = delays.get(accountKey) ?? null;
    if (attempt.user) {
      await em.nativeUpdate(
        User,
        { id: attempt.user.id },
        bookkeeping({
          failedLogins: raw('failed_logins + 1'),
          ...(accountDelay ? { lockedUntil: accountDelay } : {}),
        }),
      );
    }
    const delayed = [...delays.values()].reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);
    await this.write(em, 'sign-in.failed', attempt, { reason, delayedUntil: delayed?.toISOString() });
    return accountDelay;
  }

  /** Records an attempt refused because a delay held (its password was not checked). */
  async recordDelayed(em: EntityManager, attempt: Attempt, until: Date): Promise<void> {
    await this.write(em, 'sign-in.delayed', attempt, { until: until.toISOString() });
  }

  private async write(
    em: EntityManager,
    event: SignInAuditEvent,
    attempt: Attempt,
    details: Record<string, string | undefined>,
  ) {
    // Its own unit of work: the caller's may hold changes that must not be flushed by a failure.
    const audit = em.fork();
    this.audit.recordSignIn(
      {
        event,
        username: attempt.username,
        user: attempt.user,
        address: attempt.ip,
        details,
        correlationId: attempt.correlationId,
      },
      audit,
    );
    await audit.flush();
  }
}
