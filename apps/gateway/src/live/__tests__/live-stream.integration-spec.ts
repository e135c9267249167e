import { type ChildProcess } from 'node:child_process';
import type { Page, User } from '@ascc/contracts';
import { DEMO_ENV, signIn, type Stack, startGatewayCopy, startStack, stopChild } from '@ascc/testing';

/**
 * Live updates (issue 21.1) on two gateway copies over the real stack: each copy streams every change to
 * its own clients, filtered by the lists' permission rule; a client resuming with Last-Event-ID gets what
 * it missed exactly once; a deactivated user's stream ends within a second.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Received {
  id?: string;
  event: string;
  data: { kind: string; id: string; action: string; version: number | null; fields: string[]; by: string };
}

/** A Server-Sent Events client as the console's: fetch with the bearer token, parsing events as they come. */
function openStream(base: string, token: string, lastEventId?: string) {
  const events: Received[] = [];
  const controller = new AbortController();
  let ended = false;
  let status = 0;
  const done = (async () => {
    const res = await fetch(`${base}/api/events/stream`, {
      headers: { authorization: `Bearer ${token}`, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
      signal: controller.signal,
    });
    status = res.status;
    if (!res.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(
            block
              .split('\n')
              .filter((l) => l && !l.startsWith(':'))
              .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
          );
          if (fields.event)
            events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
        }
      }
    } catch {
      // aborted by the test
    }
    ended = true;
  })();
  return {
    events,
    status: () => status,
    ended: () => ended,
    ids: () => events.filter((e) => e.event === 'change').map((e) => e.data.id),
    close: async () => {
      controller.abort();
      await done.catch(() => undefined);
    },
  };
}

async function until<T>(probe: () => T | undefined | false, what: string, ms = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('live updates: GET /api/events/stream', () => {
  let stack: Stack;
  let copyB: { url: string; child: ChildProcess } | undefined;
  let a: string;
  let b: string;
  let editor: string;
  let n = 0;

  const createNgo = async () => {
    n += 1;
    const res = await fetch(`${a}/api/aid/ngos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        nameOriginal: `Live Test Foundation ${n}`,
        nameVi: `Quỹ thử nghiệm trực tiếp ${n}`,
        countryCode: 'GB',
        kind: 'international-ngo',
        agencyCode: 'SNGV',
      }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    // Seven processes and a second gateway: on a busy 2-core machine they may take more than a minute.
    stack = await startStack({
      startTimeoutMs: 120_000,
      // More sign-ins than the default 10 a minute from one address: each test signs its users in.
      env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '200' },
    });
    copyB = await startGatewayCopy(stack);
    a = stack.url;
    b = copyB.url;
    editor = (await signIn(a, 'sngv.editor')).accessToken;
  }, 180_000);

  afterAll(async () => {
    if (copyB) await stopChild(copyB.child);
    await stack?.stop();
  });

  it('refuses a caller who has not signed in', async () => {
    const res = await fetch(`${a}/api/events/stream`);
    expect(res.status).toBe(401);
  });

  it('streams a change to a client on each copy within a second, never to a user of another agency', async () => {
    const viewer = (await signIn(a, 'sngv.viewer')).accessToken;
    const other = (await signIn(a, 'snv.viewer')).accessToken;
    const onA = openStream(a, viewer);
    const onB = openStream(b, viewer);
    const otherOnB = openStream(b, other);
    const adminOnB = openStream(b, (await signIn(a, 'admin')).accessToken);
    await until(() => onA.status() && onB.status() && otherOnB.status() && adminOnB.status(), 'the streams');
    await sleep(200);
    const id = await createNgo();
    // Within a second of the change being saved (the create answered).
    const started = Date.now();
    await until(() => onA.ids().includes(id) && onB.ids().includes(id), 'the change on both copies');
    expect(Date.now() - started).toBeLessThan(1000);
    await until(() => adminOnB.ids().includes(id), 'the change for the admin');
    const change = onB.events.find((e) => e.data.id === id) as Received;
    expect(change.data).toEqual({
      kind: 'aid.ngo',
      id,
      action: 'create',
      version: 1,
      fields: expect.arrayContaining(['nameVi', 'agencyCode']),
      by: 'sngv.editor',
    });
    // Only what changed, by name: never the values, nor the agency.
    expect(JSON.stringify(change.data)).not.toContain('Quỹ');
    await sleep(500);
    expect(otherOnB.ids()).not.toContain(id);
    await Promise.all([onA.close(), onB.close(), otherOnB.close(), adminOnB.close()]);
  });

  it('resumes after Last-Event-ID on the other copy with exactly the missed changes', async () => {
    const viewer = (await signIn(a, 'sngv.viewer')).accessToken;
    const first = openStream(a, viewer);
    await until(() => first.status(), 'the stream');
    await sleep(200);
    const seen = await createNgo();
    const last = await until(() => first.events.find((e) => e.data.id === seen), 'the first change');
    await first.close();
    const missed = [await createNgo(), await createNgo()];
    // Both copies have read them before the client comes back.
    const watcher = openStream(b, viewer, last.id);
    await until(() => missed.every((id) => watcher.ids().includes(id)), 'the missed changes');
    const live = await createNgo();
    await until(() => watcher.ids().includes(live), 'a live change after the replay');
    await sleep(300);
    // The NGOs' own changes (reporting's notices that it applied their events come on their own stream).
    const ngoChanges = watcher.events.filter((e) => e.data.kind === 'aid.ngo').map((e) => e.data.id);
    expect(ngoChanges).toEqual([...missed, live]);
    expect(watcher.events.every((e) => e.event === 'change' && e.id)).toBe(true);
    await watcher.close();
  });

  it('replays from the start of the streams, each change once, while the copy still holds them', async () => {
    const viewer = (await signIn(a, 'sngv.viewer')).accessToken;
    const stream = openStream(b, viewer, 'AID:0,BUDGET:0,CULTURE:0,TRAINING:0');
    // Sequence 0 is before anything: every change since the stream began is held, so it is replayed.
    await until(() => stream.ids().length >= n, 'the replay from the start');
    expect(stream.events.some((e) => e.event === 'reset')).toBe(false);
    expect(new Set(stream.ids()).size).toBe(stream.ids().length);
    await stream.close();
  });

  const call = async <T>(token: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${a}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as T };
  };

  it('streams a yearly report’s change to its agency and the coordinator, never to another agency', async () => {
    const own = openStream(b, (await signIn(a, 'snv.viewer')).accessToken);
    const coordinator = openStream(a, (await signIn(a, 'sldtbxh.coordinator')).accessToken);
    const other = openStream(b, (await signIn(a, 'sngv.viewer')).accessToken);
    await until(() => own.status() && coordinator.status() && other.status(), 'the streams');
    await sleep(200);
    const snvEditor = (await signIn(a, 'snv.editor')).accessToken;
    const created = await call<{ id: string }>(snvEditor, 'POST', '/api/reporting/reports', {
      agencyCode: 'SNV',
      year: 2019,
      planArea: 'III.8',
    });
    expect(created.status).toBe(201);
    const { id } = created.body;
    await until(() => own.ids().includes(id) && coordinator.ids().includes(id), 'the report’s change');
    expect(own.events.find((e) => e.data.id === id)?.data).toMatchObject({
      kind: 'reporting.report',
      action: 'create',
      version: 1,
      by: 'snv.editor',
    });
    await sleep(500);
    expect(other.ids()).not.toContain(id);
    await Promise.all([own.close(), coordinator.close(), other.close()]);
  });

  it('tells every console once the read model applied a department’s event: the dashboard then has it', async () => {
    const token = (await signIn(a, 'sldtbxh.coordinator')).accessToken;
    const viewer = openStream(b, (await signIn(a, 'snv.viewer')).accessToken);
    const coordinator = openStream(b, token);
    await until(() => viewer.status() && coordinator.status(), 'the streams');
    const committed = async () =>
      BigInt(
        (await call<{ aid: { committed: string } }>(token, 'GET', '/api/reporting/dashboard?year=2019')).body
          .aid.committed,
      );
    const project = await call<{ id: string }>(editor, 'POST', '/api/aid/projects', {
      code: `LIVE-RM-${Date.now()}`,
      titleVi: 'Dự án thử cập nhật trực tiếp',
      titleEn: 'Live read model project',
      agencyCode: 'SNGV',
      participants: [{ role: 'funding', name: 'Donor' }],
      sectors: [{ code: '11220', percentage: 100 }],
      locations: [{ districtCode: 'H-TIENHAI', percentage: 100 }],
    });
    expect(project.status).toBe(201);
    const before = await committed();
    await sleep(200);
    const applied = () =>
      coordinator.events.find(
        (e) => e.data.kind === 'reporting.applied' && e.data.id === 'aid.transaction.recorded',
      );
    expect(applied()).toBeUndefined();
    const tx = await call(editor, 'POST', `/api/aid/projects/${project.body.id}/transactions`, {
      type: 'commitment',
      date: '2019-03-01',
      amount: '123456789',
      currency: 'VND',
    });
    expect(tx.status).toBe(201);
    const answered = Date.now();
    const notice = await until(applied, 'the read model’s notice');
    // Within a second of the department's answer, through the aid and the reporting outboxes.
    expect(Date.now() - answered).toBeLessThan(1000);
    // Sent after the read model's commit: a console refreshing on it reads the new figure.
    expect((await committed()) - before).toBe(123456789n);
    expect(notice.data).toEqual({
      kind: 'reporting.applied',
      id: 'aid.transaction.recorded',
      action: 'update',
      version: null,
      fields: [],
      by: 'reporting',
    });
    // Every signed-in user reads the plan's figures (the plan areas): another agency's viewer too.
    await until(
      () => viewer.events.some((e) => e.data.kind === 'reporting.applied'),
      'the notice for another agency’s viewer',
    );
    await Promise.all([viewer.close(), coordinator.close()]);
  });

  it('ends the stream within a second of the user being deactivated', async () => {
    const admin = (await signIn(a, 'admin')).accessToken;
    const viewer = (await signIn(a, 'svhttdl.viewer')).accessToken;
    const stream = openStream(b, viewer);
    await until(() => stream.status() === 200, 'the stream');
    const users = (await (
      await fetch(`${a}/api/identity/users?q=svhttdl.viewer`, {
        headers: { authorization: `Bearer ${admin}` },
      })
    ).json()) as Page<User>;
    const user = users.items.find((u) => u.username === 'svhttdl.viewer') as User;
    const res = await fetch(`${a}/api/identity/users/${user.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: user.id, version: user.version, active: false }),
    });
    expect(res.status).toBe(200);
    const at = Date.now();
    await until(() => stream.ended(), 'the stream to end', 3000);
    expect(Date.now() - at).toBeLessThanOrEqual(1500);
    await stream.close();
  });
});
