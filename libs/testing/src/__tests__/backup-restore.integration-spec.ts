import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { AuditEntry, Dashboard, Page } from '@ascc/contracts';
import {
  BACKUP_CONNECTION_FILE,
  type BackupManifest,
  BackupRefused,
  DEMO_ENV,
  REPO_ROOT,
  type Stack,
  createServiceDatabase,
  reconciliationMismatches,
  restoreBackup,
  signIn,
  startPostgres,
  startStack,
  takeBackup,
  testDatabaseKinds,
  verifyBackup,
  waitFor,
} from '../index';

const Database = require('better-sqlite3') as new (
  file: string,
  options?: { readonly?: boolean },
) => { prepare(sql: string): { get(): unknown }; close(): void };

/**
 * Backup and restore (issue 18 item 1), on each database kind: a concurrent write load runs through the
 * gateway (aid transactions, whose events feed the read model; training courses with enrolments); a
 * backup is taken in the middle of it; the load stops, the stack's data is wiped, the backup restored
 * and the product started again. Then every write acknowledged before the backup began is there with
 * its audit row, departments and read model agree (the reconciliation check), and no event counted twice.
 */
const YEAR = 2029;

interface Written {
  transactions: { id: string; dong: number; at: number }[];
  courses: { id: string; at: number }[];
  enrolments: { courseId: string; traineeId: string; at: number }[];
}

describe.each(testDatabaseKinds())('backup and restore on %s', (database) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-backup-data-'));
  const backupDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-backup-')), 'backup');
  const env = { ...DEMO_ENV, SEED_DEMO_USERS: 'true', SEED_DEMO_DATA: 'false', LOG_LEVEL: 'warn' };
  let stack: Stack | undefined;
  let databaseUrl: string | undefined;
  let manifest: BackupManifest;
  let backupStartedAt = 0;
  let before: Dashboard;
  const written: Written = { transactions: [], courses: [], enrolments: [] };
  const tokens: Record<string, string> = {};
  const live = () => {
    if (!stack) throw new Error('the stack is not running');
    return stack;
  };

  const call = async <T>(user: string, method: string, url: string, body?: unknown) => {
    const res = await fetch(`${live().url}${url}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[user]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const read = <T>(url: string) => call<T>('admin', 'GET', url);
  const dashboard = (query = '') =>
    call<Dashboard>('sldtbxh.coordinator', 'GET', `/api/reporting/dashboard${query}`);
  const signInAll = async () => {
    for (const user of ['admin', 'sldtbxh.coordinator', 'sngv.editor', 'snv.editor'])
      tokens[user] = (await signIn(live().url, user)).accessToken;
  };
  const caughtUp = async () => {
    let last = -1;
    let stable = 0;
    await waitFor(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const d = await dashboard();
        stable = d.lag === 0 && d.eventsApplied === last ? stable + 1 : 0;
        last = d.eventsApplied;
        return stable >= 3;
      },
      'the read model to catch up',
      60_000,
    );
  };
  /** Every audit row of a service, as `entity:id:action`. */
  const audited = async (service: string) => {
    const seen = new Set<string>();
    for (let page = 1; ; page++) {
      const rows = await read<Page<AuditEntry>>(`/api/${service}/audit?pageSize=100&page=${page}`);
      for (const row of rows.items) {
        seen.add(`${row.entity}:${row.entityId}:${row.action}`);
        // A transaction's row is its project's (entityId), naming the transaction in its changes.
        const id = row.changes.id?.after;
        if (typeof id === 'string') seen.add(`${row.entity}:${id}:${row.action}`);
      }
      if (page * 100 >= rows.total) return seen;
    }
  };
  let redelivered = 0;
  const floorOf = (consumer: string) =>
    manifest.jetstream.consumers.find((c) => c.name === consumer)?.ackFloor ?? 0;
  /**
   * The transaction events the backed-up AID stream holds up to a consumer's floor (a stream sequence):
   * the stream carries the aid service's other events too (a project recorded, a record changed).
   */
  const transactionEventsUpTo = (floor: number) =>
    fs
      .readFileSync(path.join(backupDir, 'jetstream', 'AID.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { seq: number; subject: string })
      .filter((m) => m.seq <= floor && m.subject === 'aid.transaction.recorded').length;
  /** The aid events the restored read model holds as processed (before it starts again). */
  const processedAidEvents = async () => {
    const sql = "select count(*) as n from processed_event where subject = 'aid.transaction.recorded'";
    if (database === 'postgresql') {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return Number(
          (await client.query<{ n: string }>(sql.replace('processed_event', 'reporting.processed_event')))
            .rows[0].n,
        );
      } finally {
        await client.end();
      }
    }
    const db = new Database(path.join(dataDir, 'reporting.sqlite'), { readonly: true });
    try {
      return (db.prepare(sql).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  const start = () =>
    startStack({ database, dataDir, env, ...(databaseUrl ? { databaseUrl } : {}) }).then((s) => (stack = s));

  beforeAll(async () => {
    if (database === 'postgresql') {
      // A database that outlives the stack, as a real server does; restore goes into a fresh one.
      const pg = await startPostgres();
      databaseUrl = (await createServiceDatabase(pg.url, `backup_${Date.now()}`)).url;
    }
    await start();
    await signInAll();
    const project = await call<{ id: string }>('sngv.editor', 'POST', '/api/aid/projects', {
      code: 'BK-1',
      titleVi: 'Dự án sao lưu',
      titleEn: 'Backup project',
      agencyCode: 'SNGV',
      participants: [{ role: 'funding', name: 'Donor' }],
      sectors: [{ code: '11220', percentage: 100 }],
      locations: [{ districtCode: 'H-TIENHAI', percentage: 100 }],
    });

    // The load: four writers, each recording aid transactions and making a course with an enrolment.
    let running = true;
    let serial = 0;
    const writer = async (w: number) => {
      while (running) {
        const n = ++serial;
        const dong = 1_000_000 + n;
        const tx = await call<{ transaction: { id: string } }>(
          'sngv.editor',
          'POST',
          `/api/aid/projects/${project.id}/transactions`,
          { type: 'commitment', date: `${YEAR}-03-01`, amount: String(dong), currency: 'VND' },
        );
        written.transactions.push({ id: tx.transaction.id, dong, at: Date.now() });
        if (n % 3 !== w % 3) continue;
        const course = await call<{ id: string; version: number }>(
          'snv.editor',
          'POST',
          '/api/training/courses',
          {
            code: `BK-${n}`,
            titleVi: `Khóa sao lưu ${n}`,
            titleEn: `Backup course ${n}`,
            topic: 'it',
            targetLevel: 'province',
            agencyCode: 'SNV',
            startDate: `${YEAR}-01-06`,
            endDate: `${YEAR}-01-07`,
            capacity: 10,
            costEstimate: 1_000_000,
          },
        );
        written.courses.push({ id: course.id, at: Date.now() });
        await call('snv.editor', 'POST', `/api/training/courses/${course.id}/status`, {
          version: course.version,
          status: 'open',
        });
        const trainee = await call<{ id: string }>('snv.editor', 'POST', '/api/training/trainees', {
          staffCode: `BK-${n}`,
          fullName: `Nguyễn Văn ${n}`,
          gender: 'male',
          districtCode: 'H-KIENXUONG',
          level: 'province',
          group: 'civil-servant',
        });
        await call('snv.editor', 'POST', `/api/training/courses/${course.id}/enrolments`, {
          traineeIds: [trainee.id],
        });
        written.enrolments.push({ courseId: course.id, traineeId: trainee.id, at: Date.now() });
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(writer));
    await waitFor(() => written.transactions.length >= 20, 'the load to get going', 30_000);
    backupStartedAt = Date.now();
    const connection = JSON.parse(fs.readFileSync(path.join(dataDir, BACKUP_CONNECTION_FILE), 'utf8'));
    manifest = await takeBackup({
      to: backupDir,
      database,
      dataDir,
      databaseUrl,
      nats: connection,
      // The load goes on between the consumers' positions and the copy: events acknowledged in between
      // are in the copies yet after the saved floors, so the restored consumers get them again.
      afterPositions: () => new Promise((resolve) => setTimeout(resolve, 700)),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    running = false;
    await load;
    await caughtUp();
    before = await dashboard();

    // Wipe: the stack stops, its data folder goes; PostgreSQL restores into a fresh database.
    await live().stop();
    stack = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) {
      const pg = await startPostgres();
      databaseUrl = (await createServiceDatabase(pg.url, `restored_${Date.now()}`)).url;
    }
    await restoreBackup({ from: backupDir, database, dataDir, databaseUrl });
    redelivered =
      (await processedAidEvents()) - transactionEventsUpTo(floorOf('reporting-aid-transaction-recorded'));
    await start();
    await signInAll();
    await caughtUp();
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(path.dirname(backupDir), { recursive: true, force: true });
  });

  it('writes a manifest: time, commit, schema versions, a checksum per file, the consumers’ positions', () => {
    expect(Date.parse(manifest.createdAt)).toBeGreaterThanOrEqual(backupStartedAt - 1000);
    expect(manifest.database).toBe(database);
    expect(manifest.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.keys(manifest.schemaVersions).sort()).toEqual(
      ['aid', 'budget', 'culture', 'identity', 'reporting', 'training'].sort(),
    );
    for (const version of Object.values(manifest.schemaVersions))
      expect(version).toMatch(/^migration-\d{14}$/);
    expect(manifest.files.filter((f) => !/^[0-9a-f]{64}$/.test(f.sha256))).toEqual([]);
    expect(manifest.files.filter((f) => f.path.startsWith('databases/')).map((f) => f.bytes > 0)).toEqual(
      Array(6).fill(true),
    );
    const aidConsumer = manifest.jetstream.consumers.find(
      (c) => c.name === 'reporting-aid-transaction-recorded',
    );
    const aidStream = manifest.jetstream.streams.find((s) => s.name === 'AID');
    expect(aidStream?.messages).toBeGreaterThan(0);
    // Consumers' positions were read before the streams: the stream went on while the backup ran.
    expect(aidConsumer?.ackFloor).toBeLessThanOrEqual(aidStream?.lastSeq ?? 0);
  });

  it('restores every write acknowledged before the backup began, each with its audit row', async () => {
    const acked = <T extends { at: number }>(list: T[]) => list.filter((w) => w.at < backupStartedAt);
    expect(acked(written.transactions).length).toBeGreaterThanOrEqual(20);
    const project = (await read<Page<{ id: string }>>('/api/aid/projects?pageSize=100')).items[0];
    const present = new Set<string>();
    for (let page = 1; ; page++) {
      const rows = await read<Page<{ id: string }>>(
        `/api/aid/projects/${project.id}/transactions?pageSize=100&page=${page}`,
      );
      for (const row of rows.items) present.add(row.id);
      if (page * 100 >= rows.total) break;
    }
    expect(acked(written.transactions).filter((t) => !present.has(t.id))).toEqual([]);
    const aidAudit = await audited('aid');
    expect([...present].filter((id) => !aidAudit.has(`AidTransaction:${id}:create`))).toEqual([]);

    const trainingAudit = await audited('training');
    for (const course of acked(written.courses)) {
      expect((await read<{ id: string }>(`/api/training/courses/${course.id}`)).id).toBe(course.id);
      expect(trainingAudit.has(`TrainingCourse:${course.id}:create`)).toBe(true);
    }
    for (const e of acked(written.enrolments)) {
      const roster = await read<{ items: { traineeId: string; status: string }[] }>(
        `/api/training/courses/${e.courseId}/enrolments`,
      );
      expect(roster.items.map((r) => r.traineeId)).toContain(e.traineeId);
    }
  });

  it('gives departments, read model and dashboard that agree, with no event applied twice', async () => {
    // The restored consumers got again events their database had already applied (after the saved floor).
    expect(redelivered).toBeGreaterThan(0);
    expect(await reconciliationMismatches({ get: read, dashboard }, [YEAR])).toEqual([]);
    const d = await dashboard(`?year=${YEAR}`);
    const aid = await read<{ totals: { committed: string | number } }>(
      `/api/aid/reports/aid?groupBy=year&yearFrom=${YEAR}&yearTo=${YEAR}`,
    );
    // Every restored transaction counted exactly once: the sum of what the aid service holds.
    expect(BigInt(d.aid.committed)).toBe(BigInt(aid.totals.committed));
    expect(BigInt(d.aid.committed)).toBeGreaterThan(0n);
    // The restored product holds at most what the running one had, and no more events applied than it had.
    expect(BigInt(d.aid.committed)).toBeLessThanOrEqual(BigInt(before.aid.committed));
    expect((await dashboard()).eventsApplied).toBeLessThanOrEqual(before.eventsApplied);
  });

  it('goes on working: a new write after the restore reaches the read model', async () => {
    const project = (await read<Page<{ id: string }>>('/api/aid/projects?pageSize=100')).items[0];
    const committed = BigInt((await dashboard(`?year=${YEAR}`)).aid.committed);
    await call('sngv.editor', 'POST', `/api/aid/projects/${project.id}/transactions`, {
      type: 'commitment',
      date: `${YEAR}-04-01`,
      amount: '7000000',
      currency: 'VND',
    });
    await waitFor(
      async () => BigInt((await dashboard(`?year=${YEAR}`)).aid.committed) === committed + 7_000_000n,
      'the new event in the read model',
      30_000,
    );
  });

  it('npm run backup backs up the running product, and says what is wrong otherwise', () => {
    const cli = (args: string[], dir = dataDir) => {
      const cliEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir };
      delete cliEnv.NATS_SERVERS;
      delete cliEnv.DATABASE_URL;
      if (databaseUrl) cliEnv.DATABASE_URL = databaseUrl;
      return spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'tools', 'backup.js'), ...args], {
        env: cliEnv,
        encoding: 'utf8',
      });
    };
    const to = path.join(path.dirname(backupDir), 'by-cli');
    const done = cli([to]);
    expect([done.status, done.stderr]).toEqual([0, '']);
    expect(done.stdout).toContain(`Backup written to ${to}:`);
    const written = JSON.parse(fs.readFileSync(path.join(to, 'manifest.json'), 'utf8')) as BackupManifest;
    expect([written.database, written.schemaVersions]).toEqual([database, manifest.schemaVersions]);
    const again = cli([to]);
    expect([again.status, again.stderr.trim()]).toEqual([
      1,
      `Backup failed: ${to} already exists and is not empty: give a new folder`,
    ]);
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-no-product-'));
    const nothing = cli([path.join(elsewhere, 'b')], elsewhere);
    expect([nothing.status, nothing.stderr]).toEqual([
      1,
      expect.stringContaining(`${BACKUP_CONNECTION_FILE} is missing`),
    ]);
    expect(fs.existsSync(path.join(elsewhere, 'b'))).toBe(false);
    fs.rmSync(elsewhere, { recursive: true, force: true });
    expect(cli(['--help']).stdout).toContain('Usage: npm run backup -- <folder>');
    expect(cli([]).status).toBe(2);
  }, 120_000);

  describe('refuses a backup it cannot trust, changing nothing', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-refused-'));
    const target = path.join(scratch, 'data');
    afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
    /** A copy of the backup, spoiled by `spoil`; restoring it into `target` must be refused. */
    const spoilt = (name: string, spoil: (folder: string) => void) => {
      const folder = path.join(scratch, name);
      fs.cpSync(backupDir, folder, { recursive: true });
      spoil(folder);
      return folder;
    };
    const snapshot = () =>
      fs.readdirSync(target).map((name) => [name, fs.readFileSync(path.join(target, name), 'utf8')]);
    beforeAll(() => {
      fs.mkdirSync(target, { recursive: true });
      fs.writeFileSync(path.join(target, 'training.sqlite'), 'the current data');
    });
    const refused = async (folder: string, kind = database) => {
      const was = snapshot();
      const error = await restoreBackup({ from: folder, database: kind, dataDir: target, databaseUrl }).catch(
        (e: Error) => e,
      );
      expect(error).toBeInstanceOf(BackupRefused);
      expect(snapshot()).toEqual(was);
      return (error as Error).message;
    };
    const dbFile = database === 'sqlite' ? 'databases/training.sqlite' : 'databases/training.sql';

    it('a flipped byte: corrupt, naming the file', async () => {
      const folder = spoilt('corrupt', (f) => {
        const file = path.join(f, dbFile);
        const bytes = fs.readFileSync(file);
        bytes[Math.floor(bytes.length / 2)] ^= 0xff;
        fs.writeFileSync(file, bytes);
      });
      expect(await refused(folder)).toBe(`${dbFile} is corrupt: its checksum differs from the manifest's`);
    });

    it('a truncated file, a missing file or manifest', async () => {
      const truncated = spoilt('truncated', (f) => fs.truncateSync(path.join(f, 'jetstream/AID.ndjson'), 10));
      expect(await refused(truncated)).toMatch(/^jetstream\/AID\.ndjson is truncated or changed: 10 bytes/);
      const missing = spoilt('missing', (f) => fs.rmSync(path.join(f, dbFile)));
      expect(await refused(missing)).toBe(`${dbFile} is missing from the backup`);
      const noManifest = spoilt('no-manifest', (f) => fs.rmSync(path.join(f, 'manifest.json')));
      expect(await refused(noManifest)).toMatch(/manifest\.json is missing: .* is not a complete backup/);
    });

    it('a manifest whose schema version differs from the code’s migrations, naming the service', async () => {
      const folder = spoilt('mismatched', (f) => {
        const file = path.join(f, 'manifest.json');
        const m = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
        m.schemaVersions.budget = 'migration-20990101000000';
        fs.writeFileSync(file, JSON.stringify(m));
      });
      expect(await refused(folder)).toMatch(
        /^budget: the backup's database is at migration-20990101000000, this version of the product expects migration-\d{14}/,
      );
      expect(await refused(backupDir, database === 'sqlite' ? 'postgresql' : 'sqlite')).toMatch(
        new RegExp(`^the backup is of a ${database} installation`),
      );
      await expect(verifyBackup(backupDir, { database })).resolves.toMatchObject({ database });
    });

    it('npm run restore says so and exits 3; --help explains the usage', () => {
      const folder = path.join(scratch, 'corrupt');
      const cli = (args: string[]) =>
        spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'tools', 'restore.js'), ...args], {
          env: { ...process.env, DATA_DIR: target, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
          encoding: 'utf8',
        });
      const was = snapshot();
      const result = cli([folder]);
      expect([result.status, result.stderr.trim()]).toEqual([
        3,
        `Restore refused, nothing was changed: ${dbFile} is corrupt: its checksum differs from the manifest's`,
      ]);
      expect(snapshot()).toEqual(was);
      const help = cli(['--help']);
      expect([help.status, help.stdout]).toEqual([
        0,
        expect.stringContaining('Usage: npm run restore -- <folder>'),
      ]);
      expect(cli([]).status).toBe(2);
    });
  });
});
