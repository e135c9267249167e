import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type NatsCluster, freePort, natsServerBinary, startNatsCluster, stopChild, waitFor } from '../index';

const routes = async (monitorPort: number) =>
  ((await (await fetch(`http://127.0.0.1:${monitorPort}/routez`)).json()) as { num_routes: number })
    .num_routes;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The routes of the 3-node cluster of infra/nats/cluster authenticate (NATS_ROUTE_PASSWORD): a server
 * that knows the cluster's address and name but not the password is not let in, so it receives none of
 * the cluster's messages; one with the password in its route URL is.
 */
describe('the routes of the NATS cluster of infra/', () => {
  let cluster: NatsCluster;
  const extra: ChildProcess[] = [];
  const dirs: string[] = [];

  /** Another nats-server asking to join through node 1's route port with `route` as its URL. */
  async function joiner(route: string): Promise<number> {
    const [clientPort, clusterPort, monitorPort] = [await freePort(), await freePort(), await freePort()];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-nats-joiner-'));
    dirs.push(dir);
    const child = spawn(
      natsServerBinary(),
      [
        ...['-a', '127.0.0.1', '-p', String(clientPort), '-m', String(monitorPort)],
        ...['--cluster_name', 'ascc', '--cluster', `nats://127.0.0.1:${clusterPort}`, '--routes', route],
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    extra.push(child);
    await waitFor(async () => (await routes(monitorPort)) >= 0, 'the joining server to listen');
    return monitorPort;
  }

  beforeAll(async () => {
    cluster = await startNatsCluster();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(extra.map((child) => stopChild(child)));
    await cluster?.stop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a route without the password or with a wrong one', async () => {
    const anonymous = await joiner('nats-route://127.0.0.1:6231');
    const guessing = await joiner('nats-route://route:not-the-password@127.0.0.1:6231');
    // A route is retried every second: give each a few attempts.
    await sleep(3500);
    expect(await routes(anonymous)).toBe(0);
    expect(await routes(guessing)).toBe(0);
    expect(await routes(8231)).toBe(2);
  });

  it('accepts a route carrying the password', async () => {
    const member = await joiner(`nats-route://route:${cluster.routePassword}@127.0.0.1:6231`);
    await waitFor(async () => (await routes(member)) >= 1, 'the server with the password to join', 10_000);
  });
});
