import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type NatsCredentials,
  REPO_ROOT,
  natsClusterNodeEnv,
  natsServerBinary,
  newNatsCredentials,
  newRoutePassword,
  stopChild,
  waitFor,
} from '@ascc/runtime';

export interface NatsCluster {
  /** Comma-separated client URLs, as NATS_SERVERS takes them. */
  servers: string;
  /** Passwords of its NATS users (the nodes include infra/nats/auth.conf). */
  credentials: NatsCredentials;
  /** The password its routes authenticate with (NATS_ROUTE_PASSWORD). */
  routePassword: string;
  stopNode(index: 1 | 2 | 3): Promise<void>;
  /** Kills a node with SIGKILL, as a crash would. */
  crashNode(index: 1 | 2 | 3): Promise<void>;
  /** Starts a stopped node again, with its store, and waits until it sees its peers. */
  startNode(index: 1 | 2 | 3): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the 3-node JetStream cluster exactly as configured in infra/nats/cluster (fixed loopback ports
 * 4231–4233, routes 6231–6233, monitoring 8231–8233), its stores in a temporary folder, and waits until
 * every node sees the other two.
 */
export async function startNatsCluster(): Promise<NatsCluster> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-nats-cluster-'));
  const nodes = new Map<number, ChildProcess>();
  const credentials = newNatsCredentials();
  const routePassword = newRoutePassword();
  const routes = [1, 2, 3].map((i) => `nats-route://127.0.0.1:623${i}`);
  const spawnNode = (i: number) => {
    const config = path.join(REPO_ROOT, 'infra', 'nats', 'cluster', `node-${i}.conf`);
    nodes.set(
      i,
      spawn(natsServerBinary(), ['-c', config], {
        cwd,
        stdio: 'ignore',
        env: { ...process.env, ...natsClusterNodeEnv(credentials, routePassword, routes) },
      }),
    );
  };
  const seesPeers = (i: number) =>
    waitFor(async () => {
      const routez = (await (await fetch(`http://127.0.0.1:823${i}/routez`)).json()) as {
        num_routes: number;
      };
      return routez.num_routes >= 2;
    }, `NATS cluster node ${i} to see its peers`);
  for (const i of [1, 2, 3]) spawnNode(i);
  const stop = async () => {
    await Promise.all([...nodes.values()].map((n) => stopChild(n)));
    fs.rmSync(cwd, { recursive: true, force: true });
  };
  try {
    for (const i of [1, 2, 3]) await seesPeers(i);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    servers: [1, 2, 3].map((i) => `nats://127.0.0.1:423${i}`).join(','),
    credentials,
    routePassword,
    async stopNode(index) {
      const node = nodes.get(index);
      if (node) await stopChild(node);
    },
    async crashNode(index) {
      const node = nodes.get(index);
      if (node) await stopChild(node, 'SIGKILL');
    },
    async startNode(index) {
      spawnNode(index);
      await seesPeers(index);
    },
    stop,
  };
}
