/**
 * List latency at scale: starts the real stack once with the demo province, then grows each list's
 * table to N rows by copying its demo rows inside the database (one INSERT … SELECT over a series: every
 * copy gets a fresh id, unique codes and a word of its own in its search text, so a search can find one
 * row among a million), starts the stack again on it and times the views users open (HTTP → NATS →
 * service → database): first page, a filtered and sorted page, free-text searches. Writes
 * reports/bench-lists-<database>.json.
 *
 *   npm run build:node && node dist/tools/bench-lists.js [rows=1000000] [sqlite|postgresql] [list,list…] [samples=40]
 *
 * The lists: courses, trainees, ngos, aid-projects, delegations, events, budget-estimates, and the
 * reporting records of each kind (records-course, records-event, records-delegation,
 * records-budget-line — the budget lines; the aid-project records are made of the transactions'
 * facts, not grown here); and, without free text, a project's transactions and an event's registrations
 * (of the project/event holding the most rows of the million) and the audit log.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { Client } from 'pg';
import {
  DEMO_ENV,
  REPO_ROOT,
  type Running,
  type Stack,
  signIn,
  startPostgres,
  startStack,
} from '@ascc/testing';

/** The driver the services use on SQLite (it ships no type declarations; MikroORM's wraps it). */
interface SqliteStatement {
  reader: boolean;
  all(): unknown[];
  run(): unknown;
}
const Database = require('better-sqlite3') as new (file: string) => {
  pragma(sql: string): unknown;
  prepare(sql: string): SqliteStatement;
  close(): void;
};

export const rows = Number(process.argv[2] ?? 1_000_000);
export const database = (process.argv[3] ?? 'sqlite') as 'sqlite' | 'postgresql';
/** Requests timed per view (the fifth argument). */
const SAMPLES = Number(process.argv[5] ?? 40);

export interface ListBench {
  service: 'training' | 'aid' | 'culture' | 'budget' | 'reporting';
  table: string;
  /** The primary key column, given a fresh UUID in each copy. */
  key: string;
  /** Columns that must stay unique: the copy appends `-<copy number>`. */
  unique?: string[];
  /** Unique indexes the copies cannot keep (an estimate per agency and year): dropped in the bench only. */
  dropUnique?: string[];
  /** Columns a copy leaves empty (a unique reference to another row). */
  nullify?: string[];
  /** The list's address; `:parent` is the parent (project, event) with the most rows, found after the copy. */
  list: string;
  /** The parent column of a list of one parent's rows (`:parent` in `list`). */
  parent?: string;
  filtered?: string;
  /** A word of every demo row's search text (the worst case: a million rows match); none: no free text. */
  common?: string;
  /** Makes the first rows of a table the demo province leaves empty, through the API, before the copy. */
  prepare?: (db: Db, api: (method: string, path: string, body: object) => Promise<void>) => Promise<void>;
}

export const LISTS: Record<string, ListBench> = {
  courses: {
    service: 'training',
    table: 'training_course',
    key: 'id',
    unique: ['code'],
    list: '/api/training/courses',
    filtered: 'status=planned&sort=code&order=asc',
    common: 'a',
  },
  trainees: {
    service: 'training',
    table: 'trainee',
    key: 'id',
    unique: ['staff_code'],
    list: '/api/training/trainees',
    filtered: 'level=commune&sort=fullName&order=asc',
    common: 'n',
  },
  ngos: {
    service: 'aid',
    table: 'ngo',
    key: 'id',
    list: '/api/aid/ngos',
    filtered: 'sort=nameOriginal&order=asc&countryCode=US',
    common: 'o',
  },
  'aid-projects': {
    service: 'aid',
    table: 'aid_project',
    key: 'id',
    unique: ['code'],
    list: '/api/aid/projects',
    filtered: 'status=approved&sort=code&order=asc',
    common: 'a',
  },
  delegations: {
    service: 'aid',
    table: 'delegation',
    key: 'id',
    list: '/api/aid/delegations',
    filtered: 'direction=inbound&sort=title&order=asc',
    common: 'o',
  },
  events: {
    service: 'culture',
    table: 'cultural_event',
    key: 'id',
    list: '/api/culture/events',
    filtered: 'status=planned&sort=titleVi&order=asc',
    common: 'a',
  },
  // Lists of one parent's rows (no free text): the parent with the most rows after the copy.
  transactions: {
    service: 'aid',
    table: 'aid_transaction',
    key: 'id',
    nullify: ['reverses_transaction_id'],
    list: '/api/aid/projects/:parent/transactions',
    parent: 'project_id',
  },
  registrations: {
    service: 'culture',
    table: 'cultural_event_registration',
    key: 'id',
    list: '/api/culture/events/:parent/registrations',
    parent: 'event_id',
    filtered: 'status=registered',
    async prepare(db, api) {
      // The demo events take no registrations: one is opened to them, and three people register.
      const events = database === 'sqlite' ? 'cultural_event' : 'culture.cultural_event';
      const [{ id }] = await db.query<{ id: string }>(`select id from ${events} order by id limit 1`);
      await db.query(
        `update ${events} set takes_registrations = true, status = 'planned' where id = '${id}'`,
      );
      for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu'])
        await api('POST', `/api/culture/events/${id}/registrations`, {
          name,
          countryCode: 'VN',
          contact: 'bench@example.org',
        });
    },
  },
  audit: {
    service: 'training',
    table: 'audit_record',
    key: 'id',
    list: '/api/training/audit',
    filtered: 'action=create&username=admin',
    async prepare(_db, api) {
      // The demo province is seeded without audit rows: two courses created through the API write some.
      for (const n of [1, 2])
        await api('POST', '/api/training/courses', {
          code: `BENCH-AUDIT-${n}`,
          titleVi: `Khóa học đo tốc độ ${n}`,
          titleEn: `Benchmark course ${n}`,
          topic: 'international-integration',
          targetLevel: 'commune',
          agencyCode: 'SNV',
          startDate: '2026-03-02',
          endDate: '2026-03-06',
          capacity: 40,
          costEstimate: 50_000_000,
        });
    },
  },
  'budget-estimates': {
    service: 'budget',
    table: 'budget_estimate',
    key: 'id',
    dropUnique: ['budget_estimate_agency_code_fiscal_year_unique'],
    list: '/api/budget/estimates',
    filtered: 'status=approved&sort=requestedAmount&order=desc',
    common: 'd',
  },
  ...Object.fromEntries(
    (
      [
        ['course', 'training_fact', 'course_id'],
        ['event', 'culture_fact', 'cultural_event_id'],
        ['delegation', 'delegation_fact', 'delegation_id'],
        ['budget-line', 'budget_fact', 'line_id'],
      ] as const
    ).map(([kind, table, key]) => [
      `records-${kind}`,
      {
        service: 'reporting',
        table,
        key,
        list: `/api/reporting/records?kind=${kind}`,
        filtered: 'sort=title&order=asc&planArea=III.8',
        common: 'a',
      } satisfies ListBench,
    ]),
  ),
};

const selected = (process.argv[4] ?? Object.keys(LISTS).join(',')).split(',');

/** The id of a copy: a valid UUID (version 4, RFC variant) made from the copy's and the source row's numbers. */
const uuidSql = {
  sqlite: `printf('%08x-%04x-4000-8000-%012x', s.i, src.n % 65536, src.n)`,
  postgresql: `(lpad(to_hex(s.i), 8, '0') || '-' || lpad(to_hex(src.n % 65536), 4, '0') || '-4000-8000-' || lpad(to_hex(src.n), 12, '0'))::uuid`,
};
/** The word only copy i of source row n has in its search text. */
export const needle = (i: number, n: number) => `zq${i}w${n}z`;

export interface Db {
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

export async function open(service: string, env: { dataDir: string; pgUrl?: string }): Promise<Db> {
  if (database === 'sqlite') {
    const db = new Database(path.join(env.dataDir, `${service}.sqlite`));
    db.pragma('journal_mode = WAL');
    return {
      async query<T>(sql: string) {
        const statement = db.prepare(sql);
        return (statement.reader ? statement.all() : (statement.run(), [])) as T[];
      },
      async close() {
        db.close();
      },
    };
  }
  const client = new Client({ connectionString: env.pgUrl });
  await client.connect();
  return {
    async query<T>(sql: string) {
      return (await client.query(sql)).rows as T[];
    },
    close: () => client.end(),
  };
}

/** Grows a table to `rows` rows by copying its rows; returns the rows it had and the copies made. */
export async function grow(bench: ListBench, db: Db) {
  const table = database === 'sqlite' ? `"${bench.table}"` : `"${bench.service}"."${bench.table}"`;
  const columns =
    database === 'sqlite'
      ? (await db.query<{ name: string }>(`pragma table_info(${table})`)).map((c) => c.name)
      : (
          await db.query<{ column_name: string }>(
            `select column_name from information_schema.columns where table_schema = '${bench.service}' and table_name = '${bench.table}' order by ordinal_position`,
          )
        ).map((c) => c.column_name);
  const [{ n: had }] = await db.query<{ n: number }>(`select count(*) as n from ${table}`);
  const original = Number(had);
  if (!original) throw new Error(`${bench.table} has no demo rows to copy`);
  for (const index of bench.dropUnique ?? [])
    await db.query(
      database === 'sqlite' ? `drop index "${index}"` : `alter table ${table} drop constraint "${index}"`,
    );
  const copies = Math.ceil((rows - original) / original);
  const concat = (a: string, b: string) => `${a} || ${b}`;
  const value = (c: string) => {
    if (c === bench.key) return uuidSql[database];
    if (c === 'search_text') return concat(`src.search_text`, `' zq' || s.i || 'w' || src.n || 'z'`);
    if (bench.unique?.includes(c)) return concat(`src."${c}"`, `'-' || s.i`);
    if (bench.nullify?.includes(c)) return 'null';
    return `src."${c}"`;
  };
  const list = columns.map((c) => `"${c}"`).join(', ');
  const values = columns.map(value).join(', ');
  const source = (numbering: string) => `(select ${numbering} as n, * from ${table}) src`;
  const started = Date.now();
  // Indexes are built once after the copy rather than row by row (the search index too, on SQLite).
  const rebuild = await setIndexesAside(bench, db, table);
  if (database === 'sqlite')
    await db.query(
      `insert into ${table} (${list}) with recursive s(i) as (select 1 union all select i + 1 from s where i < ${copies}) ` +
        `select ${values} from s cross join ${source('row_number() over ()')} limit ${rows - original}`,
    );
  else {
    await db.query(
      `insert into ${table} (${list}) select ${values} from generate_series(1, ${copies}) as s(i) cross join ${source('row_number() over ()')} limit ${rows - original}`,
    );
  }
  await rebuild();
  if (database === 'sqlite') await db.query(`analyze ${table}`);
  const seedMs = Date.now() - started;
  const parent = bench.parent
    ? String(
        (
          await db.query<{ p: string }>(
            `select "${bench.parent}" as p from ${table} group by "${bench.parent}" order by count(*) desc limit 1`,
          )
        )[0].p,
      )
    : undefined;
  if (!bench.common) return { original, copies, seedMs, words: '', parent };
  // Two words the first copy of the first row shares with many rows, for a search of several words.
  const [{ search_text: text }] = await db.query<{ search_text: string }>(
    `select search_text from ${table} where search_text like '%${needle(1, 1)}%'`,
  );
  const words = text
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !w.startsWith('zq'))
    .slice(0, 2);
  return { original, copies, seedMs, words: words.join(' '), parent };
}

/**
 * Drops a table's secondary indexes (and on SQLite its search-index triggers) before a bulk copy;
 * returns what makes them again and fills the search index from the rows.
 */
async function setIndexesAside(bench: ListBench, db: Db, table: string) {
  if (database === 'sqlite') {
    // The search-order indexes' triggers stay: they fill those indexes row by row as the copy goes.
    const made = await db.query<{ type: string; name: string; sql: string }>(
      `select type, name, sql from sqlite_master where tbl_name = '${bench.table}' and type in ('index', 'trigger') and sql is not null and name not like '%\\_search\\_by\\_%' escape '\\'`,
    );
    for (const m of made) await db.query(`drop ${m.type} "${m.name}"`);
    return async () => {
      for (const m of made.filter((m) => m.type === 'index')) await db.query(m.sql);
      const fts = `${bench.table}_search`;
      if (made.some((m) => m.type === 'trigger' && m.name.startsWith(fts)))
        await db.query(`insert into "${fts}" ("${fts}") values ('rebuild')`);
      for (const m of made.filter((m) => m.type === 'trigger')) await db.query(m.sql);
      // The search-order indexes, filled row by row by their triggers, merged into one segment each.
      for (const { name } of await db.query<{ name: string }>(
        `select name from sqlite_master where type = 'table' and sql like 'create virtual table%' and name like '${bench.table}\\_search\\_by\\_%' escape '\\'`,
      ))
        await db.query(`insert into "${name}" ("${name}") values ('optimize')`);
    };
  }
  const made = await db.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where schemaname = '${bench.service}' and tablename = '${bench.table}' ` +
      `and indexname not in (select conname from pg_constraint)`,
  );
  for (const m of made) await db.query(`drop index "${bench.service}"."${m.indexname}"`);
  return async () => {
    await db.query(`set maintenance_work_mem = '512MB'`);
    for (const m of made) await db.query(m.indexdef);
    await db.query(`analyze ${table}`);
  };
}

/** Tries again a request that failed on the network (not one the server answered with an error). */
export async function retried<T>(action: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function waitForRecords(url: string, token: string) {
  // The read model fills from the services' events after the demo data is written.
  for (let i = 0; i < 120; i++) {
    const res = await fetch(`${url}/api/reporting/records?kind=budget-line`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.ok && ((await res.json()) as { total: number }).total > 0) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Where the benches' stack keeps its databases, for `open`. */
export interface BenchPlace {
  dataDir: string;
  pgUrl?: string;
}

/**
 * Starts the real stack with the demo province (its users and data) on `database` in a fresh data folder
 * (on PostgreSQL, a private server), waits until the read model holds the demo records, runs `measure`,
 * and stops and removes it all. The list bench and the global search bench share it.
 */
export async function withDemoProvince(
  tmpPrefix: string,
  measure: (stack: Stack, place: BenchPlace) => Promise<void>,
): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  let pg: Running | undefined;
  if (database === 'postgresql') {
    pg = await startPostgres();
    // The stack's processes share this server's database (it makes a private one when none is named).
    process.env.DATABASE_URL = pg.url;
  }
  const env = {
    ...DEMO_ENV,
    SEED_DEMO_USERS: 'true',
    SEED_DEMO_DATA: 'true',
    LOG_LEVEL: 'silent',
    ...(pg ? { DATABASE_URL: pg.url } : {}),
  };
  try {
    console.log(`starting the demo province on ${database}…`);
    // A generous start: the bench usually runs on a machine busy with other work.
    const stack = await startStack({ database, dataDir, env, startTimeoutMs: 300_000 });
    try {
      await waitForRecords(stack.url, (await signIn(stack.url, 'admin')).accessToken);
      await measure(stack, { dataDir, pgUrl: pg?.url });
    } finally {
      await stack.stop();
    }
  } finally {
    await pg?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const results: Record<string, unknown> = {};
  await withDemoProvince('ascc-bench-', async (stack, place) => {
    // Each list is grown, then measured, then written: a long run that stops leaves what it measured.
    for (const name of selected) {
      const bench = LISTS[name];
      const db = await open(bench.service, place);
      let seeded: Awaited<ReturnType<typeof grow>>;
      try {
        if (bench.prepare) {
          const { accessToken } = await retried(() => signIn(stack.url, 'admin'));
          await bench.prepare(db, async (method, route, body) => {
            const res = await fetch(stack.url + route, {
              method,
              headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
              body: JSON.stringify(body),
            });
            if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
          });
        }
        console.log(`growing ${bench.table} to ${rows} rows…`);
        seeded = await grow(bench, db);
        console.log(`  ${seeded.original} demo rows, ${round(seeded.seedMs / 1000)} s`);
      } catch (error) {
        // A list the demo province has no rows of is reported as such; the others are still measured.
        console.error(`  ${bench.table}: ${String(error)}`);
        results[name] = { table: bench.table, skipped: String(error) };
        writeReport(results);
        continue;
      } finally {
        await db.close();
      }
      const { copies, original } = seeded;
      // As the administrator: every agency's rows (an agency's user adds the agency filter to each
      // view). Signed in for each list: a session outlives a list's measure, not a whole run.
      const { accessToken } = await retried(() => signIn(stack.url, 'admin'));
      const list = bench.list.replace(':parent', seeded.parent ?? '');
      const join = list.includes('?') ? '&' : '?';
      const q = (text: string) => `${list}${join}q=${encodeURIComponent(text)}`;
      const views: Record<string, string> = {
        'first page': list,
        ...(bench.filtered && { 'filtered and sorted page': `${list}${join}${bench.filtered}` }),
        'page 50 of 20': `${list}${join}page=50&pageSize=20`,
        ...(bench.common && {
          'search one row': q(needle(Math.ceil(copies / 2), Math.ceil(original / 2))),
          'search words + one row': q(`${seeded.words} ${needle(1, 1)}`),
          // Words every copy of a demo row has: tens of thousands of matches, the broad search.
          'search two common words': q(seeded.words),
          'search a word every row has': q(bench.common),
          // Too short for a trigram index: scans the search column until a page is found (SQLite).
          'search a two-letter word': q('an'),
        }),
      };
      const figures: Record<string, { p50Ms: number; p95Ms: number; total: number; failed: number }> = {};
      for (const [view, url] of Object.entries(views)) {
        const times: number[] = [];
        let total = 0;
        let failed = 0;
        for (let i = 0; i < SAMPLES; i++) {
          const t = performance.now();
          // A kept-alive connection the gateway closed while the table grew is opened again.
          const res = await retried(() =>
            fetch(stack.url + url, { headers: { authorization: `Bearer ${accessToken}` } }),
          );
          const body = (await res.json()) as { total: number };
          times.push(performance.now() - t);
          // A failed view (e.g. 503 when the service is slower than the gateway's timeout) counts as such.
          if (res.ok) total = body.total;
          else failed += 1;
        }
        times.sort((a, b) => a - b);
        figures[view] = {
          p50Ms: round(percentile(times, 50)),
          p95Ms: round(percentile(times, 95)),
          total,
          failed,
        };
        console.log(
          `${name} — ${view}: p50 ${figures[view].p50Ms} ms, p95 ${figures[view].p95Ms} ms (total ${total}, failed ${failed})`,
        );
      }
      results[name] = {
        measuredAt: new Date().toISOString(),
        commit: commit(),
        table: bench.table,
        demoRows: original,
        seedSeconds: round(seeded.seedMs / 1000),
        // The machine is shared: its 1-minute load average when the list's views were measured.
        loadAverage: round(os.loadavg()[0]),
        views: figures,
      };
      writeReport(results);
    }
  });
}

/** Writes the figures so far (after each list, so a long run that stops leaves what it measured). */
function writeReport(results: Record<string, unknown>) {
  const file = path.join(REPO_ROOT, 'reports', `bench-lists-${database}.json`);
  // Lists measured in an earlier run (another selection) are kept; those measured now replace theirs.
  const previous = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { lists?: object })
    : {};
  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    commit: commit(),
    database,
    rows,
    samplesPerView: SAMPLES,
    lists: { ...(previous.lists ?? {}), ...results },
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}

const commit = () => execSync('git rev-parse --short HEAD', { cwd: REPO_ROOT }).toString().trim();

export const round = (n: number) => Math.round(n * 10) / 10;

// Run as a script; tools/bench-global-search.ts imports the seeding helpers (same arguments: rows, database).
if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
