import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { SERVICE_NAMES } from '@ascc/contracts';
import { REPO_ROOT } from './repo-root';

/** The schemas of the product's database: one per service, and the gateway's identity. */
export const DATABASE_SCHEMAS = [...SERVICE_NAMES, 'identity'] as const;
export type DatabaseSchema = (typeof DATABASE_SCHEMAS)[number];

/** The roles infra/postgresql/roles.sql makes for a schema: its owner (migrations) and its run-time role. */
export const databaseRoles = (schema: DatabaseSchema) => ({
  owner: `ascc_${schema}_owner`,
  runtime: `ascc_${schema}`,
});

/** What a process of a schema gets: `DATABASE_URL` (its run-time role), `DATABASE_MIGRATION_URL` (the owner). */
export interface DatabaseEnv {
  DATABASE_URL: string;
  DATABASE_MIGRATION_URL: string;
}

/** The process whose schema is `schema` (the gateway's is identity). */
export const schemaOf = (app: string): DatabaseSchema =>
  (app === 'gateway' ? 'identity' : app) as DatabaseSchema;

/** Creates an empty database on the server of `baseUrl` and returns its URL. */
export async function createDatabase(baseUrl: string, name: string): Promise<string> {
  const safe = name.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`create database "${safe}"`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${safe}`;
  return url.toString();
}

/**
 * Runs infra/postgresql/roles.sql in the database of `url` (as the superuser of `url`): the per-service
 * roles, their schemas and grants. Roles belong to the whole server, so two databases provisioned at
 * once (parallel test suites) take turns, holding a lock in the server's `postgres` database.
 */
export async function provisionDatabase(url: string): Promise<void> {
  const sql = fs.readFileSync(path.join(REPO_ROOT, 'infra', 'postgresql', 'roles.sql'), 'utf8');
  const lockUrl = new URL(url);
  lockUrl.pathname = '/postgres';
  const lock = new Client({ connectionString: lockUrl.toString() });
  await lock.connect();
  try {
    await lock.query(`select pg_advisory_lock(hashtext('ascc-provision-roles'))`);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  } finally {
    await lock.end();
  }
}

/** The URL of `url`'s database as another role (the test servers trust local connections). */
export function asRole(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = '';
  return u.toString();
}

/** The environment of the process of a schema on a provisioned database: its run-time role and owner. */
export function databaseEnv(url: string, schema: DatabaseSchema): DatabaseEnv {
  const roles = databaseRoles(schema);
  return { DATABASE_URL: asRole(url, roles.runtime), DATABASE_MIGRATION_URL: asRole(url, roles.owner) };
}

/**
 * A fresh database provisioned as in production (infra/postgresql/roles.sql): `url` is the superuser's,
 * `env(schema)` a process's URLs, so every PostgreSQL test runs each service as its own role.
 */
export async function createServiceDatabase(
  baseUrl: string,
  name: string,
): Promise<{ url: string; env(schema: DatabaseSchema): DatabaseEnv }> {
  const url = await createDatabase(baseUrl, name);
  await provisionDatabase(url);
  return { url, env: (schema) => databaseEnv(url, schema) };
}
