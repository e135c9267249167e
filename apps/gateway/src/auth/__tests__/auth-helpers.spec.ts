import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Request } from 'express';
import { clockTime } from '../auth-errors';
import { deriveKeys, loadAuthSecret, secretWeakness } from '../auth-secret';
import { clearedRefreshCookie, parseCookies, refreshCookie, refreshTokenOf } from '../cookies';
import { SlidingWindowLimiter } from '../rate-limit';
import { open, seal } from '../secret-box';
import { delayAfter } from '../sign-in-throttle';
import { trustProxySetting } from '../../http/trust-proxy';

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
      expect(refreshTokenOf({ headers: { cookie: 'ascc_refresh=T' } } as Request, {})).toBe('T');
    });

    it('in production names it __Host-ascc_refresh, Secure, for Path=/ and no Domain, even over http', () => {
      const http = { secure: false, headers: {} } as Request;
      const production = { NODE_ENV: 'production' };
      expect(refreshCookie(http, 'T', 60, production)).toBe(
        '__Host-ascc_refresh=T; Path=/; Max-Age=60; HttpOnly; SameSite=Strict; Secure',
      );
      expect(clearedRefreshCookie(http, production)).toMatch(
        /^__Host-ascc_refresh=; Path=\/; Max-Age=0;.*; Secure$/,
      );
      expect(refreshCookie(http, 'T', 60, production)).not.toMatch(/Domain=/i);
      // Read back under its own name only: a plain ascc_refresh planted over http is not the session's.
      const planted = { headers: { cookie: 'ascc_refresh=PLANTED; __Host-ascc_refresh=T' } } as Request;
      expect(refreshTokenOf(planted, production)).toBe('T');
      expect(
        refreshTokenOf({ headers: { cookie: 'ascc_refresh=PLANTED' } } as Request, production),
      ).toBeUndefined();
      // A test installation on plain http may opt out, explicitly.
      expect(refreshCookie(http, 'T', 60, { ...production, COOKIE_SECURE: 'false' })).toMatch(
        /^ascc_refresh=T; Path=\/api\/auth;/,
      );
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

  describe('sign-in delays', () => {
    it('lets 5 failures pass, then doubles the wait from 2 seconds up to 15 minutes, never more', () => {
      expect([1, 2, 3, 4].map((n) => delayAfter(n, 5))).toEqual([0, 0, 0, 0]);
      expect([5, 6, 7, 8].map((n) => delayAfter(n, 5))).toEqual([2_000, 4_000, 8_000, 16_000]);
      expect(delayAfter(14, 5)).toBe(15 * 60_000);
      expect(delayAfter(10_000, 5)).toBe(15 * 60_000);
    });
  });

  describe('TRUST_PROXY', () => {
    it('trusts nobody when unset, a hop count, or the addresses and CIDRs it lists', () => {
      expect(trustProxySetting({})).toBe(false);
      expect(trustProxySetting({ TRUST_PROXY: '1' })).toBe(1);
      expect(trustProxySetting({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,loopback' })).toEqual([
        '10.0.0.5',
        '10.1.0.0/16',
        '::1',
        'loopback',
      ]);
    });

    it('refuses to start with TRUST_PROXY=true (every hop trusted) or anything unreadable', () => {
      expect(() => trustProxySetting({ TRUST_PROXY: 'true' })).toThrow(/trusts every hop.*TRUST_PROXY=1/);
      expect(() => trustProxySetting({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/"10.0.0.0\/33"/);
      expect(() => trustProxySetting({ TRUST_PROXY: 'proxy.internal' })).toThrow(/not a hop count/);
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
      expect(() => loadAuthSecret({ AUTH_SECRET: 'too short but random-ish: 9f3Kq' })).toThrow(
        /shorter than 32 bytes/,
      );
      const good = randomBytes(48).toString('base64');
      expect(loadAuthSecret({ NODE_ENV: 'production', AUTH_SECRET: good }).toString()).toBe(good);
    });

    it('refuses the example file’s placeholder and secrets of little variety, with the reason', () => {
      const example = fs.readFileSync(
        path.join(__dirname, '../../../../../infra/deploy/systemd/gateway.env.example'),
        'utf8',
      );
      const placeholder = /^AUTH_SECRET=(.*)$/m.exec(example)?.[1] as string;
      expect(placeholder).toMatch(/CHANGE-ME/);
      for (const weak of [
        placeholder,
        `${randomBytes(24).toString('base64')}CHANGE-ME`,
        'x'.repeat(64),
        'ab'.repeat(32),
        '0123456789abcdef'.repeat(3),
      ]) {
        expect(() => loadAuthSecret({ NODE_ENV: 'production', AUTH_SECRET: weak })).toThrow(
          /AUTH_SECRET is refused: .*openssl rand/,
        );
      }
      expect(secretWeakness('x'.repeat(64))).toMatch(/different characters/);
      expect(secretWeakness('0123456789abcdef'.repeat(3))).toMatch(/pattern repeated/);
      expect(secretWeakness('integration-test-secret-of-more-than-32-bytes')).toBeNull();
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

  it('names delay ends in the province’s time, rounded up to the minute or the second', () => {
    expect(clockTime(new Date(Date.UTC(2026, 2, 2, 7, 35, 20, 1)), true)).toBe('14:35:21');
    // 07:35:20 UTC is 14:35:20 in Hanoi (UTC+7): the lock has ended only after 14:36.
    expect(clockTime(new Date(Date.UTC(2026, 2, 2, 7, 35, 20)))).toBe('14:36');
    expect(clockTime(new Date(Date.UTC(2026, 2, 2, 17, 0, 0)))).toBe('00:00');
  });
});
