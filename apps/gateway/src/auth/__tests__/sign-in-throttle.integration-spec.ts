import { type ChildProcess, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { AuditEntry, Page, ServiceErrorBody, Session } from '@ascc/contracts';
import { REPO_ROOT, type Stack, startGatewayCopy, startStack, stopChild } from '@ascc/testing';
import { totp } from '../totp';

/**
 * Sign-in that cannot be turned against its users, on two copies of the gateway sharing one database:
 * copy A as in development, copy B with NODE_ENV=production. Both trust one proxy hop (TRUST_PROXY=1):
 * the test is that proxy, so the last X-Forwarded-For entry is the client's address.
 */
const AUTH_SECRET = randomBytes(48).toString('base64');
const ADMIN_PASSWORD = 'Uy ban nhan dan tinh 2025';
const VIEWER_PASSWORD = 'Mat khau ban dau 2025';
const DELAY_MESSAGE = /^Too many failed sign-ins; try again after \d\d:\d\d:\d\d$/;

interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  cookies: string[];
}

let lastAddress = 0;
/** A fresh client address for each attempt that must not share another's per-address count. */
const address = () => `198.51.100.${++lastAddress}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function call<T = unknown>(
  base: string,
  method: string,
  url: string,
  options: { body?: unknown; token?: string; cookie?: string; forwardedFor?: string } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { 'x-forwarded-for': options.forwardedFor ?? address() };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const res = await fetch(`${base}${url}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return {
    status: res.status,
    body: (await res.json()) as T,
    headers: res.headers,
    cookies: res.headers.getSetCookie(),
  };
}

/** An error's body without what differs between two answers anyway (correlation id, the clock time). */
function comparable(body: unknown) {
  const { correlationId: _, ...rest } = body as ServiceErrorBody;
  return JSON.parse(JSON.stringify(rest).replace(/\d\d:\d\d:\d\d/g, 'HH:MM:SS'));
}

describe.each(['sqlite', 'postgresql'] as const)(
  'sign-in throttling on two gateway copies (%s)',
  (database) => {
    let stack: Stack;
    let copyB: { url: string; child: ChildProcess } | undefined;
    let a: string;
    let b: string;
    let adminToken: string;

    beforeAll(async () => {
      stack = await startStack({
        database,
        env: {
          AUTH_SECRET,
          LOG_LEVEL: 'silent',
          TRUST_PROXY: '1',
          // The per-copy in-memory brake is not what these tests are about.
          LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        },
      });
      a = stack.url;
      copyB = await startGatewayCopy(stack, { NODE_ENV: 'production' });
      b = copyB.url;

      const run = spawnSync(
        process.execPath,
        [
          path.join(REPO_ROOT, 'dist', 'tools', 'create-admin.js'),
          '--username',
          'audit.admin',
          '--agency',
          'VPUBND',
        ],
        { cwd: REPO_ROOT, encoding: 'utf8', env: { ...stack.env, ADMIN_PASSWORD } },
      );
      expect(run.status).toBe(0);
      const secret = /secret: ([A-Z2-7]{32})/.exec(run.stdout)?.[1] as string;
      const first = await call<{ challenge: string }>(a, 'POST', '/api/auth/login', {
        body: { username: 'audit.admin', password: ADMIN_PASSWORD },
      });
      const done = await call<Session>(a, 'POST', '/api/auth/login/totp', {
        body: { challenge: first.body.challenge, code: totp(secret) },
      });
      expect(done.status).toBe(200);
      adminToken = done.body.accessToken;
      const created = await call(a, 'POST', '/api/identity/users', {
        token: adminToken,
        body: {
          username: 'throttle.viewer',
          displayName: 'Throttle Viewer',
          agencyCode: 'SNV',
          roles: ['viewer'],
          password: VIEWER_PASSWORD,
        },
      });
      expect(created.status).toBe(201);
    }, 180_000);

    afterAll(async () => {
      if (copyB) await stopChild(copyB.child);
      await stack?.stop();
    });

    const login = (base: string, username: string, password: string, forwardedFor?: string) =>
      call<ServiceErrorBody | Session>(base, 'POST', '/api/auth/login', {
        body: { username, password },
        forwardedFor,
      });

    async function auditOf(username: string): Promise<AuditEntry[]> {
      const reply = await call<Page<AuditEntry>>(
        a,
        'GET',
        `/api/identity/audit?entity=SignIn&username=${username}&pageSize=100`,
        { token: adminToken },
      );
      expect(reply.status).toBe(200);
      return reply.body.items;
    }
    const after = (entry: AuditEntry, field: string) => entry.changes[field]?.after;

    it('shares the delay between copies, answers a known and an unknown name alike, and lifts it in time', async () => {
      const known: Reply[] = [];
      const unknown: Reply[] = [];
      // Five failures of each name, spread over both copies and many addresses.
      for (let i = 1; i <= 5; i++) {
        known.push(await login(i % 2 ? a : b, 'throttle.viewer', `wrong password ${i}`));
        unknown.push(await login(i % 2 ? b : a, 'nobody.shared', `wrong password ${i}`));
      }
      for (const reply of [...known, ...unknown]) {
        expect(reply.status).toBe(401);
        expect(comparable(reply.body)).toEqual(comparable(known[0].body));
      }

      // The right password, on the other copy and from a fresh address, waits like a wrong name does.
      const right = await login(b, 'throttle.viewer', VIEWER_PASSWORD);
      const nobody = await login(a, 'nobody.shared', 'anything at all');
      for (const reply of [right, nobody]) {
        expect(reply.status).toBe(429);
        expect(reply.body).toMatchObject({
          code: 'RATE_LIMITED',
          message: expect.stringMatching(DELAY_MESSAGE),
        });
        expect(Number(reply.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      }
      expect(comparable(right.body)).toEqual(comparable(nobody.body));

      // Never for good: after Retry-After the right password signs in, and the count starts again.
      await sleep(Number(right.headers.get('retry-after')) * 1000 + 100);
      const signedIn = await login(b, 'throttle.viewer', VIEWER_PASSWORD);
      expect(signedIn.status).toBe(200);
      expect((await login(a, 'throttle.viewer', 'wrong password 6')).status).toBe(401);

      // The unknown name's next failure doubles its delay.
      await sleep(Number(nobody.headers.get('retry-after')) * 1000 + 100);
      expect((await login(b, 'nobody.shared', 'wrong password 6')).status).toBe(401);
      const longer = await login(a, 'nobody.shared', 'wrong password 7');
      expect(longer.status).toBe(429);
      expect(Number(longer.headers.get('retry-after'))).toBeGreaterThan(
        Number(nobody.headers.get('retry-after')),
      );
    });

    it('delays an address after 20 failures across names, and a forged X-Forwarded-For does not escape it', async () => {
      const client = address();
      for (let i = 1; i <= 20; i++) {
        // The client writes its own X-Forwarded-For; the trusted proxy appends the address it saw.
        const reply = await login(
          i % 2 ? a : b,
          `probe.${i}`,
          'wrong password!',
          `203.0.113.${i}, ${client}`,
        );
        expect(reply.status).toBe(401);
      }
      const right = await login(b, 'throttle.viewer', VIEWER_PASSWORD, `203.0.113.99, ${client}`);
      expect(right.status).toBe(429);
      expect(right.body).toMatchObject({ code: 'RATE_LIMITED' });
      // Another address is not held back.
      expect((await login(a, 'throttle.viewer', VIEWER_PASSWORD)).status).toBe(200);

      const [probe] = await auditOf('probe.7');
      expect(after(probe, 'address')).toBe(client);
      const delayed = (await auditOf('throttle.viewer')).find(
        (e) => after(e, 'event') === 'sign-in.delayed' && after(e, 'address') === client,
      );
      expect(delayed).toBeDefined();
    });

    it('audits failed sign-ins, delays and sign-outs in the database, never the password', async () => {
      const known = await auditOf('throttle.viewer');
      const failed = known.filter((e) => after(e, 'event') === 'sign-in.failed');
      expect(failed.length).toBeGreaterThanOrEqual(6);
      expect(failed[0]).toMatchObject({ entity: 'SignIn', entityId: 'throttle.viewer', agencyCode: 'SNV' });
      expect(failed.map((e) => after(e, 'reason'))).toContain('wrong-password');
      expect(failed.every((e) => /^198\.51\.100\.\d+$/.test(String(after(e, 'address'))))).toBe(true);
      expect(failed.some((e) => after(e, 'delayedUntil'))).toBe(true);
      expect(known.some((e) => after(e, 'event') === 'sign-in.delayed')).toBe(true);

      const unknown = await auditOf('nobody.shared');
      expect(
        unknown.filter((e) => after(e, 'event') === 'sign-in.failed').map((e) => after(e, 'reason')),
      ).toEqual(Array(6).fill('unknown-user'));
      expect(unknown[0]).toMatchObject({ userId: '', agencyCode: '' });
      expect(JSON.stringify([...known, ...unknown])).not.toMatch(/wrong password|anything at all|Mat khau/);

      // A sign-out on the production copy, with its __Host- cookie.
      const ip = address();
      const session = await login(b, 'throttle.viewer', VIEWER_PASSWORD, ip);
      const cookie = session.cookies.find((c) => c.startsWith('__Host-ascc_refresh='))?.split(';')[0];
      expect(cookie).toBeDefined();
      const out = await call(b, 'POST', '/api/auth/logout', {
        cookie,
        token: (session.body as Session).accessToken,
        forwardedFor: ip,
      });
      expect(out.status).toBe(200);
      const signedOut = (await auditOf('throttle.viewer')).find((e) => after(e, 'event') === 'signed-out');
      expect(signedOut).toMatchObject({ username: 'throttle.viewer', changes: { address: { after: ip } } });
    });

    it('sets the refresh cookie Secure and __Host- in production, plain on /api/auth in development', async () => {
      const prod = await login(b, 'throttle.viewer', VIEWER_PASSWORD);
      expect(prod.status).toBe(200);
      const secure = prod.cookies.find((c) => c.includes('ascc_refresh=')) as string;
      expect(secure).toMatch(
        /^__Host-ascc_refresh=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict; Secure$/,
      );
      // The production copy reads it back (a refresh rotates it).
      const refreshed = await call(b, 'POST', '/api/auth/refresh', { cookie: secure.split(';')[0] });
      expect(refreshed.status).toBe(200);
      expect(refreshed.cookies[0]).toMatch(/^__Host-ascc_refresh=.*; Secure$/);

      const dev = await login(a, 'throttle.viewer', VIEWER_PASSWORD);
      const plain = dev.cookies.find((c) => c.includes('ascc_refresh=')) as string;
      expect(plain).toMatch(
        /^ascc_refresh=[A-Za-z0-9_-]{43}; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict$/,
      );
    });

    if (database === 'sqlite') {
      it('refuses to start with TRUST_PROXY=true or the example file’s AUTH_SECRET, saying why', async () => {
        await expect(startGatewayCopy(stack, { TRUST_PROXY: 'true', LOG_LEVEL: 'log' })).rejects.toThrow(
          /TRUST_PROXY=true trusts every hop/,
        );
        await expect(
          startGatewayCopy(stack, { AUTH_SECRET: 'CHANGE-ME-at-least-32-random-bytes', LOG_LEVEL: 'log' }),
        ).rejects.toThrow(/AUTH_SECRET is refused: it is \(or contains\) a placeholder/);
      });
    }
  },
);
