import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { postgresBinDir } from '../processes';
import { type DatabaseSchema, databaseRoles } from '../postgres';

/** A PostgreSQL client program (pg_dump, psql): the server's own, else the one on PATH (postgresql-client). */
export function postgresProgram(name: 'pg_dump' | 'psql'): string {
  const dir = postgresBinDir();
  if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  for (const candidate of [`/usr/bin/${name}`, `/usr/local/bin/${name}`])
    if (fs.existsSync(candidate)) return candidate;
  throw new Error(
    `${name} is not installed: run \`bash tools/setup.sh\` (apt-get install postgresql-client)`,
  );
}

/** Runs a client program; rejects with its own error output, which names what failed. */
function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(program)} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

export interface SchemaDump {
  schema: DatabaseSchema;
  /** The last migration applied, or null when none. */
  version: string | null;
  /** The ids of the events the schema's outbox holds. */
  eventIds: string[];
}

/**
 * Dumps every schema as plain SQL, each as the schema's owner role (`--role`: the administrator's
 * connection switches to it), ALL from ONE snapshot: a transaction exports its snapshot and every
 * pg_dump imports it (`--snapshot`), and the versions and outbox ids are read in it too. So the dumps
 * are one consistent cut of the product while the services write.
 */
export async function dumpSchemas(
  adminUrl: string,
  schemas: readonly DatabaseSchema[],
  fileOf: (schema: DatabaseSchema) => string,
): Promise<SchemaDump[]> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0].id;
    const dumps: SchemaDump[] = [];
    for (const schema of schemas) {
      const rows = async <T extends object>(sql: string): Promise<T[]> => {
        await client.query('savepoint s');
        try {
          const result = (await client.query<T>(sql)).rows;
          await client.query('release savepoint s');
          return result;
        } catch {
          await client.query('rollback to savepoint s'); // no such table (identity has no outbox)
          return [];
        }
      };
      const version = (
        await rows<{ name: string }>(
          `select name from "${schema}".mikro_orm_migrations order by id desc limit 1`,
        )
      )[0]?.name;
      const events = await rows<{ event_id: string }>(`select event_id from "${schema}".outbox_event`);
      await run(postgresProgram('pg_dump'), [
        '--dbname',
        adminUrl,
        '--snapshot',
        snapshot,
        '--schema',
        schema,
        '--role',
        databaseRoles(schema).owner,
        '--format',
        'plain',
        '--file',
        fileOf(schema),
      ]);
      dumps.push({ schema, version: version ?? null, eventIds: events.map((e) => e.event_id) });
    }
    await client.query('commit');
    return dumps;
  } finally {
    await client.end();
  }
}

/**
 * Replaces the schemas with their dumps in ONE transaction (psql --single-transaction, stopping at the
 * first error): each schema is dropped and made again from its dump, owner and grants included; a
 * failure leaves the database as it was.
 */
export async function restoreSchemas(
  adminUrl: string,
  dumps: { schema: DatabaseSchema; file: string }[],
): Promise<void> {
  const args = [
    '--dbname',
    adminUrl,
    '--no-psqlrc',
    '--quiet',
    '--single-transaction',
    '--set',
    'ON_ERROR_STOP=1',
  ];
  for (const { schema, file } of dumps)
    args.push('--command', `DROP SCHEMA IF EXISTS "${schema}" CASCADE`, '--file', file);
  await run(postgresProgram('psql'), args);
}
