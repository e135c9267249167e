/**
 * Sliding-window limit per key (an address): at most `limit` events in any `windowMs`. In memory, so
 * per gateway copy: it slows one source down; the per-account lock is what stops a distributed guesser.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** Bound on remembered keys, so a flood of addresses cannot grow memory without end. */
    private readonly maxKeys = 50_000,
  ) {}

  /**
   * Records an attempt; returns 0 when allowed, else the milliseconds until the oldest attempt in the
   * window leaves it (refused attempts are not recorded, so waiting is always enough).
   */
  hit(key: string, now = Date.now()): number {
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return recent[0] + this.windowMs - now;
    }
    recent.push(now);
    // Re-inserting moves the key to the end: the map's first keys are the least recently seen.
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) this.evictLeastRecent();
    return 0;
  }

  private evictLeastRecent() {
    const keep = Math.floor(this.maxKeys * 0.9);
    for (const key of this.hits.keys()) {
      if (this.hits.size <= keep) break;
      this.hits.delete(key);
    }
  }
}

/** The per-address limit of the sign-in routes; LOGIN_RATE_LIMIT_PER_MINUTE overrides the default 10. */
export function loginRateLimiter(env: NodeJS.ProcessEnv = process.env): SlidingWindowLimiter {
  const configured = Number(env.LOGIN_RATE_LIMIT_PER_MINUTE);
  const limit = Number.isInteger(configured) && configured > 0 ? configured : 10;
  return new SlidingWindowLimiter(limit, 60_000);
}
