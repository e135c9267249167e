import { type Stack, startStack, waitFor } from '@ascc/runtime';
import { DrillLoad, type PhaseFigures } from '../drill-load';
import { testDatabaseKinds } from '../service-harness';
import { DEMO_ENV } from '../sign-in';

/**
 * The failure drills of `npm run drill`, short: a few seconds of the mixed load through the gateway while
 * a service is killed with SIGKILL, nats-server is killed and started again (JetStream on disk), two
 * copies of each service are restarted one by one, and (on PostgreSQL) the database server is stopped at
 * once and started again. After each, every
 * acknowledged write is there exactly once, every approval's effect is applied once, the read model
 * agrees with the departments, and no answer was other than 2xx, 4xx or 503.
 */
describe.each(testDatabaseKinds())('failure drills under load (%s)', (database) => {
  let stack: Stack;
  let load: DrillLoad;
  const health = async () => (await (await fetch(`${stack.url}/api/health`)).json()) as { status: string };

  beforeAll(async () => {
    stack = await startStack({
      database,
      supervise: true,
      // A server of the stack's own on PostgreSQL, which the database drill may stop.
      privateDatabase: database === 'postgresql',
      startTimeoutMs: 180_000,
      // Two copies of the services the load writes to (npm run drill runs two of each).
      copies: { training: 2, budget: 2 },
      env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent', REQUEST_TIMEOUT_MS: '3000' },
    });
    load = await DrillLoad.prepare(stack.url, { workers: 3 });
  }, 180_000);
  afterAll(async () => {
    await load?.stop();
    await stack?.stop();
  });

  /** Runs the load through `fault`, lets it recover, stops it and checks the books. */
  const drill = async (name: string, fault: () => Promise<void>): Promise<PhaseFigures> => {
    const figures = load.phase(name);
    load.start();
    await load.nextAcknowledged();
    await fault();
    await waitFor(async () => (await health()).status === 'ok', 'every service healthy again', 60_000);
    await load.nextAcknowledged();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await load.stop();
    const verdict = await load.verify();
    expect({ lost: verdict.lost, doubled: verdict.doubled, mismatches: verdict.mismatches }).toEqual({
      lost: [],
      doubled: [],
      mismatches: [],
    });
    expect(figures.unexpected).toEqual([]);
    expect(figures.acknowledged).toBeGreaterThan(0);
    return figures;
  };

  it('loses nothing when a service is killed with SIGKILL', async () => {
    const figures = await drill('kill -9 training', async () => {
      stack.crashService('training');
      await new Promise((resolve) => setTimeout(resolve, 1500));
    });
    expect(Object.keys(figures.statuses).every((s) => /^(2|4)\d\d$|^503$/.test(s))).toBe(true);
  }, 120_000);

  it('loses nothing when nats-server is killed with SIGKILL and started again', async () => {
    await drill('kill -9 nats-server', async () => {
      await stack.crashNats();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await stack.startNats();
    });
  }, 120_000);

  it('fails no request while the two copies of training and budget are restarted one by one', async () => {
    const figures = await drill('rolling restart', async () => {
      for (const name of ['training', 'budget'] as const) await stack.rollingRestart(name);
    });
    // Every request answered: no 503 (no copy there), no 5xx, no connection refused.
    const failed = Object.keys(figures.statuses).filter((s) => !/^[24]\d\d$/.test(s));
    expect({ failed, refused: figures.refused }).toEqual({ failed: [], refused: figures.refused });
  }, 180_000);

  if (database === 'postgresql') {
    it('loses nothing when PostgreSQL is stopped at once and started again, answering 503 meanwhile', async () => {
      const figures = await drill('PostgreSQL stopped and started', async () => {
        await stack.crashDatabase();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await stack.startDatabase();
      });
      // The services answered while the database was away: with 503 (try again), never a 500.
      expect(Object.keys(figures.statuses).filter((s) => !/^[24]\d\d$|^503$/.test(s))).toEqual([]);
      expect(figures.statuses['503']).toBeGreaterThan(0);
    }, 120_000);
  }
});
