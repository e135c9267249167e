import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type ConnectionOptions, type NatsConnection, connect } from 'nats';
import { startNatsServer } from '../processes';
import { DATABASE_SCHEMAS, type DatabaseSchema, provisionDatabase } from '../postgres';
import { REPO_ROOT } from '../repo-root';
import {
  type ConsumerState,
  type StreamDump,
  dumpStreams,
  readConsumers,
  restoreStreams,
  streamPositions,
} from './jetstream';
import {
  type BackupDatabaseKind,
  type BackupFile,
  type BackupManifest,
  BackupRefused,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  describeFile,
  sha256File,
} from './manifest';
import { dumpSchemas, restoreSchemas } from './postgres-dump';
import { copySqliteDatabases, readSqliteCopy } from './sqlite-copy';

/** Files of DATA_DIR that are data too: the auth secret (it encrypts the stored TOTP secrets) and the demo users' passwords. */
const DATA_FILES = ['auth-secret', 'demo-credentials.json'];
/** The JetStream part of a backup: streams' and consumers' configuration (the messages beside it). */
const JETSTREAM_INDEX = 'jetstream/index.json';

/** How to reach NATS: servers and, when the servers have users, the user's name and password. */
export interface NatsAccess {
  servers: string;
  user?: string;
  password?: string;
  /** TLS and the like, as `natsConnectionOptions` reads them. */
  tls?: ConnectionOptions['tls'];
}

export interface BackupOptions {
  /** The folder to create (it must not exist, or be empty). */
  to: string;
  database: BackupDatabaseKind;
  /** DATA_DIR: the SQLite files (embedded default) and the data files. */
  dataDir: string;
  /** PostgreSQL: a URL as an administrator who may act as each schema's owner role. */
  databaseUrl?: string;
  /** The running product's NATS, as a user that may read streams and consumers (`backup`). */
  nats: NatsAccess;
  log?: (line: string) => void;
  /** Called once the consumers' positions are read, before the databases are copied (tests widen the gap). */
  afterPositions?: () => Promise<void>;
}

export const sqliteFileOf = (schema: DatabaseSchema) => `${schema}.sqlite`;

function gitCommit(): string | null {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

async function connectNats(access: NatsAccess, name: string, inboxPrefix?: string): Promise<NatsConnection> {
  try {
    return await connect({
      servers: access.servers.split(',').map((s) => s.trim()),
      name,
      ...(access.user ? { user: access.user, pass: access.password ?? '' } : {}),
      ...(access.tls ? { tls: access.tls } : {}),
      ...(inboxPrefix ? { inboxPrefix } : {}),
      waitOnFirstConnect: false,
      maxReconnectAttempts: 5,
      timeout: 10_000,
    });
  } catch (error) {
    throw new Error(`NATS at ${access.servers} could not be reached: ${(error as Error).message}`);
  }
}

/**
 * Takes a backup of the running product into a new folder: every database (SQLite's online backup API,
 * or pg_dump per schema), the JetStream streams and durable consumers, DATA_DIR's data files, and a
 * manifest with each file's checksum. Order makes it consistent while writes go on: consumers'
 * positions first, then the databases, then the streams' messages (see jetstream.ts). Written into
 * `<to>.incomplete` and renamed at the end, so a folder named `to` is always whole.
 */
export async function takeBackup(options: BackupOptions): Promise<BackupManifest> {
  const log = options.log ?? (() => undefined);
  const target = path.resolve(options.to);
  if (fs.existsSync(target) && fs.readdirSync(target).length)
    throw new Error(`${target} already exists and is not empty: give a new folder`);
  if (options.database === 'postgresql' && !options.databaseUrl)
    throw new Error('DATABASE_URL is not set: the PostgreSQL backup needs the administrator’s URL');
  const work = `${target}.incomplete`;
  fs.rmSync(work, { recursive: true, force: true });
  for (const dir of ['', 'databases', 'jetstream', 'files'])
    fs.mkdirSync(path.join(work, dir), { recursive: true, mode: 0o700 });
  const createdAt = new Date().toISOString();

  const nc = await connectNats(
    options.nats,
    'backup',
    options.nats.user === 'backup' ? '_INBOX_backup' : undefined,
  );
  try {
    const jsm = await nc.jetstreamManager();
    // First the consumers' positions and the streams' ends, then the databases, then the messages.
    const consumers = await readConsumers(jsm);
    const positions = await streamPositions(jsm);
    log(`JetStream: ${consumers.length} durable consumer position(s) read`);
    await options.afterPositions?.();

    const schemaVersions = {} as Record<DatabaseSchema, string>;
    const knownEvents = new Set<string>();
    if (options.database === 'sqlite') {
      const copies = DATABASE_SCHEMAS.map((schema) => ({
        schema,
        source: path.join(options.dataDir, sqliteFileOf(schema)),
        destination: path.join(work, 'databases', sqliteFileOf(schema)),
      }));
      for (const { source } of copies)
        if (!fs.existsSync(source))
          throw new Error(`${source} is missing: is DATA_DIR the product's data folder?`);
      await copySqliteDatabases(copies);
      for (const { schema, destination } of copies) {
        const { version, eventIds } = readSqliteCopy(destination);
        schemaVersions[schema] = version ?? '';
        for (const id of eventIds) knownEvents.add(id);
      }
    } else {
      const dumps = await dumpSchemas(options.databaseUrl as string, DATABASE_SCHEMAS, (schema) =>
        path.join(work, 'databases', `${schema}.sql`),
      );
      for (const { schema, version, eventIds } of dumps) {
        schemaVersions[schema] = version ?? '';
        for (const id of eventIds) knownEvents.add(id);
      }
    }
    for (const schema of DATABASE_SCHEMAS) {
      if (!schemaVersions[schema]) throw new Error(`${schema}: no migration applied yet; nothing to back up`);
      log(`${schema.padEnd(10)} database copied (schema ${schemaVersions[schema]})`);
    }

    const streams = await dumpStreams(jsm, path.join(work, 'jetstream'), positions, knownEvents);
    for (const s of streams)
      log(
        `JetStream: stream ${s.name}, ${s.messages} message(s)${s.later ? ` (${s.later} written after the databases' copy left out)` : ''}`,
      );
    fs.writeFileSync(path.join(work, JETSTREAM_INDEX), JSON.stringify({ streams, consumers }, null, 2));

    for (const name of DATA_FILES) {
      const file = path.join(options.dataDir, name);
      if (fs.existsSync(file)) fs.copyFileSync(file, path.join(work, 'files', name));
    }

    const files: BackupFile[] = [];
    for (const dir of ['databases', 'jetstream', 'files'])
      for (const name of fs.readdirSync(path.join(work, dir)).sort())
        files.push(await describeFile(work, `${dir}/${name}`));
    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      createdAt,
      finishedAt: new Date().toISOString(),
      commit: gitCommit(),
      database: options.database,
      schemaVersions,
      files,
      jetstream: {
        streams: streams.map(({ name, messages, firstSeq, lastSeq, later }) => ({
          name,
          messages,
          firstSeq,
          lastSeq,
          later,
        })),
        consumers: consumers.map(({ stream, name, ackFloor }) => ({ stream, name, ackFloor })),
      },
    };
    fs.writeFileSync(path.join(work, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n', {
      mode: 0o600,
    });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(work, target);
    return manifest;
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    throw error;
  } finally {
    await nc.close();
  }
}

/** The last migration of each database in this build of the product (dist/apps/<app>/src/migrations). */
export function codeSchemaVersions(
  database: BackupDatabaseKind,
  distDir = path.join(REPO_ROOT, 'dist'),
): Record<DatabaseSchema, string> {
  const versions = {} as Record<DatabaseSchema, string>;
  for (const schema of DATABASE_SCHEMAS) {
    const app = schema === 'identity' ? 'gateway' : schema;
    const file = path.join(distDir, 'apps', app, 'src', 'migrations', database, 'index.js');
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:node\` first`);
    const exported = Object.values(require(file) as Record<string, unknown>).find(Array.isArray) as
      { name: string }[] | undefined;
    const last = exported?.[exported.length - 1]?.name;
    if (!last) throw new Error(`${file} lists no migration`);
    versions[schema] = last;
  }
  return versions;
}

export interface VerifyOptions {
  /** The database the backup must be of (the installation's). */
  database: BackupDatabaseKind;
  /** The code's schema versions (default: this build's). */
  codeVersions?: Record<DatabaseSchema, string>;
}

/**
 * Reads a backup's manifest and checks everything restore will use against it: every file present,
 * of its size (not truncated) and checksum (not corrupt), the database kind, and each database's
 * schema version against this code's migrations. Throws `BackupRefused` naming the file or service.
 */
export async function verifyBackup(from: string, options: VerifyOptions): Promise<BackupManifest> {
  const folder = path.resolve(from);
  if (!fs.existsSync(folder)) throw new BackupRefused(`${folder} does not exist`);
  const manifestFile = path.join(folder, MANIFEST_FILE);
  if (!fs.existsSync(manifestFile))
    throw new BackupRefused(`${manifestFile} is missing: ${folder} is not a complete backup`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest;
  } catch (error) {
    throw new BackupRefused(
      `${manifestFile} is not valid JSON (truncated or edited): ${(error as Error).message}`,
    );
  }
  if (manifest.format !== MANIFEST_FORMAT || !Array.isArray(manifest.files) || !manifest.schemaVersions)
    throw new BackupRefused(`${manifestFile} is not a backup manifest of format ${MANIFEST_FORMAT}`);
  if (manifest.database !== options.database)
    throw new BackupRefused(
      `the backup is of a ${manifest.database} installation; this one runs on ${options.database}`,
    );
  const listed = new Set(manifest.files.map((f) => f.path));
  const required = [
    ...DATABASE_SCHEMAS.map(
      (s) => `databases/${manifest.database === 'sqlite' ? sqliteFileOf(s) : `${s}.sql`}`,
    ),
    JETSTREAM_INDEX,
  ];
  for (const file of required)
    if (!listed.has(file)) throw new BackupRefused(`the manifest lists no ${file}: the backup is incomplete`);
  for (const file of manifest.files) {
    const where = path.resolve(folder, file.path);
    if (!where.startsWith(folder + path.sep))
      throw new BackupRefused(`the manifest names ${file.path}, outside the backup`);
    if (!fs.existsSync(where)) throw new BackupRefused(`${file.path} is missing from the backup`);
    const bytes = fs.statSync(where).size;
    if (bytes !== file.bytes)
      throw new BackupRefused(
        `${file.path} is truncated or changed: ${bytes} bytes, the manifest says ${file.bytes}`,
      );
    if ((await sha256File(where)) !== file.sha256)
      throw new BackupRefused(`${file.path} is corrupt: its checksum differs from the manifest's`);
  }
  const code = options.codeVersions ?? codeSchemaVersions(options.database);
  for (const schema of DATABASE_SCHEMAS) {
    if (manifest.schemaVersions[schema] !== code[schema])
      throw new BackupRefused(
        `${schema}: the backup's database is at ${manifest.schemaVersions[schema] || 'no migration'}, this version of the product expects ${code[schema]}; restore it with the product at commit ${manifest.commit ?? 'of the backup'}`,
      );
  }
  return manifest;
}

export interface RestoreOptions {
  from: string;
  database: BackupDatabaseKind;
  /** DATA_DIR: the SQLite files, the embedded nats-server's store (`nats/`), the data files. */
  dataDir: string;
  /** PostgreSQL: the administrator's URL of the database to restore into (provisioned by roles.sql). */
  databaseUrl?: string;
  /**
   * An external NATS to restore the streams on, as a user allowed to make streams and consumers and to
   * publish the events; none for the embedded default (its store in DATA_DIR/nats is rebuilt offline).
   */
  nats?: NatsAccess;
  codeVersions?: Record<DatabaseSchema, string>;
  log?: (line: string) => void;
}

export interface RestoreReport {
  manifest: BackupManifest;
  /** Where the data replaced by the restore was moved (embedded default), if there was any. */
  previousData: string | null;
  messages: number;
}

/**
 * Restores a backup onto a STOPPED product: verifies it whole first (refusing with nothing changed),
 * then moves DATA_DIR's current databases, store and data files aside to `DATA_DIR/before-restore-<time>`,
 * puts the databases back (SQLite files, or every schema in one PostgreSQL transaction), the data files,
 * and JetStream's streams and consumers. Started again, the services relay the outbox rows the backup
 * held unsent, and the consumers resume from their saved positions.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const log = options.log ?? (() => undefined);
  const folder = path.resolve(options.from);
  const manifest = await verifyBackup(folder, {
    database: options.database,
    codeVersions: options.codeVersions,
  });
  if (options.database === 'postgresql' && !options.databaseUrl)
    throw new BackupRefused('DATABASE_URL is not set: the PostgreSQL restore needs the administrator’s URL');
  log(
    `backup of ${manifest.createdAt} (commit ${manifest.commit ?? 'unknown'}) verified: ${manifest.files.length} files`,
  );
  const index = JSON.parse(fs.readFileSync(path.join(folder, JETSTREAM_INDEX), 'utf8')) as {
    streams: StreamDump[];
    consumers: ConsumerState[];
  };

  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const aside = path.join(dataDir, `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  const replaced = [
    ...(manifest.database === 'sqlite'
      ? DATABASE_SCHEMAS.flatMap((s) => ['', '-wal', '-shm'].map((x) => sqliteFileOf(s) + x))
      : []),
    ...DATA_FILES,
    ...(options.nats ? [] : ['nats']),
  ].filter((name) => fs.existsSync(path.join(dataDir, name)));
  if (replaced.length) {
    fs.mkdirSync(aside, { recursive: true, mode: 0o700 });
    for (const name of replaced) fs.renameSync(path.join(dataDir, name), path.join(aside, name));
    log(`the data it replaces was moved to ${aside}`);
  }

  if (manifest.database === 'sqlite') {
    for (const schema of DATABASE_SCHEMAS)
      fs.copyFileSync(
        path.join(folder, 'databases', sqliteFileOf(schema)),
        path.join(dataDir, sqliteFileOf(schema)),
      );
  } else {
    const url = options.databaseUrl as string;
    await restoreSchemas(
      url,
      DATABASE_SCHEMAS.map((schema) => ({ schema, file: path.join(folder, 'databases', `${schema}.sql`) })),
    );
    // The roles' grants as infra/postgresql/roles.sql makes them (it is idempotent).
    await provisionDatabase(url);
  }
  log(`databases restored: ${DATABASE_SCHEMAS.join(', ')}`);
  for (const name of DATA_FILES) {
    const file = path.join(folder, 'files', name);
    if (fs.existsSync(file)) fs.copyFileSync(file, path.join(dataDir, name));
  }

  // An external NATS as given; else the embedded store, rebuilt by a private server of its own (no users, loopback).
  const server = options.nats ? undefined : await startNatsServer({ storeDir: path.join(dataDir, 'nats') });
  let messages = 0;
  try {
    const nc = await connectNats(options.nats ?? { servers: server?.url ?? '' }, 'restore');
    try {
      ({ messages } = await restoreStreams(
        nc,
        path.join(folder, 'jetstream'),
        index.streams,
        index.consumers,
      ));
    } finally {
      await nc.close();
    }
  } finally {
    await server?.stop();
  }
  log(
    `JetStream restored: ${index.streams.length} stream(s), ${messages} message(s), ${index.consumers.length} consumer(s)`,
  );
  return { manifest, previousData: replaced.length ? aside : null, messages };
}
