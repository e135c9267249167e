import { Injectable } from '@nestjs/common';
import { type EntityManager, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { SignInThrottleEntry } from '../identity/sign-in-throttle.entity';
import { AUTH_POLICY } from './auth-policy';

/** The throttle's keys: an account name (existing or not, as the contract lower-cases it) and an address. */
export const throttleKeys = {
  account: (username: string) => `account:${username.trim().toLowerCase()}`.slice(0, 80),
  address: (ip: string | undefined) => `address:${ip || 'unknown'}`.slice(0, 80),
};

/**
 * The wait after a key's `failures`-th failure: none while fewer than `free`, then `firstDelayMs`,
 * doubling with each further failure up to `maxDelayMs`.
 */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(AUTH_POLICY.firstDelayMs * 2 ** Math.min(failures - free, 30), AUTH_POLICY.maxDelayMs);
}

function freeFailures(key: string): number {
  return key.startsWith('address:') ? AUTH_POLICY.freeFailuresPerAddress : AUTH_POLICY.freeFailuresPerAccount;
}

/**
 * Growing delays after failed sign-ins, per account name and per address, kept in the gateway's
 * database: every copy of the gateway reads and writes the same rows, and a restart forgets nothing.
 * Counts are bumped by conditional native updates, so failures racing on two copies are all counted.
 * Attempts refused during a delay are not counted: hammering does not lengthen it.
 */
@Injectable()
export class SignInThrottle {
  /** The latest end of a delay that holds now for any of `keys`, or null. */
  async blockedUntil(em: EntityManager, keys: string[], now: Date): Promise<Date | null> {
    const rows = await em
      .fork()
      .find(SignInThrottleEntry, { key: { $in: keys }, blockedUntil: { $gt: now } });
    return latest(rows.map((row) => row.blockedUntil));
  }

  /** Counts one failure for each key; returns, per key, the end of the delay this failure starts. */
  async fail(em: EntityManager, keys: string[], now: Date): Promise<Map<string, Date | null>> {
    const delays = new Map<string, Date | null>();
    for (const key of keys) {
      const delay = delayAfter(await this.count(em, key, now), freeFailures(key));
      const until = delay ? new Date(now.getTime() + delay) : null;
      if (until) {
        await em.nativeUpdate(
          SignInThrottleEntry,
          { key, $or: [{ blockedUntil: null }, { blockedUntil: { $lt: until } }] },
          { blockedUntil: until },
        );
      }
      delays.set(key, until);
    }
    if (Math.random() < 0.01) await this.forgetOld(em, now);
    return delays;
  }

  /** A good sign-in ends its account's delay and count. */
  async reset(em: EntityManager, keys: string[]): Promise<void> {
    await em.nativeDelete(SignInThrottleEntry, { key: { $in: keys } });
  }

  private async count(em: EntityManager, key: string, now: Date): Promise<number> {
    await (em as SqlEntityManager)
      .createQueryBuilder(SignInThrottleEntry)
      .insert({ key, failures: 0, lastFailureAt: now })
      .onConflict('key')
      .ignore()
      .execute();
    const forgetBefore = new Date(now.getTime() - AUTH_POLICY.throttleMemoryMs);
    await em.nativeUpdate(
      SignInThrottleEntry,
      { key, lastFailureAt: { $lt: forgetBefore } },
      { failures: 0, blockedUntil: null },
    );
    await em.nativeUpdate(
      SignInThrottleEntry,
      { key },
      { failures: raw('failures + 1'), lastFailureAt: now },
    );
    const row = await em.fork().findOneOrFail(SignInThrottleEntry, { key });
    return row.failures;
  }

  private async forgetOld(em: EntityManager, now: Date) {
    await em.nativeDelete(SignInThrottleEntry, {
      lastFailureAt: { $lt: new Date(now.getTime() - AUTH_POLICY.throttleMemoryMs) },
      $or: [{ blockedUntil: null }, { blockedUntil: { $lt: now } }],
    });
  }
}

function latest(dates: (Date | null)[]): Date | null {
  let result: Date | null = null;
  for (const date of dates) if (date && (!result || date > result)) result = date;
  return result;
}
