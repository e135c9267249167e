import { type ChildProcess } from 'node:child_process';
import type { Page, User } from '@ascc/contracts';
import { DEMO_ENV, signIn, type Stack, startGatewayCopy, startStack, stopChild } from '@ascc/testing';

/**
 * The gateway keeps the sessions it read for half a second (SessionCache): under load, a sign-in's
 * requests share one read. No speed bought with stale security: a changed role, a deactivated user and
 * a signed-out session bite at once on the copy that made the change, and within one second on another
 * copy that was answering that sign-in's requests all along.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function call(base: string, method: string, url: string, token: string, body?: unknown) {
  const res = await fetch(base + url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

/** An editor passes the permission check and fails validation (400); a viewer is refused (403). Nothing is written. */
const createEmptyCourse = (base: string, token: string) =>
  call(base, 'POST', '/api/training/courses', token, {}).then((r) => r.status);
const me = (base: string, token: string) => call(base, 'GET', '/api/auth/me', token).then((r) => r.status);

/**
 * Asks `probe` every 20 ms (keeping the copy's cache in use) until it answers `expected`; returns how
 * long after `changed` that was.
 */
async function msUntil(probe: () => Promise<number>, expected: number, changed: number): Promise<number> {
  for (;;) {
    const status = await probe();
    if (status === expected) return Date.now() - changed;
    if (Date.now() - changed > 5_000) throw new Error(`still ${status} after 5 s`);
    await sleep(20);
  }
}

describe('session and user changes on two gateway copies', () => {
  let stack: Stack;
  let copyB: { url: string; child: ChildProcess } | undefined;
  let a: string;
  let b: string;
  let admin: string;

  const userNamed = async (username: string) => {
    const res = await call(a, 'GET', `/api/identity/users?q=${username}`, admin);
    return (res.body as Page<User>).items.find((u) => u.username === username) as User;
  };

  beforeAll(async () => {
    stack = await startStack({ env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent' } });
    copyB = await startGatewayCopy(stack);
    a = stack.url;
    b = copyB.url;
    admin = (await signIn(a, 'admin')).accessToken;
  }, 120_000);

  afterAll(async () => {
    if (copyB) await stopChild(copyB.child);
    await stack?.stop();
  });

  it('a role taken away: at once on the copy that changed it, within one second on the other', async () => {
    const editor = (await signIn(a, 'snv.editor')).accessToken;
    for (let i = 0; i < 5; i++) expect(await createEmptyCourse(b, editor)).toBe(400);
    const user = await userNamed('snv.editor');
    // Copy B keeps answering the editor's requests while the role changes.
    let busy = true;
    const load = (async () => {
      while (busy) await createEmptyCourse(b, editor);
    })();
    const changed = await call(a, 'PATCH', `/api/identity/users/${user.id}`, admin, {
      id: user.id,
      version: user.version,
      roles: ['viewer'],
    });
    const at = Date.now();
    expect(changed.status).toBe(200);
    expect(await createEmptyCourse(a, editor)).toBe(403);
    expect(await msUntil(() => createEmptyCourse(b, editor), 403, at)).toBeLessThanOrEqual(1000);
    busy = false;
    await load;
  });

  it('a deactivated user: at once on the copy that changed it, within one second on the other', async () => {
    const viewer = (await signIn(a, 'sngv.viewer')).accessToken;
    expect(await me(b, viewer)).toBe(200);
    expect(await me(b, viewer)).toBe(200);
    const user = await userNamed('sngv.viewer');
    const changed = await call(a, 'PATCH', `/api/identity/users/${user.id}`, admin, {
      id: user.id,
      version: user.version,
      active: false,
    });
    const at = Date.now();
    expect(changed.status).toBe(200);
    expect(await me(a, viewer)).toBe(401);
    expect(await msUntil(() => me(b, viewer), 401, at)).toBeLessThanOrEqual(1000);
  });

  it('a signed-out session: at once on the copy that ended it, within one second on the other', async () => {
    const viewer = (await signIn(a, 'svhttdl.viewer')).accessToken;
    expect(await me(b, viewer)).toBe(200);
    expect(await me(b, viewer)).toBe(200);
    const ended = await call(a, 'POST', '/api/auth/logout', viewer, {});
    const at = Date.now();
    expect(ended.status).toBe(200);
    expect(await me(a, viewer)).toBe(401);
    expect(await msUntil(() => me(b, viewer), 401, at)).toBeLessThanOrEqual(1000);
  });

  it('a burst of concurrent requests of one sign-in all pass (they share one read of the session)', async () => {
    const viewer = (await signIn(a, 'stc.viewer')).accessToken;
    const statuses = await Promise.all(Array.from({ length: 50 }, () => me(b, viewer)));
    expect(statuses.every((s) => s === 200)).toBe(true);
  });
});
