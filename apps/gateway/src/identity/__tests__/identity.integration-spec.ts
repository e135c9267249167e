import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  AuditEntry,
  LoginResponse,
  Page,
  ServiceErrorBody,
  Session,
  SessionUser,
  User,
} from '@ascc/contracts';
import { REPO_ROOT, type Stack, startStack } from '@ascc/testing';
import { totp } from '../../auth/totp';

const DEMO_PASSWORD = 'Demo-Thai-Binh-2025';
const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const DELAY_MESSAGE = /^Too many failed sign-ins; try again after \d\d:\d\d:\d\d$/;

interface Reply<T> {
  status: number;
  body: T;
  headers: Headers;
  /** The refresh cookie the answer set, as `ascc_refresh=…` (empty value when it was cleared). */
  refreshCookie?: string;
  setCookie?: string;
}

interface CallOptions {
  body?: unknown;
  token?: string;
  cookie?: string;
  /** The client's address: the gateway trusts one proxy hop here (TRUST_PROXY=1), the test being it. */
  ip?: string;
}

function client(stack: () => Stack) {
  let lastAddress = 0;
  /** A fresh client address, so one test's sign-in attempts do not use up another's per-address limit. */
  const address = () => `198.51.100.${++lastAddress}`;

  async function call<T = unknown>(
    method: string,
    url: string,
    options: CallOptions = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { 'x-forwarded-for': options.ip ?? address() };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    const res = await fetch(`${stack().url}${url}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('ascc_refresh='));
    return {
      status: res.status,
      body: (await res.json()) as T,
      headers: res.headers,
      setCookie,
      refreshCookie: setCookie?.split(';')[0],
    };
  }

  const login = (username: string, password: string, ip?: string) =>
    call<LoginResponse | ServiceErrorBody>('POST', '/api/auth/login', { body: { username, password }, ip });

  /** Signs in a user without a second factor; fails the test otherwise. */
  async function signIn(username: string, password = DEMO_PASSWORD, ip?: string) {
    const reply = await login(username, password, ip);
    expect(reply.status).toBe(200);
    const session = reply.body as Session;
    expect(session.status).toBe('signed-in');
    return { token: session.accessToken, cookie: reply.refreshCookie as string, user: session.user };
  }

  return { call, login, signIn, address };
}

describe('identity: sign-in, sessions and users over HTTP (embedded default, demo users)', () => {
  let stack: Stack;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-identity-'));
  const { call, login, signIn, address } = client(() => stack);

  beforeAll(async () => {
    stack = await startStack({
      dataDir,
      env: { DEMO_PASSWORD, DEMO_TOTP_SECRET, LOG_LEVEL: 'silent', TRUST_PROXY: '1' },
    });
  }, 120_000);
  afterAll(() => stack?.stop());

  let admin: { token: string; userId: string } | undefined;

  it('signs the admin in only with the TOTP code of their authenticator', async () => {
    const ip = address();
    const first = await login('admin', DEMO_PASSWORD, ip);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ status: 'totp-required', challenge: expect.any(String) });
    // No session exists yet: no refresh cookie, and the challenge is no access token.
    expect(first.setCookie).toBeUndefined();
    const { challenge } = first.body as { challenge: string };
    expect((await call('GET', '/api/auth/me', { token: challenge })).status).toBe(401);

    const code = totp(DEMO_TOTP_SECRET);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const refused = await call<ServiceErrorBody>('POST', '/api/auth/login/totp', {
      body: { challenge, code: wrong },
      ip,
    });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');

    const second = await call<Session>('POST', '/api/auth/login/totp', { body: { challenge, code }, ip });
    expect(second.status).toBe(200);
    expect(second.body.status).toBe('signed-in');
    expect(second.body.user).toMatchObject({ username: 'admin', agencyCode: 'VPUBND', roles: ['admin'] });
    expect(second.setCookie).toMatch(
      /^ascc_refresh=[A-Za-z0-9_-]{43}; Path=\/api\/auth; Max-Age=43200; HttpOnly; SameSite=Strict/,
    );
    admin = { token: second.body.accessToken, userId: second.body.user.id };

    // The same challenge again is refused: it was used up by the sign-in.
    const replay = await call<ServiceErrorBody>('POST', '/api/auth/login/totp', {
      body: { challenge, code },
      ip,
    });
    expect(replay.status).toBe(401);
    expect(replay.body.message).toMatch(/no longer valid/);
    // The same code with a new challenge is refused too, even within its 30 seconds.
    const again = await login('admin', DEMO_PASSWORD, ip);
    const reused = await call<ServiceErrorBody>('POST', '/api/auth/login/totp', {
      body: { challenge: (again.body as { challenge: string }).challenge, code },
      ip,
    });
    expect(reused.status).toBe(401);
    expect(reused.body.message).toMatch(/already used/);
  });

  it('signs a demo editor in; /api/auth/me then names them, and their department list answers', async () => {
    // Foreign Affairs' editor: no role of theirs requires a second factor (Home Affairs' editor's does).
    const reply = await login('SNGV.Editor', DEMO_PASSWORD);
    expect(reply.status).toBe(200);
    const session = reply.body as Session;
    expect(session).toMatchObject({ status: 'signed-in', expiresIn: 900 });
    expect(session.accessToken.split('.')).toHaveLength(3);
    expect(reply.setCookie).toContain('HttpOnly');
    expect(reply.headers.get('cache-control')).toBe('no-store');

    const me = await call<SessionUser>('GET', '/api/auth/me', { token: session.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: expect.any(String),
      username: 'sngv.editor',
      displayName: expect.stringContaining('Sở Ngoại vụ'),
      agencyCode: 'SNGV',
      roles: ['editor'],
      totpEnabled: false,
      mustChangePassword: false,
      email: null,
      language: 'vi',
      emailNotifications: true,
    });
    const courses = await call<Page<unknown>>('GET', '/api/training/courses', { token: session.accessToken });
    expect(courses.status).toBe(200);
    expect(Array.isArray(courses.body.items)).toBe(true);
  });

  it('refuses a department route without a token, or with a forged one, with 401', async () => {
    const none = await call<ServiceErrorBody>('GET', '/api/training/courses');
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, message: 'Sign-in required' });
    expect(none.body.correlationId).toEqual(expect.any(String));

    const { token } = await signIn('snv.viewer');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const raised = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    const forged = await call('GET', '/api/identity/users', { token: `${header}.${raised}.${signature}` });
    expect(forged.status).toBe(401);
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expect((await call('GET', '/api/training/courses', { token: unsigned })).status).toBe(401);
    expect((await call('GET', '/api/training/courses', { token })).status).toBe(200);
  });

  it('delays an account after 5 failed passwords (429, Retry-After), even for the right password, never for good', async () => {
    const ip = address();
    for (let i = 1; i <= 5; i++) {
      const reply = await login('sngv.viewer', `wrong password ${i}`, ip);
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong username or password' });
    }
    // From another address too: the delay is the account's.
    const right = await login('sngv.viewer', DEMO_PASSWORD, address());
    expect(right.status).toBe(429);
    expect(right.body).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(DELAY_MESSAGE) });
    const wait = Number(right.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 100));
    // The delay over, the right password signs in and clears the count: a wrong one is a plain 401 again.
    expect((await login('sngv.viewer', DEMO_PASSWORD, address())).status).toBe(200);
    expect((await login('sngv.viewer', 'wrong password 6', address())).status).toBe(401);
  });

  it('answers an unknown username exactly as a real one, delay included', async () => {
    const ip = address();
    const answers: Reply<ServiceErrorBody>[] = [];
    for (let i = 1; i <= 6; i++) {
      answers.push((await login('nobody.here', `wrong password ${i}`, ip)) as Reply<ServiceErrorBody>);
    }
    expect(answers.slice(0, 5).map((a) => [a.status, a.body.message])).toEqual(
      Array(5).fill([401, 'Wrong username or password']),
    );
    expect(answers[5].status).toBe(429);
    expect(answers[5].body).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(DELAY_MESSAGE),
    });
    expect(Number(answers[5].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('limits sign-in attempts per address with 429, and other addresses still get through', async () => {
    const ip = address();
    for (let i = 1; i <= 10; i++) {
      expect((await login(`probe${i}`, 'wrong password!', ip)).status).toBe(401);
    }
    const limited = await login('snv.editor', DEMO_PASSWORD, ip);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({
      code: 'RATE_LIMITED',
      status: 429,
      message: 'Too many attempts from this address; wait a minute',
    });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // The TOTP step counts against the same limit.
    const totpStep = await call('POST', '/api/auth/login/totp', {
      body: { challenge: 'x', code: '123456' },
      ip,
    });
    expect(totpStep.status).toBe(429);
    expect((await login('snv.editor', DEMO_PASSWORD, address())).status).toBe(200);
  });

  it('rotates the refresh token; the old one presented again ends the whole sign-in', async () => {
    const first = await signIn('svhttdl.editor');
    const refreshed = await call<Session>('POST', '/api/auth/refresh', { cookie: first.cookie });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ status: 'signed-in', user: { username: 'svhttdl.editor' } });
    expect(refreshed.refreshCookie).toMatch(/^ascc_refresh=.{43}$/);
    expect(refreshed.refreshCookie).not.toBe(first.cookie);
    const token = refreshed.body.accessToken;
    expect((await call('GET', '/api/auth/me', { token })).status).toBe(200);

    const replay = await call<ServiceErrorBody>('POST', '/api/auth/refresh', { cookie: first.cookie });
    expect(replay.status).toBe(401);
    expect(replay.body.message).toMatch(/used twice/);
    expect(replay.setCookie).toMatch(/^ascc_refresh=; .*Max-Age=0/);
    // The thief's copy ended the family: the genuine new token and cookie are refused too.
    expect((await call('POST', '/api/auth/refresh', { cookie: refreshed.refreshCookie })).status).toBe(401);
    expect((await call('GET', '/api/auth/me', { token })).status).toBe(401);
    expect((await call('POST', '/api/auth/refresh')).status).toBe(401);
  });

  it('signs out: the cookie is cleared and the access token refused', async () => {
    const { token, cookie } = await signIn('stc.viewer');
    expect((await call('GET', '/api/auth/me', { token })).status).toBe(200);
    const out = await call('POST', '/api/auth/logout', { token, cookie });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ ok: true });
    expect(out.setCookie).toMatch(/^ascc_refresh=; .*Max-Age=0/);
    const after = await call<ServiceErrorBody>('GET', '/api/auth/me', { token });
    expect(after.status).toBe(401);
    expect(after.body.message).toBe('Your session has ended; sign in again');
    expect((await call('POST', '/api/auth/refresh', { cookie })).status).toBe(401);
  });

  it('changes a password: the policy holds, other sessions end, this one stays', async () => {
    const here = await signIn('stc.editor');
    const elsewhere = await signIn('stc.editor');
    const newPassword = 'Du toan kinh phi 2026';

    const wrongCurrent = await call<ServiceErrorBody>('POST', '/api/auth/password', {
      token: here.token,
      body: { currentPassword: 'not my password', newPassword },
    });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.fields?.map((f) => f.path)).toEqual(['currentPassword']);
    for (const weak of ['short', 'matkhau123456', 'stc.editor is me']) {
      const refused = await call<ServiceErrorBody>('POST', '/api/auth/password', {
        token: here.token,
        body: { currentPassword: DEMO_PASSWORD, newPassword: weak },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.fields?.map((f) => f.path)).toEqual(['newPassword']);
    }

    const changed = await call('POST', '/api/auth/password', {
      token: here.token,
      body: { currentPassword: DEMO_PASSWORD, newPassword },
    });
    expect(changed.status).toBe(200);
    expect((await call('GET', '/api/auth/me', { token: here.token })).status).toBe(200);
    expect((await call('GET', '/api/auth/me', { token: elsewhere.token })).status).toBe(401);
    expect((await login('stc.editor', DEMO_PASSWORD)).status).toBe(401);
    await signIn('stc.editor', newPassword);
  });

  it('lets an admin create a user, who signs in and must change the password', async () => {
    expect(admin).toBeDefined();
    const token = admin?.token;
    const body = {
      username: 'SNV.Trainer',
      displayName: 'Nguyễn Thị Hoa',
      agencyCode: 'SNV',
      // A viewer: Home Affairs' editors manage the trainee registry and must set up a second factor.
      roles: ['viewer'],
      password: 'Boi duong can bo xa 2025',
    };
    const created = await call<User>('POST', '/api/identity/users', { token, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'snv.trainer',
      agencyCode: 'SNV',
      roles: ['viewer'],
      mustChangePassword: true,
      active: true,
      lockedUntil: null,
      lastLoginAt: null,
      version: 1,
    });
    const duplicate = await call<ServiceErrorBody>('POST', '/api/identity/users', { token, body });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.fields).toEqual([expect.objectContaining({ path: 'username' })]);
    const weak = await call<ServiceErrorBody>('POST', '/api/identity/users', {
      token,
      body: { ...body, username: 'snv.other', password: 'password123456' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.fields?.map((f) => f.path)).toEqual(['password']);

    const trainer = await signIn('snv.trainer', body.password);
    expect(trainer.user).toMatchObject({ username: 'snv.trainer', mustChangePassword: true });
    // Until the first password is changed, only one's own session may be used.
    const beforeChange = await call<ServiceErrorBody>('GET', '/api/training/courses', {
      token: trainer.token,
    });
    expect(beforeChange.status).toBe(403);
    expect(beforeChange.body.message).toBe('Change your password before continuing');
    expect((await call('GET', '/api/auth/me', { token: trainer.token })).status).toBe(200);

    const list = await call<Page<User>>(
      'GET',
      '/api/identity/users?agencyCode=SNV&role=viewer&sort=username&order=asc',
      {
        token,
      },
    );
    expect(list.status).toBe(200);
    expect(list.body.items.map((u) => u.username)).toEqual(['snv.trainer', 'snv.viewer']);
    const search = await call<Page<User>>('GET', '/api/identity/users?q=nguyen%20thi%20hoa', { token });
    expect(search.body.items.map((u) => u.username)).toEqual(['snv.trainer']);

    const got = await call<User>('GET', `/api/identity/users/${created.body.id}`, { token });
    expect(got.body.lastLoginAt).not.toBeNull();
    // The list reads lean rows: the same DTO as the user read alone (dates, flags, roles converted alike).
    const listed = await call<Page<User>>('GET', '/api/identity/users?q=snv.trainer', { token });
    expect(listed.body.items).toEqual([got.body]);
    expect(got.body).toMatchObject({ active: true, mustChangePassword: true, roles: ['viewer'] });
    const stale = await call<ServiceErrorBody>('PATCH', `/api/identity/users/${created.body.id}`, {
      token,
      body: { version: 0, displayName: 'Nguyễn Thị Hòa' },
    });
    expect(stale.status).toBe(409);
    const deactivated = await call<User>('PATCH', `/api/identity/users/${created.body.id}`, {
      token,
      body: { version: got.body.version, active: false },
    });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body).toMatchObject({ active: false, version: got.body.version + 1 });
    expect((await call('GET', '/api/auth/me', { token: trainer.token })).status).toBe(401);
    const again = await login('snv.trainer', body.password);
    expect(again.body).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/deactivated/),
    });

    // Both changes are in the user's history, by the admin, newest first, with what changed.
    const history = await call<Page<AuditEntry>>('GET', `/api/identity/users/${created.body.id}/history`, {
      token,
    });
    expect(history.status).toBe(200);
    expect(history.body.items.map((e) => [e.action, e.username, e.agencyCode])).toEqual([
      ['update', 'admin', 'VPUBND'],
      ['create', 'admin', 'VPUBND'],
    ]);
    expect(history.body.items[0].changes.active).toEqual({ before: true, after: false });
    expect(history.body.items[1].changes.roles).toEqual({ after: ['viewer'] });
    expect(JSON.stringify(history.body.items)).not.toMatch(/passwordHash|argon2/);
    const audit = await call<Page<AuditEntry>>('GET', '/api/identity/audit?action=create', { token });
    expect(audit.body.items.some((e) => e.entityId === created.body.id)).toBe(true);
  });

  it('keeps an admin from removing their own admin role or deactivating themself', async () => {
    const token = admin?.token;
    const self = await call<User>('GET', `/api/identity/users/${admin?.userId}`, { token });
    const refused = await call<ServiceErrorBody>('PATCH', `/api/identity/users/${admin?.userId}`, {
      token,
      body: { version: self.body.version, roles: ['viewer'], active: false },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.fields?.map((f) => f.path).sort()).toEqual(['active', 'roles']);
  });

  it('lets an admin reset a password: the delay lifts, sessions end, a change is required', async () => {
    const token = admin?.token;
    for (let i = 1; i <= 5; i++) await login('sngv.viewer', `wrong again ${i}`, address());
    const users = await call<Page<User>>('GET', '/api/identity/users?q=sngv.viewer', { token });
    const viewer = users.body.items.find((u) => u.username === 'sngv.viewer') as User;
    expect(viewer.lockedUntil).not.toBeNull();
    const password = 'Mat khau tam thoi 2025';
    const reset = await call('POST', `/api/identity/users/${viewer.id}/password`, {
      token,
      body: { password },
    });
    expect(reset.status).toBe(200);
    const { user } = await signIn('sngv.viewer', password);
    expect(user.mustChangePassword).toBe(true);
  });

  it('refuses user management to anyone but an admin with 403', async () => {
    const { token } = await signIn('sldtbxh.coordinator');
    const reply = await call<ServiceErrorBody>('GET', '/api/identity/users', { token });
    expect(reply.status).toBe(403);
    expect(reply.body.code).toBe('FORBIDDEN');
    const create = await call('POST', '/api/identity/users', {
      token,
      body: {
        username: 'x.y.z',
        displayName: 'X',
        agencyCode: 'SNV',
        roles: ['admin'],
        password: 'Long enough pw 1',
      },
    });
    expect(create.status).toBe(403);
  });

  it('keeps the generated secrets private to the server (mode 0600)', () => {
    for (const file of ['auth-secret', 'demo-credentials.json']) {
      expect(fs.statSync(path.join(dataDir, file)).mode & 0o777).toBe(0o600);
    }
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'))).toEqual({
      password: DEMO_PASSWORD,
      adminTotpSecret: DEMO_TOTP_SECRET,
    });
  });
});

describe('identity on PostgreSQL: no demo users; the first admin comes from `create-admin`', () => {
  let stack: Stack;
  const { call, login } = client(() => stack);
  const AUTH_SECRET = 'integration-test-secret-of-more-than-32-bytes';
  const password = 'Uy ban nhan dan tinh 2025';

  beforeAll(async () => {
    stack = await startStack({
      database: 'postgresql',
      env: { AUTH_SECRET, LOG_LEVEL: 'silent', TRUST_PROXY: '1', DEMO_PASSWORD },
    });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('seeds no demo user outside the embedded default', async () => {
    const reply = await login('admin', DEMO_PASSWORD);
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ message: 'Wrong username or password' });
  });

  it('creates an admin from the command line, who sets up TOTP at the first sign-in', async () => {
    // Not spawnSync: a blocked event loop keeps a kept-alive socket the gateway closed meanwhile (idle
    // past its keep-alive timeout when the machine is slow), and the next request fails on it.
    const run = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [
          path.join(REPO_ROOT, 'dist', 'tools', 'create-admin.js'),
          '--username',
          'province.admin',
          '--agency',
          'VPUBND',
        ],
        {
          cwd: REPO_ROOT,
          env: {
            ...process.env,
            // The gateway's run-time role on PostgreSQL, as an operator runs it on the gateway's host.
            DATABASE_URL: stack.databaseEnv('gateway').DATABASE_URL ?? stack.databaseUrl,
            AUTH_SECRET,
            ADMIN_PASSWORD: password,
          },
        },
        (error, stdout, stderr) =>
          resolve({
            status: error ? Number(error.code ?? 1) : 0,
            stdout: String(stdout),
            stderr: String(stderr),
          }),
      ),
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const secret = /secret: ([A-Z2-7]{32})/.exec(run.stdout)?.[1] as string;
    expect(secret).toBeDefined();

    const first = await login('province.admin', password);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'totp-setup-required',
      totpSecret: secret,
      otpauthUri: expect.stringContaining(`secret=${secret}`),
    });
    const { challenge } = first.body as { challenge: string };
    const done = await call<Session>('POST', '/api/auth/login/totp', {
      body: { challenge, code: totp(secret) },
    });
    expect(done.status).toBe(200);
    expect(done.body.user).toMatchObject({ username: 'province.admin', roles: ['admin'], totpEnabled: true });

    // From now on the code is asked for, the secret never shown again.
    const next = await login('province.admin', password);
    expect(next.body).toEqual({ status: 'totp-required', challenge: expect.any(String) });
    const users = await call<Page<User>>('GET', '/api/identity/users', { token: done.body.accessToken });
    expect(users.body.items.map((u) => u.username)).toEqual(['province.admin']);
  });
});
