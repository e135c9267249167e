import type {
  AuditEntry,
  LoginResponse,
  Page,
  RecoveryCodes,
  SecondFactorSetup,
  SecondFactorStatus,
  ServiceErrorBody,
  Session,
  User,
} from '@ascc/contracts';
import { DEMO_ENV, type Stack, signIn, startStack, testDatabaseKinds, totp, totpStep } from '@ascc/testing';

/**
 * The second factor for everyone who wants it, required by permission (users, budget review, the
 * trainee registry), its recovery codes, an administrator's reset, and challenges that are good once
 * and die with a password change or a reset.
 */

interface Reply<T> {
  status: number;
  body: T;
}

const RECOVERY_CODE = /^[a-z2-7]{5}-[a-z2-7]{5}$/;

/** Waits for a fresh 30-second step when little of this one is left: a test uses the steps around now. */
async function startOfStep(): Promise<number> {
  const now = Date.now();
  const left = (totpStep(now) + 1) * 30_000 - now;
  if (left < 12_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
  return Date.now();
}

describe.each(testDatabaseKinds())('second factor on %s', (database) => {
  let stack: Stack;
  let adminToken = '';

  const call = async <T>(method: string, url: string, body?: unknown, token?: string): Promise<Reply<T>> => {
    const res = await fetch(`${stack.url}${url}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  const login = (username: string, password: string = DEMO_ENV.DEMO_PASSWORD) =>
    call<LoginResponse & { message?: string }>('POST', '/api/auth/login', { username, password });
  const loginCode = (challenge: string, code: string) =>
    call<Session & { message?: string }>('POST', '/api/auth/login/totp', { challenge, code });
  const historyOf = async (userId: string) =>
    (await call<Page<AuditEntry>>('GET', `/api/identity/users/${userId}/history`, undefined, adminToken)).body
      .items;
  const createUser = async (username: string, agencyCode: string, roles: string[]) => {
    const password = 'Mat khau dau tien 2025';
    const created = await call<User>(
      'POST',
      '/api/identity/users',
      { username, displayName: 'Người dùng kiểm thử', agencyCode, roles, password },
      adminToken,
    );
    expect(created.status).toBe(201);
    return { user: created.body, password };
  };

  beforeAll(async () => {
    stack = await startStack({
      database,
      env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '200' },
    });
    adminToken = (await signIn(stack.url, 'admin')).accessToken;
  }, 120_000);
  afterAll(() => stack?.stop());

  let enrolled: { token: string; secret: string; codes: string[]; userId: string };

  it('lets a user whose roles need none set up an authenticator from their account, with a server-made QR code', async () => {
    const first = await login('sngv.editor');
    expect(first.body.status).toBe('signed-in');
    const token = (first.body as Session).accessToken;
    const userId = (first.body as Session).user.id;

    const before = await call<SecondFactorStatus>('GET', '/api/auth/second-factor', undefined, token);
    expect(before.body).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });

    const setup = await call<SecondFactorSetup>('POST', '/api/auth/second-factor/setup', {}, token);
    expect(setup.status).toBe(200);
    const secret = setup.body.totpSecret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*sngv\.editor\?.*secret=/);
    expect(setup.body.otpauthUri).toContain(`secret=${secret}`);
    expect(setup.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(setup.body.qrCode.split(',')[1], 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Asked again before it is confirmed, the same secret: a second tab shows what the first did.
    const again = await call<SecondFactorSetup>('POST', '/api/auth/second-factor/setup', {}, token);
    expect(again.body.totpSecret).toBe(secret);

    const t0 = await startOfStep();
    const wrong = String((Number(totp(secret, t0)) + 1) % 1_000_000).padStart(6, '0');
    const refused = await call<ServiceErrorBody>(
      'POST',
      '/api/auth/second-factor/confirm',
      { code: wrong },
      token,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([
      expect.objectContaining({ path: 'code', params: { rule: 'secondFactorCodeRejected' } }),
    ]);
    expect(
      (await call<SecondFactorStatus>('GET', '/api/auth/second-factor', undefined, token)).body.enabled,
    ).toBe(false);

    const confirmed = await call<RecoveryCodes>(
      'POST',
      '/api/auth/second-factor/confirm',
      { code: totp(secret, t0 - 30_000) },
      token,
    );
    expect(confirmed.status).toBe(200);
    const codes = confirmed.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(RECOVERY_CODE);
    expect(new Set(codes).size).toBe(10);

    const after = await call<SecondFactorStatus>('GET', '/api/auth/second-factor', undefined, token);
    expect(after.body).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    const restart = await call<ServiceErrorBody>('POST', '/api/auth/second-factor/setup', {}, token);
    expect(restart.status).toBe(409);
    expect(restart.body.fields?.[0].params).toEqual({ rule: 'secondFactorAlreadyEnabled' });

    // From now on sign-in asks for the code, and never shows the secret again.
    const next = await login('sngv.editor');
    expect(next.body).toEqual({ status: 'totp-required', challenge: expect.any(String) });
    const signedIn = await loginCode((next.body as { challenge: string }).challenge, totp(secret, t0));
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ username: 'sngv.editor', totpEnabled: true });
    expect(signedIn.body.recoveryCodes).toBeUndefined();

    // New recovery codes need a current code; the earlier ones stop working.
    const regenerated = await call<RecoveryCodes>(
      'POST',
      '/api/auth/second-factor/recovery-codes',
      { code: totp(secret, t0 + 30_000) },
      token,
    );
    expect(regenerated.status).toBe(200);
    expect(regenerated.body.recoveryCodes).toHaveLength(10);
    expect(regenerated.body.recoveryCodes.some((code) => codes.includes(code))).toBe(false);
    const old = await login('sngv.editor');
    const oldCode = await loginCode((old.body as { challenge: string }).challenge, codes[0]);
    expect(oldCode.status).toBe(401);

    const actions = (await historyOf(userId)).map((entry) => entry.changes.event?.after);
    expect(actions).toEqual(expect.arrayContaining(['user.totp-enabled', 'user.recovery-codes-regenerated']));
    expect(JSON.stringify(await historyOf(userId))).not.toContain(regenerated.body.recoveryCodes[0]);
    enrolled = { token, secret, codes: regenerated.body.recoveryCodes, userId };
  });

  it('signs in with a recovery code in place of the code, each code once, and counts what is left', async () => {
    const { codes, token } = enrolled;
    const first = await login('sngv.editor');
    // As people type it: upper case, spaces around the dash.
    const typed = codes[0].toUpperCase().replace('-', ' - ');
    const signedIn = await loginCode((first.body as { challenge: string }).challenge, typed);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.status).toBe('signed-in');

    const second = await login('sngv.editor');
    const reused = await loginCode((second.body as { challenge: string }).challenge, codes[0]);
    expect(reused.status).toBe(401);
    expect(reused.body.message).toMatch(/already used/);
    const status = await call<SecondFactorStatus>('GET', '/api/auth/second-factor', undefined, token);
    expect(status.body.recoveryCodesLeft).toBe(9);
    const used = (await historyOf(enrolled.userId)).find(
      (entry) => entry.changes.event?.after === 'user.recovery-code-used',
    );
    expect(used?.changes.recoveryCodesLeft).toEqual({ after: 9 });
  });

  it('accepts a challenge once: a second code against it is refused', async () => {
    const t0 = await startOfStep();
    const first = await login('stc.reviewer');
    expect(first.body.status).toBe('totp-required');
    const { challenge } = first.body as { challenge: string };
    const done = await loginCode(challenge, totp(DEMO_ENV.DEMO_TOTP_SECRET, t0));
    expect(done.status).toBe(200);
    // A code of the next step would be good for a new sign-in; the used challenge is not.
    const replay = await loginCode(challenge, totp(DEMO_ENV.DEMO_TOTP_SECRET, t0 + 30_000));
    expect(replay.status).toBe(401);
    expect(replay.body.message).toMatch(/no longer valid/);
    // Nor does it take a recovery code.
    expect((await loginCode(challenge, 'abcde-fghij')).status).toBe(401);
  });

  it('kills a challenge issued before a password change', async () => {
    const { token, codes } = enrolled;
    const pending = await login('sngv.editor');
    const { challenge } = pending.body as { challenge: string };
    const newPassword = 'Mat khau moi cua so ngoai vu 2025';
    const changed = await call(
      'POST',
      '/api/auth/password',
      { currentPassword: DEMO_ENV.DEMO_PASSWORD, newPassword },
      token,
    );
    expect(changed.status).toBe(200);
    const late = await loginCode(challenge, codes[1]);
    expect(late.status).toBe(401);
    expect(late.body.message).toMatch(/no longer valid/);
    // The refused step used no recovery code.
    const status = await call<SecondFactorStatus>('GET', '/api/auth/second-factor', undefined, token);
    expect(status.body.recoveryCodesLeft).toBe(9);
    const fresh = await login('sngv.editor', newPassword);
    expect((await loginCode((fresh.body as { challenge: string }).challenge, codes[1])).status).toBe(200);
  });

  it('makes a Finance reviewer or a Home Affairs editor set up an authenticator before any session; others not', async () => {
    const reviewer = await createUser('stc.reviewer2', 'STC', ['finance-reviewer']);
    const registry = await createUser('snv.clerk', 'SNV', ['editor']);
    const reader = await createUser('snv.reader', 'SNV', ['viewer']);
    expect((await login('snv.reader', reader.password)).body.status).toBe('signed-in');

    const clerk = await login('snv.clerk', registry.password);
    expect(clerk.body).toMatchObject({
      status: 'totp-setup-required',
      qrCode: expect.stringMatching(/^data:image\/svg/),
    });

    const first = await login('stc.reviewer2', reviewer.password);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'totp-setup-required',
      challenge: expect.any(String),
      totpSecret: expect.stringMatching(/^[A-Z2-7]{32}$/),
      qrCode: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
    });
    const step = first.body as { challenge: string; totpSecret: string };
    // Nothing but the new authenticator's code finishes a set-up: no recovery code, no session before.
    expect((await loginCode(step.challenge, 'abcde-fghij')).status).toBe(401);
    const done = await loginCode(step.challenge, totp(step.totpSecret));
    expect(done.status).toBe(200);
    expect(done.body.user).toMatchObject({
      username: 'stc.reviewer2',
      totpEnabled: true,
      mustChangePassword: true,
    });
    expect(done.body.recoveryCodes).toHaveLength(10);
    const status = await call<SecondFactorStatus>(
      'GET',
      '/api/auth/second-factor',
      undefined,
      done.body.accessToken,
    );
    expect(status.body).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 });

    // The administrator resets it (a lost phone): audited, the pending challenge dies, set-up again.
    const pending = await login('stc.reviewer2', reviewer.password);
    expect(pending.body.status).toBe('totp-required');
    const refusedReset = await call<ServiceErrorBody>(
      'POST',
      `/api/identity/users/${reviewer.user.id}/second-factor/reset`,
      {},
      done.body.accessToken,
    );
    expect(refusedReset.status).toBe(403);
    const reset = await call<User>(
      'POST',
      `/api/identity/users/${reviewer.user.id}/second-factor/reset`,
      {},
      adminToken,
    );
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ username: 'stc.reviewer2', totpEnabled: false });
    const late = await loginCode(
      (pending.body as { challenge: string }).challenge,
      done.body.recoveryCodes?.[0] as string,
    );
    expect(late.status).toBe(401);
    expect(late.body.message).toMatch(/no longer valid/);
    const history = await historyOf(reviewer.user.id);
    expect(history[0]).toMatchObject({ action: 'update', username: 'admin' });
    expect(history[0].changes).toMatchObject({
      event: { after: 'user.totp-reset' },
      totpEnabled: { before: true, after: false },
      recoveryCodesRevoked: { after: 10 },
    });

    const again = await login('stc.reviewer2', reviewer.password);
    expect(again.body.status).toBe('totp-setup-required');
    expect((again.body as { totpSecret: string }).totpSecret).not.toBe(step.totpSecret);
  });
});
