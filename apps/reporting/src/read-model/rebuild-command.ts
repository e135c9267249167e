import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RebuildResult } from '@ascc/contracts';
import {
  EventBus,
  REPORTING_CONNECTION_FILE,
  type RequestContext,
  dataDir,
  natsServers,
  openDatabase,
} from '@ascc/service-kit';
import { DATABASE } from '../database';
import { ReadModelRebuild } from './read-model-rebuild';

/**
 * Who a rebuild from the command line acts as, in the audit log: the system (a fixed id no user has),
 * named with the OS user who ran it (the audit's username holds 40 characters).
 */
export function commandContext(osUser = os.userInfo().username): RequestContext {
  return {
    caller: {
      userId: '00000000-0000-4000-8000-000000000000',
      username: `system:${osUser}`.slice(0, 40),
      agencyCode: 'VPUBND',
      roles: ['admin'],
    },
    correlationId: null,
  };
}

/**
 * The reporting service's own configuration for a command run beside it: its database (DATABASE_URL,
 * or DATA_DIR's SQLite file) and its NATS connection — NATS_SERVERS/NATS_USER/NATS_PASSWORD as the
 * service gets them, else the connection file `npm start` wrote in DATA_DIR.
 */
export function commandEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env.NATS_USER) return env;
  const file = path.join(dataDir(env), REPORTING_CONNECTION_FILE);
  if (!fs.existsSync(file)) {
    // A NATS server without users (NATS_SERVERS of a development cluster) needs nothing more.
    return env;
  }
  const connection = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    servers: string;
    user: string;
    password: string;
  };
  return {
    ...env,
    NATS_SERVERS: env.NATS_SERVERS ?? connection.servers,
    NATS_USER: connection.user,
    NATS_PASSWORD: connection.password,
  };
}

/**
 * Rebuilds the read model of a running installation from the command line: the reporting service's
 * ReadModelRebuild in this process (no consumers started, no requests served), `rebuild` as the
 * system, audited like an administrator's rebuild. The running service keeps applying new events
 * meanwhile; an event it applies during the replay is not applied twice (ProcessedEvent).
 */
export async function rebuildReadModel(
  env: NodeJS.ProcessEnv = process.env,
  connectTimeoutMs = 10_000,
): Promise<RebuildResult> {
  const config = commandEnvironment(env);
  const bus = new EventBus('reporting', config);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      bus.nats(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`Cannot reach NATS at ${natsServers(config).join(', ')}`)),
          connectTimeoutMs,
        );
      }),
    ]);
  } catch (error) {
    // Not awaited: closing waits for the connection attempt, which retries forever.
    void bus.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const orm = await openDatabase(DATABASE, config);
  try {
    return await new ReadModelRebuild(orm, bus).rebuild(commandContext());
  } finally {
    await bus.close();
    await orm.close(true);
  }
}
