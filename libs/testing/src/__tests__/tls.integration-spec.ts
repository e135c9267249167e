import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from 'nats';
import { Client } from 'pg';
import { natsConnectionOptions } from '@ascc/service-kit';
import {
  DEMO_ENV,
  NATS_AUTH_CONFIG,
  REPO_ROOT,
  type Running,
  type Stack,
  type TlsFiles,
  createDatabase,
  natsServerEnv,
  newNatsCredentials,
  signIn,
  startNatsServer,
  startPostgres,
  startStack,
} from '../index';

/** Runs openssl in `dir`, failing loudly. */
function openssl(dir: string, args: string[]): void {
  const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`);
}

/**
 * A CA made for this test and a server certificate it signs for 127.0.0.1 and localhost (EC P-256,
 * valid one day), in `dir/<name>-*.pem`.
 */
function makeCa(dir: string, name: string): TlsFiles {
  const file = (f: string) => path.join(dir, `${name}-${f}`);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  // prettier-ignore
  openssl(dir, [
    'req', '-x509', ...ec, '-keyout', file('ca.key'), '-out', file('ca.pem'), '-days', '1',
    '-subj', `/CN=ASCC test CA ${name}`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  openssl(dir, [
    'req',
    ...ec,
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
    '-subj',
    '/CN=127.0.0.1',
  ]);
  fs.writeFileSync(
    file('ext.cnf'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
  );
  // prettier-ignore
  openssl(dir, [
    'x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'),
    '-CAcreateserial', '-out', file('server.pem'), '-days', '1', '-extfile', file('ext.cnf'),
  ]);
  return { cert: file('server.pem'), key: file('server.key'), ca: file('ca.pem') };
}

/** Whether the server's connection of a pg client runs over TLS, as PostgreSQL sees it. */
async function pgSsl(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ ssl: boolean }>(
      'select ssl from pg_stat_ssl where pid = pg_backend_pid()',
    );
    return rows[0].ssl;
  } finally {
    await client.end();
  }
}

const withQuery = (url: string, query: string) => `${url.split('?')[0]}?${query}`;

/**
 * TLS for NATS and PostgreSQL, switched on by configuration: a CA this test makes with openssl, a
 * nats-server requiring TLS (infra/nats/tls.conf) and a PostgreSQL with ssl=on refusing TCP without it.
 * Clients trusting that CA connect and the whole product runs over both; a client without TLS, or
 * trusting another CA, is refused.
 */
describe('TLS to NATS and PostgreSQL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-tls-'));
  let tls: TlsFiles;
  let other: TlsFiles;
  let pg: Running;
  const owned: Running[] = [];

  beforeAll(async () => {
    tls = makeCa(dir, 'ours');
    other = makeCa(dir, 'other');
    pg = await startPostgres({ tls });
    owned.push(pg);
  }, 60_000);
  afterAll(async () => {
    for (const r of owned.reverse()) await r.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('nats-server with infra/nats/tls.conf', () => {
    let nats: Running;
    const credentials = newNatsCredentials();
    const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
      NATS_SERVERS: nats.url,
      NATS_USER: 'training',
      NATS_PASSWORD: credentials.training,
      ...extra,
    });
    const attempt = (options: Parameters<typeof connect>[0]) =>
      connect({ ...options, waitOnFirstConnect: false, reconnect: false, timeout: 3000 }).then(async (nc) => {
        await nc.flush();
        await nc.close();
        return 'connected';
      });

    beforeAll(async () => {
      // The repository's own files, included side by side as single.conf would.
      const conf = path.join(dir, 'nats');
      fs.mkdirSync(conf);
      fs.symlinkSync(NATS_AUTH_CONFIG(REPO_ROOT), path.join(conf, 'auth.conf'));
      fs.symlinkSync(path.join(REPO_ROOT, 'infra', 'nats', 'tls.conf'), path.join(conf, 'tls.conf'));
      fs.writeFileSync(path.join(conf, 'server.conf'), 'include ./auth.conf\ninclude ./tls.conf\n');
      nats = await startNatsServer({
        configFile: path.join(conf, 'server.conf'),
        env: { ...natsServerEnv(credentials), NATS_TLS_CERT: tls.cert, NATS_TLS_KEY: tls.key },
      });
      owned.push(nats);
    });

    it('lets a process trusting the CA (NATS_TLS_CA) connect', async () => {
      await expect(attempt(natsConnectionOptions('t', env({ NATS_TLS_CA: tls.ca })))).resolves.toBe(
        'connected',
      );
    });

    it('refuses a client without TLS, one trusting only the system CAs, and one trusting another CA', async () => {
      const plain = natsConnectionOptions('t', env({}));
      await expect(attempt({ ...plain, tls: null })).rejects.toThrow(/tls/i);
      await expect(attempt(plain)).rejects.toThrow();
      await expect(attempt(natsConnectionOptions('t', env({ NATS_TLS_CA: other.ca })))).rejects.toThrow();
    });
  });

  describe('PostgreSQL with ssl=on', () => {
    it('talks TLS with sslmode=verify-full and the CA as sslrootcert', async () => {
      expect(pg.url).toContain('sslmode=verify-full');
      expect(await pgSsl(pg.url)).toBe(true);
    });

    it('refuses a connection without TLS, and verify-full against another CA', async () => {
      await expect(pgSsl(withQuery(pg.url, 'sslmode=disable'))).rejects.toThrow(/no encryption|reject/i);
      await expect(
        pgSsl(withQuery(pg.url, `sslmode=verify-full&sslrootcert=${encodeURIComponent(other.ca)}`)),
      ).rejects.toThrow(/certificate/i);
    });
  });

  describe('the product', () => {
    let stack: Stack;
    let database = '';
    const saved = process.env.DATABASE_URL;

    beforeAll(async () => {
      const url = await createDatabase(pg.url, `tls_${Date.now()}`);
      database = new URL(url).pathname.slice(1);
      process.env.DATABASE_URL = url;
      try {
        stack = await startStack({
          database: 'postgresql',
          natsTls: tls,
          env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent' },
        });
      } finally {
        if (saved === undefined) delete process.env.DATABASE_URL;
        else process.env.DATABASE_URL = saved;
      }
    }, 120_000);
    afterAll(() => stack?.stop());

    it('runs every service over TLS to NATS and PostgreSQL: a course is created and read back', async () => {
      expect(stack.env.NATS_TLS_CA).toBe(tls.ca);
      const token = (await signIn(stack.url, 'snv.editor')).accessToken;
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      const created = await fetch(`${stack.url}/api/training/courses`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          code: 'TLS-1',
          titleVi: 'Bồi dưỡng ngoại ngữ cho công chức',
          titleEn: 'Foreign language for civil servants',
          topic: 'foreign-language',
          language: 'en',
          targetLevel: 'district',
          agencyCode: 'SNV',
          startDate: '2025-05-05',
          endDate: '2025-05-30',
          capacity: 35,
          costEstimate: 70_000_000,
        }),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const read = await fetch(`${stack.url}/api/training/courses/${id}`, { headers });
      expect(((await read.json()) as { code: string }).code).toBe('TLS-1');

      // Every connection the processes hold to the database is encrypted.
      const client = new Client({ connectionString: pg.url });
      await client.connect();
      const { rows } = await client.query<{ ssl: boolean; n: string }>(
        `select s.ssl, count(*) as n from pg_stat_activity a join pg_stat_ssl s using (pid)
          where a.datname = $1 group by s.ssl`,
        [database],
      );
      await client.end();
      expect(rows.map((r) => r.ssl)).toEqual([true]);
    });
  });
});
