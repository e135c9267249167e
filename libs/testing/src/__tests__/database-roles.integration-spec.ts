import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT, type Stack, asRole, createServiceDatabase, databaseRoles, startStack } from '../index';

/** One table of each schema, holding that process's data. */
const TABLES = {
  identity: 'identity.identity_user',
  training: 'training.training_course',
  aid: 'aid.ngo',
  culture: 'culture.cultural_event',
  budget: 'budget.budget_estimate',
  reporting: 'reporting.yearly_report',
} as const;

/**
 * Least privilege per process in the database: the whole product on PostgreSQL as the stack runs it
 * (each process with its own `DATABASE_URL`), then the training process's own credentials used as an
 * attacker holding that process would use them. PostgreSQL only: without one the suite fails (never skips).
 */
describe('PostgreSQL: one role per process, owning nothing it runs with', () => {
  let stack: Stack;
  let superuser: Client;
  /** Runs SQL with exactly the credentials the training process was started with. */
  let training: (sql: string) => Promise<unknown[]>;
  const clients: Client[] = [];

  const connect = async (url: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  };
  const auditRow = (id: string) =>
    `insert into training.audit_record (id, at, entity, entity_id, action, user_id, username, agency_code, changes)
     values ('${id}', now(), 'TrainingCourse', 'c-1', 'create', 'u-1', 'snv.editor', 'SNV', '{}')`;

  beforeAll(async () => {
    stack = await startStack({
      database: 'postgresql',
      env: { AUTH_SECRET: 'integration-test-secret-of-more-than-32-bytes', LOG_LEVEL: 'silent' },
    });
    superuser = await connect(stack.databaseUrl as string);
    const client = await connect(stack.databaseEnv('training').DATABASE_URL as string);
    training = async (sql) => (await client.query(sql)).rows;
  }, 120_000);
  afterAll(async () => {
    for (const client of clients) await client.end();
    await stack?.stop();
  });

  it('runs each process as its own role, the product answering healthy', async () => {
    // The health answer probes every service's database, so each holds a connection just now.
    const health = (await (await fetch(`${stack.url}/api/health`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    const { rows } = await superuser.query<{ usename: string }>(
      'select distinct usename from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    const connected = rows.map((r) => r.usename);
    const runtimeRoles = Object.keys(TABLES).map((s) => databaseRoles(s as keyof typeof TABLES).runtime);
    expect(connected).toEqual(expect.arrayContaining(runtimeRoles.filter((r) => r !== 'ascc_identity')));
    expect(connected.filter((role) => !runtimeRoles.includes(role))).toEqual([]);
  });

  it('lets the training role read and write its own schema', async () => {
    await expect(training(`select count(*) from ${TABLES.training}`)).resolves.toHaveLength(1);
  });

  it.each(Object.entries(TABLES).filter(([schema]) => schema !== 'training'))(
    'refuses the training role any read of the %s schema',
    async (schema, table) => {
      await expect(training(`select * from ${table} limit 1`)).rejects.toThrow(
        new RegExp(`permission denied for schema ${schema}`),
      );
    },
  );

  it('reaches the identity schema from the gateway’s role alone', async () => {
    for (const schema of ['training', 'aid', 'culture', 'budget', 'reporting'] as const) {
      const roles = databaseRoles(schema);
      for (const role of [roles.runtime, roles.owner]) {
        const { rows } = await superuser.query<{ allowed: boolean }>(
          `select has_schema_privilege($1, 'identity', 'usage') as allowed`,
          [role],
        );
        expect({ role, allowed: rows[0].allowed }).toEqual({ role, allowed: false });
      }
    }
    const gateway = await connect(stack.databaseEnv('gateway').DATABASE_URL as string);
    await expect(gateway.query(`select count(*) from ${TABLES.identity}`)).resolves.toBeDefined();
    await expect(gateway.query(`select count(*) from ${TABLES.training}`)).rejects.toThrow(
      /permission denied for schema training/,
    );
  });

  it('lets the training role add audit rows and read them, and change none, trigger or not', async () => {
    const id = randomUUID();
    await training(auditRow(id));
    const row = `training.audit_record where id = '${id}'`;
    const refusals: [string, RegExp][] = [
      [`update ${row.replace(' where', ` set username = 'someone-else' where`)}`, /permission denied/],
      [`delete from ${row}`, /permission denied/],
      ['truncate training.audit_record', /permission denied/],
      [
        'alter table training.audit_record disable trigger audit_record_no_change',
        /must be owner of table audit_record/,
      ],
      ['alter table training.audit_record disable trigger all', /must be owner of table audit_record/],
      [
        'drop trigger audit_record_no_change on training.audit_record',
        /must be owner of (table|relation) audit_record/,
      ],
      ['drop table training.audit_record', /must be owner of table audit_record/],
      ["set session_replication_role = 'replica'", /permission denied/],
    ];
    for (const [sql, refused] of refusals) await expect(training(sql)).rejects.toThrow(refused);

    // With its triggers off (as a superuser could), the role's own rights still refuse every change.
    await superuser.query('alter table training.audit_record disable trigger all');
    try {
      for (const [sql, refused] of refusals.slice(0, 3)) await expect(training(sql)).rejects.toThrow(refused);
    } finally {
      await superuser.query('alter table training.audit_record enable trigger all');
    }
    expect(await training(`select username from ${row}`)).toEqual([{ username: 'snv.editor' }]);
  });

  it('lets the training role create nothing: no table in its schema or public, no temporary table', async () => {
    await expect(training('create table training.extra (id int)')).rejects.toThrow(/permission denied/);
    await expect(training('create table public.extra (id int)')).rejects.toThrow(/permission denied/);
    await expect(training('create temporary table extra (id int)')).rejects.toThrow(/permission denied/);
    await expect(training('create schema extra')).rejects.toThrow(/permission denied/);
  });
});

/** The deployment's order (infra/deploy/systemd): `main.js migrate` as the owner, then the service as its role. */
describe('PostgreSQL: migrations as the owner, apart from the service', () => {
  const migrate = (env: Record<string, string>) =>
    spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'dist', 'apps', 'training', 'src', 'main.js'), 'migrate'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', ...env },
      },
    );

  it('refuses to migrate as the run-time role, then migrates as the owner and grants the run-time role', async () => {
    const db = await createServiceDatabase(String(process.env.TEST_DATABASE_URL), `migrate_${Date.now()}`);
    const { DATABASE_URL, DATABASE_MIGRATION_URL } = db.env('training');

    const asRuntime = migrate({ DATABASE_URL });
    expect(asRuntime.status).toBe(1);
    expect(asRuntime.stderr).toContain('may not apply them');

    // The owner's run names the run-time role by DATABASE_URL's user: no password needed there.
    const asOwner = migrate({ DATABASE_MIGRATION_URL, DATABASE_URL: asRole(DATABASE_URL, 'ascc_training') });
    expect(asOwner.stderr).toBe('');
    expect(asOwner.status).toBe(0);
    expect(asOwner.stdout).toContain('training: applied migration-');

    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const rights = async (table: string) => {
        const { rows } = await client.query<{ privilege: string }>(
          `select privilege_type as privilege from information_schema.role_table_grants
           where grantee = $1 and table_schema = 'training' and table_name = $2 order by 1`,
          [databaseRoles('training').runtime, table],
        );
        return rows.map((r) => r.privilege);
      };
      expect(await rights('audit_record')).toEqual(['INSERT', 'SELECT']);
      expect(await rights('training_course')).toEqual(['DELETE', 'INSERT', 'SELECT', 'UPDATE']);
      expect(await rights('mikro_orm_migrations')).toEqual(['SELECT']);
      const { rows } = await client.query<{ owner: string }>(
        `select distinct pg_get_userbyid(relowner) as owner from pg_class where relnamespace = 'training'::regnamespace`,
      );
      expect(rows).toEqual([{ owner: databaseRoles('training').owner }]);
    } finally {
      await client.end();
    }
    // Once migrated, the run-time role starts with nothing to apply.
    const again = migrate({ DATABASE_URL });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('training: up to date');
  }, 60_000);
});
