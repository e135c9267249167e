import path from 'node:path';
import type { EntityClass, EntityManager, MigrationObject, Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { ServiceName } from '@ascc/contracts';
import { postgresTls } from './postgres-tls';

export type DatabaseKind = 'sqlite' | 'postgresql';

/** Where MikroORM keeps the names of the migrations applied. */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export interface ServiceDatabase {
  /** Names the SQLite file and the PostgreSQL schema: a department service, or `identity` (the gateway's). */
  service: ServiceName | 'identity';
  entities: EntityClass<unknown>[];
  /** Committed migrations, one list per database kind (their SQL differs). */
  migrations: Record<DatabaseKind, MigrationObject[]>;
}

/**
 * SQLite's FTS5 search indexes and search-order indexes (search.ts) and their shadow tables, which no
 * entity describes.
 */
export const SEARCH_INDEX_TABLES = /_search(_by_\w+)?(_data|_idx|_content|_docsize|_config)?$/;

export function databaseKind(env: NodeJS.ProcessEnv = process.env): DatabaseKind {
  return env.DATABASE_URL ? 'postgresql' : 'sqlite';
}

/** The kind of database an entity manager talks to (the SQL of `exactSumSql` differs between them). */
export function sqlDialect(em: EntityManager): DatabaseKind {
  return em.config.get('driver') === PostgreSqlDriver ? 'postgresql' : 'sqlite';
}

/** Where the embedded default keeps its SQLite files. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR ?? 'data');
}

/**
 * MikroORM options from the environment. Without `DATABASE_URL`: a SQLite file per service under
 * `DATA_DIR`. With it: PostgreSQL, one schema per service (named after it), so services sharing a
 * server never touch each other's tables.
 */
export function ormOptions(db: ServiceDatabase, env: NodeJS.ProcessEnv = process.env): Options {
  const common = {
    entities: db.entities,
    extensions: [Migrator],
    allowGlobalContext: false,
    debug: env.DB_DEBUG === 'true',
    discovery: { warnWhenNoEntities: false },
  } satisfies Options;
  if (env.DATABASE_URL) {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: env.DATABASE_URL,
      schema: db.service,
      pool: { min: 0, max: Number(env.DATABASE_POOL_MAX ?? 10) },
      // TLS from DATABASE_URL's sslmode/sslrootcert or PGSSLMODE/PGSSLROOTCERT (see postgres-tls.ts).
      ...postgresDriverOptions(env),
      migrations: {
        migrationsList: db.migrations.postgresql,
        tableName: `${db.service}.${MIGRATIONS_TABLE}`,
        snapshot: false,
        silent: true,
        transactional: true,
        allOrNothing: true,
      },
    };
  }
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: env.SQLITE_FILE ?? path.join(dataDir(env), `${db.service}.sqlite`),
    // The FTS5 search indexes are made by hand-written migrations (search.ts), not from the entities.
    schemaGenerator: { skipTables: [SEARCH_INDEX_TABLES] },
    pool: {
      afterCreate: (conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) => {
        // WAL lets reads go on during a write; busy_timeout waits instead of failing on a lock.
        conn.pragma('journal_mode = WAL');
        // A commit writes the WAL without waiting for the disk (fsync at checkpoints): a committed write
        // survives the process's crash or SIGKILL (the drills), a power cut may lose the last ones.
        // Said once for every start: better-sqlite3 already opens a file that is in WAL mode so, but a
        // connection that made the file WAL itself kept FULL, waiting ~4 ms on the disk at each commit
        // with the event loop blocked, i.e. a fresh installation's service until its first restart.
        conn.pragma('synchronous = NORMAL');
        conn.pragma('busy_timeout = 5000');
        conn.pragma('foreign_keys = ON');
        immediateTransactions(conn);
        reusePreparedStatements(conn);
        done(null, conn);
      },
    },
    migrations: {
      migrationsList: db.migrations.sqlite,
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
    },
  };
}

interface SqliteConnection {
  pragma(sql: string): unknown;
  prepare(sql: string): unknown;
}

/** How many prepared statements a SQLite connection keeps (the least recently used go first). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * knex prepares every query anew on better-sqlite3 (parsing and planning the same SQL on each request,
 * a few per cent of a service's time under load); the connection keeps its statements by SQL text
 * instead. Safe: knex binds values at each run, better-sqlite3 runs synchronously so one statement is
 * never in use twice at once, and SQLite re-prepares a statement itself after a schema change.
 */
export function reusePreparedStatements(conn: SqliteConnection, size = STATEMENT_CACHE_SIZE): void {
  const prepare = conn.prepare.bind(conn);
  const statements = new Map<string, unknown>();
  conn.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql);
    } else {
      statement = prepare(sql);
      if (statements.size >= size) statements.delete(statements.keys().next().value as string);
    }
    statements.set(sql, statement);
    return statement;
  };
}

/**
 * Makes every transaction on this SQLite connection take the write lock when it begins (`BEGIN
 * IMMEDIATE`; knex sends a plain, deferred `BEGIN`). Two copies of a service share one file: a deferred
 * transaction that read first and then writes after the other copy committed fails at once with
 * SQLITE_BUSY — busy_timeout cannot help, its snapshot is stale — and the request answered 500 (seen in
 * the rolling-restart drill). Taken at the start, the lock is waited for (busy_timeout) instead.
 */
export function immediateTransactions(conn: { prepare(sql: string): unknown }): void {
  const prepare = conn.prepare.bind(conn);
  conn.prepare = (sql: string) => prepare(/^\s*BEGIN\s*;?\s*$/i.test(sql) ? 'BEGIN IMMEDIATE' : sql);
}

/** `driverOptions` giving `pg` the TLS settings of the environment, when there are any. */
export function postgresDriverOptions(env: NodeJS.ProcessEnv = process.env): Pick<Options, 'driverOptions'> {
  const ssl = postgresTls(env);
  return ssl === undefined ? {} : { driverOptions: { connection: { ssl } } };
}
