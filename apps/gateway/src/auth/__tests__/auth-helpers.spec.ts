import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Request } from 'express';
import { clockTime } from '../auth-errors';
import { deriveKeys, loadAuthSecret } from '../auth-secret';
import { clearedRefreshCookie, parseCookies, refreshCookie } from '../cookies';
import { SlidingWindowLimiter } from '../rate-limit';
import { open, seal } from '../secret-box';
import { UnknownUserLockout } from '../unknown-user-lockout';

describe('auth helpers', () => {
  describe('cookies', () => {
    it('parses a Cookie header, first value of a name winning', () => {
      const cookies = parseCookies('a=1; ascc_refresh=tok%2Den; b="quoted"; a=2; junk; =x');
      expect(Object.fromEntries(cookies)).toEqual({ a: '1', ascc_refresh: 'tok-en', b: 'quoted' });
      expect(parseCookies(undefined).size).toBe(0);
    });

    it('sets the refresh cookie HttpOnly, SameSite=Strict, on /api/auth, Secure only over https or when told', () => {
      const http = { secure: false } as Request;
      const https = { secure: true } as Request;
      expect(refreshCookie(http, 'T', 43_200.7, {})).toBe(
        'ascc_refresh=T; Path=/api/auth; Max-Age=43200; HttpOnly; SameSite=Strict',
      );
      expect(refreshCookie(https, 'T', 60, {})).toMatch(/; Secure$/);
      expect(refreshCookie(http, 'T', 60, { COOKIE_SECURE: 'true' })).toMatch(/; Secure$/);
      expect(clearedRefreshCookie(http, {})).toMatch(/^ascc_refresh=; Path=\/api\/auth; Max-Age=0;/);
    });
  });

  describe(SlidingWindowLimiter.name, () => {
    it('allows the limit within a window, then refuses until the oldest attempt leaves it', () => {
      const limiter = new SlidingWindowLimiter(3, 60_000);
      const t0 = 1_000_000;
      expect([0, 10_000, 20_000].map((dt) => limiter.hit('ip', t0 + dt))).toEqual([0, 0, 0]);
      expect(limiter.hit('ip', t0 + 30_000)).toBe(30_000);
      expect(limiter.hit('other', t0 + 30_000)).toBe(0);
      expect(limiter.hit('ip', t0 + 60_001)).toBe(0);
    });

    it('forgets the least recent addresses beyond its bound', () => {
      const limiter = new SlidingWindowLimiter(1, 60_000, 10);
      for (let i = 0; i < 20; i++) limiter.hit(`ip${i}`, 1000);
      expect(limiter.hit('ip19', 1000)).toBeGreaterThan(0);
      expect(limiter.hit('ip0', 1000)).toBe(0);
    });
  });

  describe(UnknownUserLockout.name, () => {
    it('locks an unknown username after 5 failures for 15 minutes, like a real account', () => {
      const lockout = new UnknownUserLockout();
      const now = 5_000_000;
      for (let i = 0; i < 4; i++) expect(lockout.fail('ghost', now)).toBeNull();
      expect(lockout.fail('ghost', now)?.getTime()).toBe(now + 15 * 60_000);
      expect(lockout.lockedUntil('ghost', now + 60_000)).not.toBeNull();
      expect(lockout.lockedUntil('ghost', now + 15 * 60_000)).toBeNull();
    });
  });

  describe('secret box', () => {
    it('round-trips, and refuses another key or another record', () => {
      const key = randomBytes(32);
      const sealed = seal('JBSWY3DPEHPK3PXP', key, 'user-1');
      expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
      expect(open(sealed, key, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
      expect(() => open(sealed, randomBytes(32), 'user-1')).toThrow();
      expect(() => open(sealed, key, 'user-2')).toThrow();
    });
  });

  describe('auth secret', () => {
    const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-secret-'));

    it('refuses to start in production without AUTH_SECRET, or with a short one', () => {
      expect(() => loadAuthSecret({ NODE_ENV: 'production', DATA_DIR: tmp() })).toThrow(
        /AUTH_SECRET is required/,
      );
      expect(() => loadAuthSecret({ AUTH_SECRET: 'too short' })).toThrow(/at least 32 bytes/);
      expect(loadAuthSecret({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) })).toHaveLength(32);
    });

    it('generates one secret in DATA_DIR (mode 0600) and reuses it', () => {
      const dir = tmp();
      const first = loadAuthSecret({ DATA_DIR: dir });
      expect(loadAuthSecret({ DATA_DIR: dir })).toEqual(first);
      expect(fs.statSync(path.join(dir, 'auth-secret')).mode & 0o777).toBe(0o600);
      const keys = deriveKeys(first);
      expect(keys.jwt).toHaveLength(32);
      expect(keys.jwt.equals(keys.totp)).toBe(false);
    });
  });

  it('names lock ends in the province’s time, rounded up to the minute', () => {
    // 07:35:20 UTC is 14:35:20 in Hanoi (UTC+7): the lock has ended only after 14:36.
    expect(clockTime(new Date(Date.UTC(2026, 2, 2, 7, 35, 20)))).toBe('14:36');
    expect(clockTime(new Date(Date.UTC(2026, 2, 2, 17, 0, 0)))).toBe('00:00');
  });
});
