import fs from 'node:fs';
import path from 'node:path';
import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { APPEND_ONLY_TABLES } from '../audit/audit-append-only.migration';
import { EventsModule } from '../events/events.module';
import { MIGRATIONS_TABLE, type ServiceDatabase, databaseKind, ormOptions } from './orm-options';

export const SERVICE_DATABASE = Symbol('SERVICE_DATABASE');

/**
 * Opens the service's database and applies its committed migrations before anything is served. On
 * PostgreSQL with `DATABASE_MIGRATION_URL` (the schema's owner role), the migrations run through a
 * connection of their own as that owner, which then grants the run-time role (`DATABASE_URL`'s user)
 * what it may do (`grantRuntimeRole`) — the embedded test stack does this in one process. A deployment
 * runs `main.js migrate` with the owner's URL apart (infra/deploy), so the running service never holds
 * it: with `DATABASE_URL` alone, pending migrations are applied only if that role may (single-role
 * installations), and otherwise fail the start, naming the step to run.
 */
export async function openDatabase(
  db: ServiceDatabase,
  env: NodeJS.ProcessEnv = process.env,
): Promise<MikroORM> {
  if (databaseKind(env) === 'postgresql' && env.DATABASE_MIGRATION_URL) await migrateDatabase(db, env);
  const orm = await initOrm(db, env);
  try {
    const applied = await migrateUp(orm, db, env);
    if (applied.length) new Logger('Database').log(`${db.service}: applied ${applied.join(', ')}`);
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

/**
 * Applies the migrations as the schema's owner (`DATABASE_MIGRATION_URL`, else `DATABASE_URL`), grants
 * the run-time role its rights when it is another role, and closes. What `main.js migrate` runs.
 */
export async function migrateDatabase(
  db: ServiceDatabase,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const ownerEnv = env.DATABASE_MIGRATION_URL ? { ...env, DATABASE_URL: env.DATABASE_MIGRATION_URL } : env;
  const orm = await initOrm(db, ownerEnv);
  try {
    const applied = await migrateUp(orm, db, ownerEnv);
    const runtime = databaseUser(env.DATABASE_URL);
    if (runtime && runtime !== databaseUser(ownerEnv.DATABASE_URL))
      await retried(() => grantRuntimeRole(orm, db.service, runtime));
    if (applied.length) new Logger('Database').log(`${db.service}: applied ${applied.join(', ')}`);
    return applied;
  } finally {
    await orm.close(true);
  }
}

async function initOrm(db: ServiceDatabase, env: NodeJS.ProcessEnv): Promise<MikroORM> {
  const options = ormOptions(db, env);
  if (databaseKind(env) === 'sqlite')
    fs.mkdirSync(path.dirname(options.dbName as string), { recursive: true });
  const orm = await MikroORM.init(options);
  if (databaseKind(env) === 'postgresql') await retried(() => preparePostgresSchema(orm, db.service));
  return orm;
}

/** The role a PostgreSQL URL signs in as. */
export function databaseUser(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const user = decodeURIComponent(new URL(url).username);
  return user || undefined;
}

const quoted = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * What the run-time role of a schema may do, granted by its owner after each migration (so a table a
 * migration adds is covered at once): read and write the service's tables; only add to and read the
 * audit log (`APPEND_ONLY_TABLES`: no UPDATE, DELETE or TRUNCATE, whatever its triggers); only read the
 * migrations' ledger. Not the owner, it can neither alter, drop nor disable the triggers of any table.
 */
export async function grantRuntimeRole(orm: MikroORM, schema: string, role: string): Promise<void> {
  const s = quoted(schema);
  const r = quoted(role);
  const tables = (await orm.em
    .getConnection()
    .execute(`select tablename from pg_tables where schemaname = ?`, [schema])) as { tablename: string }[];
  const names = new Set(tables.map((t) => t.tablename));
  await orm.em.transactional(async (em) => {
    const sql = (statement: string) =>
      em.getConnection().execute(statement, [], 'run', em.getTransactionContext());
    await sql(`grant usage on schema ${s} to ${r}`);
    await sql(`revoke all on all tables in schema ${s} from ${r}`);
    await sql(`grant select, insert, update, delete on all tables in schema ${s} to ${r}`);
    await sql(`grant usage, select on all sequences in schema ${s} to ${r}`);
    for (const table of APPEND_ONLY_TABLES.filter((t) => names.has(t)))
      await sql(`revoke update, delete on ${s}.${quoted(table)} from ${r}`);
    if (names.has(MIGRATIONS_TABLE))
      await sql(`revoke insert, update, delete on ${s}.${quoted(MIGRATIONS_TABLE)} from ${r}`);
  });
}

/**
 * What a service's migrations take for granted on PostgreSQL: its own schema, and the trigram
 * operators of its search index (pg_trgm is a trusted extension: the database owner may create it).
 * Either may have been made already by infra/postgresql/roles.sql, for roles that may not make them:
 * each is created only when missing.
 */
export async function preparePostgresSchema(orm: MikroORM, service: string): Promise<void> {
  const connection = orm.em.getConnection();
  if (!(await connection.execute(`select 1 from pg_namespace where nspname = ?`, [service])).length)
    await connection.execute(`create schema if not exists "${service}"`);
  if (!(await connection.execute(`select 1 from pg_extension where extname = 'pg_trgm'`)).length)
    await connection.execute('create extension if not exists pg_trgm with schema public');
}

/**
 * Services starting together on a new database race to create the shared pg_trgm extension: one
 * `create extension if not exists` can fail on the other's concurrent insert. Trying again finds it.
 */
async function retried<T>(
  action: () => Promise<T>,
  attempts = 5,
  worthRetrying: (error: unknown) => boolean = () => true,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= attempts || !worthRetrying(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.random() * 300));
    }
  }
}

/**
 * Applies pending migrations in one transaction. Copies of a service starting together race for the
 * same migrations: the loser's transaction fails and rolls back, and its retry finds them applied. A
 * role without the right to apply them (a run-time role) fails at once, naming the step to run.
 */
async function migrateUp(orm: MikroORM, db: ServiceDatabase, env: NodeJS.ProcessEnv): Promise<string[]> {
  const denied = (error: unknown) => {
    const e = error as { code?: string; cause?: { code?: string } };
    return (e.code ?? e.cause?.code) === '42501';
  };
  try {
    return await retried(
      async () => (await orm.getMigrator().up()).map((m) => m.name),
      5,
      (e) => !denied(e),
    );
  } catch (error) {
    if (!denied(error)) throw error;
    throw new Error(
      `${db.service}: migrations are pending and ${databaseUser(env.DATABASE_URL)} may not apply them; ` +
        `run them as the schema's owner first (DATABASE_MIGRATION_URL=… node main.js migrate): ${(error as Error).message}`,
    );
  }
}

@Injectable()
class OrmCloser implements OnApplicationShutdown {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}
  async onApplicationShutdown() {
    await this.orm.close(true);
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forService(db: ServiceDatabase): DynamicModule {
    return {
      module: DatabaseModule,
      // A department service relays its outbox and consumes other services' events (the gateway's
      // identity database has neither).
      imports: db.service === 'identity' ? [] : [EventsModule.forService(db.service)],
      providers: [
        { provide: SERVICE_DATABASE, useValue: db },
        { provide: MikroORM, useFactory: () => openDatabase(db) },
        OrmCloser,
      ],
      exports: [MikroORM, SERVICE_DATABASE],
    };
  }
}
