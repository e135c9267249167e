import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVICE_NAMES, type GatewayHealth, type ServiceName } from '@ascc/contracts';
import {
  NATS_AUTH_CONFIG,
  type NatsCredentials,
  type NatsUser,
  natsClientEnv,
  natsServerEnv,
  newNatsCredentials,
} from './nats-credentials';
import { REPORTING_CONNECTION_FILE } from '@ascc/service-kit';
import { BACKUP_CONNECTION_FILE } from './backup/connection';
import { type CallerKeys, newCallerKeys, withCallerKeys } from './caller-keys';
import { provisionNatsStreams } from './nats-provision';
import { type DatabaseEnv, createServiceDatabase, databaseEnv, schemaOf } from './postgres';
import { REPO_ROOT } from './repo-root';
import {
  type Restartable,
  type Running,
  type TlsFiles,
  freePort,
  startNatsServer,
  startPostgres,
  stopChild,
  waitFor,
} from './processes';

export { REPO_ROOT };

export interface StackOptions {
  /** `sqlite` (files in dataDir) or `postgresql` (DATABASE_URL, or a private cluster started here). */
  database?: 'sqlite' | 'postgresql';
  /**
   * With `postgresql`: a database already provisioned by infra/postgresql/roles.sql (`createServiceDatabase`),
   * as its superuser, which outlives the stack; each process gets its own roles on it. A fresh one by default.
   */
  databaseUrl?: string;
  gatewayPort?: number;
  natsPort?: number;
  dataDir?: string;
  /** Extra environment for every process (REQUEST_TIMEOUT_MS…). */
  env?: Record<string, string>;
  /** NATS servers to use instead of starting one (comma-separated), e.g. a cluster. */
  natsServers?: string;
  /** How many nodes of a NATS cluster hold each stream (3 on infra/'s cluster: R3); 1 by default. */
  streamReplicas?: number;
  /** Passwords of the NATS users on those servers (infra/nats/auth.conf); none for a server without users. */
  natsCredentials?: NatsCredentials;
  /** How many copies of each service to run (default 1): copies share the load through a NATS queue group. */
  copies?: Partial<Record<ServiceName, number>>;
  /** Pass the processes' output through (npm start) instead of keeping it for error reports (tests). */
  inheritOutput?: boolean;
  /**
   * Run each process from its deployable folder `<deployDir>/<app>` (`npx nx run <app>:build` writes
   * `dist/deploy/<app>`), in that folder, instead of from the repository's dist/.
   */
  deployDir?: string;
  /**
   * Restart a process that dies (npm start), after 1 s, doubling up to 30 s while it keeps dying within a
   * minute of its start; its exit is logged with the reason, and it reports its restarts in its health.
   */
  supervise?: boolean;
  /** Receives everything the processes write (stdout and stderr), e.g. to check their log lines. */
  onOutput?: (app: string, text: string) => void;
  /** How long every process may take to start (60 s by default; more for many copies on a busy machine). */
  startTimeoutMs?: number;
  /** The gateway's caller-signing key pair; a fresh one for each run by default. */
  callerKeys?: CallerKeys;
  /**
   * On PostgreSQL, start a server of the stack's own even when the tests share one (TEST_DATABASE_URL),
   * so that a failure drill may stop and start it (`crashDatabase`, `startDatabase`).
   */
  privateDatabase?: boolean;
  /** The nats-server started here requires TLS with this certificate; every process trusts `ca` (NATS_TLS_CA). */
  natsTls?: TlsFiles;
  /** Node options for chosen processes' copies (e.g. a profiler preloaded into the gateway under load). */
  execArgv?: Partial<Record<ServiceName | 'gateway', string[]>>;
}

export interface Stack {
  url: string;
  natsUrl: string;
  /** Passwords of the NATS users, when the servers have them. */
  natsCredentials?: NatsCredentials;
  /** The database's URL as its superuser (PostgreSQL). */
  databaseUrl?: string;
  /**
   * What a process gets on the PostgreSQL database the stack provisioned: `DATABASE_URL` as its own
   * run-time role and `DATABASE_MIGRATION_URL` as its schema's owner (nothing for SQLite, nor with an
   * external DATABASE_URL, which every process shares).
   */
  databaseEnv(app: ServiceName | 'gateway'): Partial<DatabaseEnv>;
  /** The whole environment a process of `app` gets (to start another copy by hand). */
  processEnv(app: ServiceName | 'gateway'): NodeJS.ProcessEnv;
  env: NodeJS.ProcessEnv;
  /**
   * Prometheus metrics: the token every `/metrics` wants, and the metrics URL of a service copy (`training`,
   * `training#1`; each has its own METRICS_PORT) or of the gateway (`gateway`, its own port's `/metrics`).
   */
  metrics: { token: string; url(process: string): string | undefined };
  /** Stops every copy of a service. */
  stopService(name: ServiceName): Promise<void>;
  /** Kills every copy of a service with SIGKILL, as a crash would (a supervised stack restarts it). */
  crashService(name: ServiceName): void;
  /** Freezes (SIGSTOP) or thaws (SIGCONT) a service: it stays subscribed but answers nothing, like a hung process. */
  pauseService(name: ServiceName, paused: boolean): void;
  startService(name: ServiceName): Promise<void>;
  /** The process ids of every running copy of `app` (to signal a profiler, say). */
  pidsOf(app: ServiceName | 'gateway'): number[];
  /**
   * A rolling upgrade: each copy of the service in turn is stopped (SIGTERM: it leaves the queue group and
   * finishes what it holds) and started again, the next only once the new one is ready.
   */
  rollingRestart(name: ServiceName): Promise<void>;
  /** Kills the nats-server the stack started with SIGKILL (JetStream keeps its store on disk). */
  crashNats(): Promise<void>;
  /** Starts that nats-server again on its port, with its store. */
  startNats(): Promise<void>;
  /** Stops the stack's own PostgreSQL server at once (`privateDatabase`), connections dropped. */
  crashDatabase(): Promise<void>;
  /** Starts it again with its data. */
  startDatabase(): Promise<void>;
  stop(): Promise<void>;
}

const MAIN = (app: string) => path.join('apps', app, 'src', 'main.js');

/**
 * Starts the whole product as real processes from the build in dist/: a nats-server (unless
 * NATS_SERVERS names an external one), the four services and the gateway, with a caller-signing key
 * pair made for the run (the private key to the gateway alone, the public key to the services). Used by `npm start`, the
 * gateway's integration tests and the browser journeys alike.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const { deployDir } = options;
  const folder = (app: string) => (deployDir ? path.join(deployDir, app) : REPO_ROOT);
  const entry = (app: string) => path.join(deployDir ? folder(app) : path.join(REPO_ROOT, 'dist'), MAIN(app));
  for (const app of [...SERVICE_NAMES, 'gateway']) {
    const build = deployDir ? `npx nx run ${app}:build` : 'npm run build';
    if (!fs.existsSync(entry(app))) throw new Error(`${entry(app)} is missing: run \`${build}\` first`);
  }
  const owned: Running[] = [];
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-stack-'));
  fs.mkdirSync(dataDir, { recursive: true });

  let natsUrl = options.natsServers ?? process.env.NATS_SERVERS;
  let natsCredentials = options.natsCredentials;
  let natsServer: Restartable | undefined;
  if (!natsUrl) {
    // The embedded default runs with the per-process NATS users of infra/, fresh passwords each run.
    natsCredentials = newNatsCredentials();
    const nats = await startNatsServer({
      port: options.natsPort,
      storeDir: path.join(dataDir, 'nats'),
      configFile: NATS_AUTH_CONFIG(REPO_ROOT),
      env: natsServerEnv(natsCredentials),
      tls: options.natsTls,
    });
    owned.push(nats);
    natsServer = nats;
    natsUrl = nats.url;
    writeCommandConnection(dataDir, natsUrl, natsCredentials);
  }
  const tlsEnv: Record<string, string> = options.natsTls ? { NATS_TLS_CA: options.natsTls.ca } : {};
  // The streams, made by the provisioning user before any service starts (services may only check them).
  const provisionPassword = natsCredentials?.provision ?? process.env.NATS_PROVISION_PASSWORD;
  try {
    await provisionNatsStreams({
      servers: natsUrl,
      env: { ...process.env, ...tlsEnv, ...options.env },
      replicas: options.streamReplicas,
      ...(provisionPassword ? { user: 'provision', password: provisionPassword } : {}),
    });
  } catch (error) {
    for (const r of owned.reverse()) await r.stop();
    throw new Error(`Provisioning the NATS streams failed: ${(error as Error).message}`);
  }
  let databaseUrl: string | undefined;
  /** Each process's own database roles, on a database provisioned here (none with DATABASE_URL given). */
  let databaseEnvOf: ((app: string) => Partial<DatabaseEnv>) | undefined;
  let databaseServer: Restartable | undefined;
  if (options.database === 'postgresql') {
    databaseUrl = options.databaseUrl ?? (options.privateDatabase ? undefined : process.env.DATABASE_URL);
    if (options.databaseUrl) {
      const provisioned = options.databaseUrl;
      databaseEnvOf = (app) => databaseEnv(provisioned, schemaOf(app));
    } else if (!databaseUrl) {
      // A fresh database on the server (which test suites may share through TEST_DATABASE_URL),
      // with one owner and one run-time role per schema as infra/postgresql/roles.sql makes them.
      const pg = await startPostgres({ private: options.privateDatabase });
      owned.push(pg);
      databaseServer = pg;
      const db = await createServiceDatabase(
        pg.url,
        `stack_${Date.now()}_${Math.floor(Math.random() * 1e6)}`,
      );
      databaseUrl = db.url;
      databaseEnvOf = (app) => db.env(schemaOf(app));
    }
  }
  const gatewayPort = options.gatewayPort ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NATS_SERVERS: natsUrl,
    DATA_DIR: dataDir,
    PORT: String(gatewayPort),
    HOST: '127.0.0.1',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...tlsEnv,
    // Every /metrics wants this bearer token (one per run unless given).
    METRICS_TOKEN: process.env.METRICS_TOKEN ?? randomBytes(24).toString('base64url'),
    ...options.env,
  };
  if (!databaseUrl) delete env.DATABASE_URL;

  // The gateway signs each request's caller; services hold only the public key to check it.
  const callerKeys = options.callerKeys ?? newCallerKeys();

  const children = new Map<string, ChildProcess>();
  /** Processes stopped on purpose (stopService, stop): not restarted. */
  const stopped = new WeakSet<ChildProcess>();
  let stopping = false;
  let starting: Promise<void>[] = [];
  const logs = new Map<string, string>();
  /** What a process of `app` starts with: its NATS user, its database role, its caller key. */
  const processEnv = (app: string, restarts = 0) =>
    withCallerKeys(
      {
        ...env,
        ...(natsCredentials ? natsClientEnv(natsCredentials, app as NatsUser) : {}),
        ...databaseEnvOf?.(app),
        RESTARTS: String(restarts),
      },
      callerKeys,
      app,
    );
  /** Each service copy's metrics listener port, chosen before its first start and kept across restarts. */
  const metricsPorts = new Map<string, number>();
  const keyOf = (app: string, copy: number) => (copy ? `${app}#${copy}` : app);
  const pickMetricsPort = async (app: string, copy = 0) => {
    if (!metricsPorts.has(keyOf(app, copy))) metricsPorts.set(keyOf(app, copy), await freePort());
  };
  const launch = (app: string, copy = 0, restarts = 0, backoffMs = 0) => {
    const startedAt = Date.now();
    const metricsPort = metricsPorts.get(keyOf(app, copy));
    const child = spawn(process.execPath, [...(options.execArgv?.[app as ServiceName] ?? []), entry(app)], {
      env: { ...processEnv(app, restarts), ...(metricsPort ? { METRICS_PORT: String(metricsPort) } : {}) },
      cwd: folder(app),
      stdio: options.inheritOutput
        ? ['ignore', 'inherit', 'inherit', 'ipc']
        : ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    // The process says 'ready' over IPC once it listens; exiting first is a failed start.
    const ready = new Promise<void>((resolve, reject) => {
      child.once('message', (m) => (m === 'ready' ? resolve() : undefined));
      child.once('exit', (code) => reject(new Error(`${app} exited with code ${code} before it was ready`)));
    });
    ready.catch(() => undefined);
    starting.push(ready);
    const key = copy ? `${app}#${copy}` : app;
    const keep = (d: Buffer) => {
      logs.set(key, ((logs.get(key) ?? '') + d.toString()).slice(-8000));
      options.onOutput?.(key, d.toString());
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    children.set(key, child);
    if (options.supervise) {
      child.once('exit', (code, signal) => {
        if (stopping || stopped.has(child)) return;
        // A process that ran a minute was healthy: start again from a short wait.
        const wait = Date.now() - startedAt > 60_000 ? 1000 : Math.min(30_000, Math.max(1000, backoffMs * 2));
        console.error(
          `${key} exited (${signal ? `signal ${signal}` : `code ${code}`}); restarting in ${wait / 1000} s (restart ${restarts + 1})`,
        );
        setTimeout(() => {
          if (!stopping && children.get(key) === child) launch(app, copy, restarts + 1, wait);
        }, wait).unref();
      });
    }
    return child;
  };
  const copiesOf = (name: string) =>
    [...children.entries()]
      .filter(([key]) => key === name || key.startsWith(`${name}#`))
      .map(([, child]) => child);
  const url = `http://127.0.0.1:${gatewayPort}`;
  const health = async () => (await (await fetch(`${url}/api/health`)).json()) as GatewayHealth;
  const serviceUp = (name: ServiceName) => async () =>
    (await health()).services.some((s) => s.service === name && s.status === 'up');

  const stopAll = async () => {
    stopping = true;
    await Promise.all([...children.values()].map((c) => stopChild(c)));
    for (const r of owned.reverse()) await r.stop();
  };

  try {
    for (const name of SERVICE_NAMES) {
      for (let copy = 0; copy < (options.copies?.[name] ?? 1); copy++) {
        await pickMetricsPort(name, copy);
        launch(name, copy);
      }
    }
    launch('gateway');
    await withTimeout(Promise.all(starting), options.startTimeoutMs ?? 60_000, 'every process to start');
    await waitFor(async () => (await health()).status === 'ok', 'every service to report healthy', 30_000);
  } catch (error) {
    const report = [...logs.entries()].map(([app, log]) => `--- ${app}\n${log}`).join('\n');
    await stopAll();
    throw new Error(`${(error as Error).message}\n${report}`);
  }

  return {
    url,
    natsUrl,
    natsCredentials,
    databaseUrl,
    databaseEnv: (app) => databaseEnvOf?.(app) ?? {},
    processEnv: (app) => processEnv(app),
    env,
    metrics: {
      token: env.METRICS_TOKEN as string,
      url: (key) =>
        key === 'gateway'
          ? `${url}/metrics`
          : metricsPorts.has(key)
            ? `http://127.0.0.1:${metricsPorts.get(key)}/metrics`
            : undefined,
    },
    async stopService(name) {
      for (const child of copiesOf(name)) stopped.add(child);
      await Promise.all(copiesOf(name).map((child) => stopChild(child)));
    },
    crashService(name) {
      for (const child of copiesOf(name)) child.kill('SIGKILL');
    },
    pauseService(name, paused) {
      for (const child of copiesOf(name)) child.kill(paused ? 'SIGSTOP' : 'SIGCONT');
    },
    async startService(name) {
      starting = [];
      await pickMetricsPort(name);
      launch(name);
      await withTimeout(Promise.all(starting), 30_000, `${name} to start`);
      await waitFor(serviceUp(name), `${name} to report healthy`, 30_000);
    },
    pidsOf: (app) => copiesOf(app).flatMap((child) => (child.pid ? [child.pid] : [])),
    async rollingRestart(name) {
      const keys = [...children.keys()].filter((key) => key === name || key.startsWith(`${name}#`));
      for (const key of keys) {
        const old = children.get(key);
        if (old) {
          stopped.add(old);
          await stopChild(old, 'SIGTERM', 15_000);
        }
        starting = [];
        launch(name, key === name ? 0 : Number(key.split('#')[1]));
        await withTimeout(Promise.all(starting), 60_000, `${key} to start again`);
      }
      await waitFor(serviceUp(name), `${name} to report healthy`, 30_000);
    },
    async crashNats() {
      if (!natsServer) throw new Error('this stack uses NATS servers it did not start');
      await natsServer.crash();
    },
    async startNats() {
      if (!natsServer) throw new Error('this stack uses NATS servers it did not start');
      await natsServer.start();
    },
    async crashDatabase() {
      if (!databaseServer) throw new Error('this stack did not start its database server (privateDatabase)');
      await databaseServer.crash();
    },
    async startDatabase() {
      if (!databaseServer) throw new Error('this stack did not start its database server (privateDatabase)');
      await databaseServer.start();
    },
    stop: stopAll,
  };
}

/**
 * Where a command acting as the reporting service (`npm run reporting:rebuild`) finds this run's NATS
 * server and the reporting user's password (and `npm run backup` the backup user's), which are generated per run: only that user's, readable by
 * the owner alone, beside the run's SQLite files (which the same command opens).
 */

function writeCommandConnection(dataDir: string, servers: string, credentials: NatsCredentials) {
  // `npm run backup` likewise reads the `backup` user's (read-only on JetStream) from its own file.
  for (const [name, user] of [
    [REPORTING_CONNECTION_FILE, 'reporting'],
    [BACKUP_CONNECTION_FILE, 'backup'],
  ] as const) {
    const file = path.join(dataDir, name);
    fs.rmSync(file, { force: true });
    fs.writeFileSync(file, JSON.stringify({ servers, user, password: credentials[user] }, null, 2) + '\n', {
      mode: 0o600,
    });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
