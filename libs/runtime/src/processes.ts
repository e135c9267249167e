import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Ports handed to child processes come from below Linux's ephemeral range (32768–60999 by default).
 * A port taken with `listen(0)` comes from that range, and between closing it here and the child
 * binding it, any outgoing connection (a database or NATS client in a parallel test) may be given the
 * same port: CI saw `EADDRINUSE` that way. Nothing is given a port below the range unless it asks.
 */
const PORT_RANGE = { from: 20_000, to: 32_000 };
const handedOut = new Set<number>();

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A free TCP port on the loopback interface, outside the ephemeral range, not handed out before by this process. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = PORT_RANGE.from + Math.floor(Math.random() * (PORT_RANGE.to - PORT_RANGE.from));
    if (handedOut.has(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port between ${PORT_RANGE.from} and ${PORT_RANGE.to} after 200 tries`);
}

export async function waitFor(
  check: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {
      // not ready yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface Running {
  url: string;
  stop(): Promise<void>;
}

/** A server started here that a failure drill may crash or halt and start again, on its same port and data. */
export interface Restartable extends Running {
  /** Kills the server with SIGKILL (nats-server) or stops it at once without a checkpoint (PostgreSQL). */
  crash(): Promise<void>;
  /** Starts it again on the same port with the same data. */
  start(): Promise<void>;
}

export function stopChild(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = 5000,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** PEM files of a TLS server: its certificate and key, and the CA its clients are told to trust. */
export interface TlsFiles {
  cert: string;
  key: string;
  ca: string;
}

/**
 * Starts Debian's nats-server on a free loopback port, JetStream on with its store in `storeDir`
 * (a fresh temporary folder by default). With `tls`, clients must connect over TLS with that
 * certificate (what infra/nats/tls.conf switches on); without, nothing changes.
 */
export async function startNatsServer(
  opts: {
    port?: number;
    storeDir?: string;
    configFile?: string;
    env?: Record<string, string>;
    tls?: TlsFiles;
  } = {},
): Promise<Restartable & { port: number }> {
  const port = opts.port ?? (await freePort());
  const storeDir = opts.storeDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-nats-'));
  const args = ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir];
  if (opts.configFile) args.push('-c', opts.configFile);
  if (opts.tls) args.push('--tls', '--tlscert', opts.tls.cert, '--tlskey', opts.tls.key);
  let child: ChildProcess;
  const start = async () => {
    child = spawn(natsServerBinary(), args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...opts.env },
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    try {
      await waitFor(() => portOpen(port), `nats-server on port ${port}`, 10_000);
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n${stderr}`);
    }
  };
  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    stop: () => stopChild(child),
    crash: () => stopChild(child, 'SIGKILL'),
    start,
  };
}

export function natsServerBinary(): string {
  for (const candidate of [
    process.env.NATS_SERVER_BIN,
    '/usr/sbin/nats-server',
    '/usr/bin/nats-server',
    '/usr/local/bin/nats-server',
  ]) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  throw new Error('nats-server is not installed: run `bash tools/setup.sh` (apt-get install nats-server)');
}

/** The directory holding PostgreSQL's initdb and pg_ctl, newest version first; undefined if absent. */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

/**
 * Starts a private PostgreSQL cluster (initdb in a temporary folder, loopback only) and returns a URL
 * to a fresh database. As root the server runs as the `postgres` user, which PostgreSQL requires.
 * With `TEST_DATABASE_URL` set, that server is used instead — unless `tls` asks for a server with
 * `ssl=on` that refuses connections without TLS; its URL then says `sslmode=verify-full` and
 * `sslrootcert=<tls.ca>`.
 */
export async function startPostgres(opts: { tls?: TlsFiles; private?: boolean } = {}): Promise<Restartable> {
  if (process.env.TEST_DATABASE_URL && !opts.tls && !opts.private) {
    const shared = async () => {
      throw new Error(
        'the shared TEST_DATABASE_URL server is not stopped by one suite: ask for a private one',
      );
    };
    return { url: process.env.TEST_DATABASE_URL, stop: async () => undefined, crash: shared, start: shared };
  }
  const bin = postgresBinDir();
  if (!bin)
    throw new Error('PostgreSQL is not installed: run `bash tools/setup.sh` (apt-get install postgresql)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-pg-'));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (cmd: string, args: string[]) => {
    const quoted = [path.join(bin, cmd), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const result = asRoot
      ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { encoding: 'utf8' })
      : spawnSync(path.join(bin, cmd), args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
  };
  const pgdata = path.join(dir, 'data');
  run('initdb', ['-D', pgdata, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  let ssl = '';
  if (opts.tls) {
    // The key must belong to the server's user and be readable by it alone; TCP only over TLS.
    for (const [from, to] of [
      [opts.tls.cert, 'server.crt'],
      [opts.tls.key, 'server.key'],
    ]) {
      fs.copyFileSync(from, path.join(pgdata, to));
      fs.chmodSync(path.join(pgdata, to), 0o600);
      if (asRoot) spawnSync('chown', ['postgres:postgres', path.join(pgdata, to)]);
    }
    fs.writeFileSync(
      path.join(pgdata, 'pg_hba.conf'),
      'local all all trust\nhostssl all all 127.0.0.1/32 trust\nhost all all all reject\n',
    );
    ssl = ' -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key';
  }
  const start = async () =>
    run('pg_ctl', [
      '-D',
      pgdata,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off${ssl}`,
      'start',
    ]);
  await start();
  const tlsQuery = opts.tls ? `?sslmode=verify-full&sslrootcert=${encodeURIComponent(opts.tls.ca)}` : '';
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres${tlsQuery}`,
    stop: async () => {
      run('pg_ctl', ['-D', pgdata, '-m', 'immediate', 'stop']);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    // Immediate mode: every server process quits at once, connections drop, recovery runs at the next start.
    crash: async () => run('pg_ctl', ['-D', pgdata, '-m', 'immediate', 'stop']),
    start,
  };
}
