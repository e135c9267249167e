import { AUTH_POLICY } from './auth-policy';

/**
 * Failed sign-ins for usernames that have no account, counted like real accounts' so that they lock
 * the same way: otherwise "locked after 5 tries" would tell a guesser which usernames exist. In memory
 * and bounded; a restart forgets, which costs a guesser nothing they could use.
 */
export class UnknownUserLockout {
  private readonly entries = new Map<string, { failures: number; lockedUntil: number }>();

  constructor(private readonly maxEntries = 10_000) {}

  lockedUntil(username: string, now = Date.now()): Date | null {
    const entry = this.entries.get(username);
    return entry && entry.lockedUntil > now ? new Date(entry.lockedUntil) : null;
  }

  /** Counts a failure; returns the end of the lock when this failure starts one. */
  fail(username: string, now = Date.now()): Date | null {
    const entry = this.entries.get(username) ?? { failures: 0, lockedUntil: 0 };
    this.entries.delete(username);
    entry.failures += 1;
    let locked: Date | null = null;
    if (entry.failures >= AUTH_POLICY.maxFailedLogins) {
      entry.failures = 0;
      entry.lockedUntil = now + AUTH_POLICY.lockMs;
      locked = new Date(entry.lockedUntil);
    }
    this.entries.set(username, entry);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return locked;
  }
}
