/**
 * Read-model latency at scale: fills the reporting service's fact tables with about N facts (native
 * batch inserts; training 30 %, culture 20 % with 1–3 countries each, aid 30 % over projects of ten
 * rows, delegations 10 % with countries, budget lines 10 %) over the plan's 9 years, 12 areas and the
 * catalog's agencies, countries, sectors and funding sources; starts the real stack on it and times,
 * as the plan coordinator through the gateway, the dashboard, a plan area's figures and the records
 * route of each kind. Writes reports/bench-read-model-<database>.json.
 *
 *   npm run build:node && node dist/tools/bench-read-model.js [facts=1000000] [sqlite|postgresql]
 *
 * BENCH_DATA_DIR=<dir> keeps the SQLite files there and seeds only when they are empty (a re-measure
 * after a migration skips the seeding); DATABASE_URL does the same with a PostgreSQL database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  AGENCIES,
  COUNTRIES,
  DISTRICT_CODES,
  FUNDING_SOURCE_CODES,
  PLAN_AREA_CODES,
  SECTORS,
  isAseanMember,
} from '@ascc/catalog';
import {
  CULTURAL_EVENT_TYPES,
  DELEGATION_DIRECTIONS,
  DELEGATION_PURPOSES,
  TARGET_GROUPS,
  TARGET_LEVELS,
  TRAINING_TOPICS,
} from '@ascc/contracts';
import { openDatabase, searchText, seededRandom, type ServiceDatabase } from '@ascc/service-kit';
import { DEMO_ENV, REPO_ROOT, type Running, signIn, startPostgres, startStack } from '@ascc/testing';

const facts = Number(process.argv[2] ?? 1_000_000);
const database = (process.argv[3] ?? 'sqlite') as 'sqlite' | 'postgresql';
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
/** A view slower than this on its first sample is timed a few times only (its p95 is already a verdict). */
const SLOW_MS = 3_000;
const BATCH = 2_000;
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

type Row = Record<string, unknown>;

async function seed(
  env: NodeJS.ProcessEnv,
): Promise<{ seeded: boolean; seedMs: number; rows: Record<string, number> }> {
  const modulePath = path.join(REPO_ROOT, 'dist', 'apps', 'reporting', 'src');
  const { DATABASE } = require(path.join(modulePath, 'database.js')) as { DATABASE: ServiceDatabase };
  const { READ_MODEL_ENTITIES } = require(path.join(modulePath, 'read-model', 'read-model.entities.js')) as {
    READ_MODEL_ENTITIES: { name: string }[];
  };
  /** Each fact's entity by its class name (one file each; the list names them all). */
  const entities: Record<string, object> = Object.fromEntries(READ_MODEL_ENTITIES.map((e) => [e.name, e]));
  const orm = await openDatabase(DATABASE, env);
  const rows: Record<string, number> = {};
  const started = Date.now();
  const seeded = (await orm.em.fork().count(entities.TrainingFact as never, {})) === 0;
  try {
    if (seeded) await fill(orm, entities);
    else console.log('facts already there: not seeding');
    for (const entity of READ_MODEL_ENTITIES)
      rows[entity.name] = await orm.em.fork().count(entity as never, {});
  } finally {
    await orm.close(true);
  }
  return { seeded, seedMs: Date.now() - started, rows };
}

async function fill(orm: Awaited<ReturnType<typeof openDatabase>>, e: Record<string, object>) {
  const random = seededRandom(20170630);
  const agencies = AGENCIES.map((a) => a.code);
  const countries = COUNTRIES.map((c) => c.code);
  const pending = new Map<object, Row[]>();
  const add = async (entity: object, row: Row) => {
    const list = pending.get(entity) ?? [];
    list.push(row);
    pending.set(entity, list);
    if (list.length >= BATCH) await flush(entity);
  };
  const flush = async (entity: object) => {
    const list = pending.get(entity);
    if (!list?.length) return;
    pending.set(entity, []);
    await orm.em.fork().insertMany(entity as never, list as never);
  };
  const flushAll = async () => {
    for (const entity of pending.keys()) await flush(entity);
  };
  const dateIn = (year: number, i: number) =>
    `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const countriesOf = (i: number, max: number) => {
    const picked = new Set<string>();
    const n = 1 + (i % max);
    while (picked.size < n) picked.add(random.pick(countries));
    return [...picked];
  };
  const log = (what: string) => console.log(`  ${what} (${Math.round(process.uptime())} s)`);

  const training = Math.round(facts * 0.3);
  for (let i = 0; i < training; i++) {
    const year = YEARS[i % 9];
    const code = `BD-${year}-${i}`;
    const title = `Bồi dưỡng kiến thức hội nhập quốc tế khóa ${i}`;
    const trained = random.int(10, 120);
    const completed = trained - random.int(0, Math.min(10, trained));
    await add(e.TrainingFact, {
      courseId: randomUUID(),
      code,
      title,
      searchText: searchText(code, title),
      agencyCode: i % 3 === 0 ? 'SNV' : random.pick(agencies),
      year,
      topic: TRAINING_TOPICS[i % TRAINING_TOPICS.length],
      level: TARGET_LEVELS[i % TARGET_LEVELS.length],
      targetGroup: TARGET_GROUPS[i % TARGET_GROUPS.length],
      planArea: i % 2 === 0 ? 'III.8' : random.pick(PLAN_AREA_CODES),
      trained,
      completed,
      female: Math.floor(trained / 2),
      communeTrained: i % 3 === 2 ? trained : Math.floor(trained / 4),
    });
  }
  await flushAll();
  log(`${training} training facts`);

  const culture = Math.round(facts * 0.2);
  for (let i = 0; i < culture; i++) {
    const year = YEARS[i % 9];
    const id = randomUUID();
    const type = CULTURAL_EVENT_TYPES[i % CULTURAL_EVENT_TYPES.length];
    const title = `Liên hoan văn hóa ASEAN lần thứ ${i}`;
    await add(e.CultureFact, {
      culturalEventId: id,
      title,
      searchText: searchText(title),
      agencyCode: i % 2 === 0 ? 'SVHTTDL' : random.pick(agencies),
      year,
      type,
      districtCode: random.pick(DISTRICT_CODES),
      planArea: i % 2 === 0 ? 'III.5' : random.pick(PLAN_AREA_CODES),
      audience: random.int(50, 5000),
    });
    for (const countryCode of countriesOf(i, 3))
      await add(e.CultureFactCountry, {
        culturalEventId: id,
        year,
        countryCode,
        asean: isAseanMember(countryCode, dateIn(year, i)),
      });
  }
  await flushAll();
  log(`${culture} culture facts`);

  // Aid: projects of ten fact rows — a commitment and four disbursements, over two sectors.
  const projects = Math.round((facts * 0.3) / 10);
  for (let p = 0; p < projects; p++) {
    const projectId = randomUUID();
    const code = `NGO-${p}`;
    const title = `Dự án hỗ trợ cộng đồng số ${p}`;
    await add(e.AidProjectFact, { projectId, code, title, searchText: searchText(code, title) });
    const donor = random.pick(countries);
    const firstYear = YEARS[p % 9];
    const sectors = [random.pick(SECTORS), random.pick(SECTORS)];
    const agencyCode = p % 2 === 0 ? 'SNGV' : random.pick(agencies);
    const district = random.pick(DISTRICT_CODES);
    for (let tx = 0; tx < 5; tx++) {
      const transactionId = randomUUID();
      const year = Math.min(2025, firstYear + tx);
      const amount = BigInt(random.int(50, 5000)) * 1_000_000n;
      for (const [s, sector] of sectors.entries())
        await add(e.AidFact, {
          transactionId,
          projectId,
          agencyCode,
          type: tx === 0 ? 'commitment' : 'disbursement',
          year,
          countryCode: donor,
          asean: isAseanMember(donor, dateIn(year, p)),
          sectorCode: sector.code,
          planArea: sector.planArea,
          districtCode: district,
          // The project's two sectors, 60 % and 40 % (whole millions: the split is exact).
          amount: ((amount * BigInt(s === 0 ? 60 : 40)) / 100n).toString(),
        });
    }
  }
  await flushAll();
  log(`${projects} aid projects`);

  const delegations = Math.round(facts * 0.1);
  for (let i = 0; i < delegations; i++) {
    const year = YEARS[i % 9];
    const id = randomUUID();
    const title = `Đoàn công tác hữu nghị số ${i}`;
    const startDate = dateIn(year, i);
    await add(e.DelegationFact, {
      delegationId: id,
      version: 1,
      title,
      searchText: searchText(title),
      agencyCode: i % 2 === 0 ? 'SNGV' : random.pick(agencies),
      direction: DELEGATION_DIRECTIONS[i % 2],
      purpose: DELEGATION_PURPOSES[i % DELEGATION_PURPOSES.length],
      planArea: i % 2 === 0 ? 'III.10' : random.pick(PLAN_AREA_CODES),
      size: random.int(2, 40),
      startDate,
      year,
    });
    for (const countryCode of countriesOf(i, 2))
      await add(e.DelegationFactCountry, {
        delegationId: id,
        year,
        countryCode,
        asean: isAseanMember(countryCode, startDate),
      });
  }
  await flushAll();
  log(`${delegations} delegation facts`);

  // Budget: estimates of five lines each.
  const lines = Math.round(facts * 0.1);
  let estimateId = randomUUID();
  for (let i = 0; i < lines; i++) {
    if (i % 5 === 0) estimateId = randomUUID();
    const estimate = Math.floor(i / 5);
    const description = `Kinh phí thực hiện nhiệm vụ kế hoạch ASEAN dòng ${i}`;
    const requested = random.int(10, 900) * 1_000_000;
    await add(e.BudgetFact, {
      lineId: randomUUID(),
      description,
      searchText: searchText(description),
      estimateId,
      agencyCode: agencies[estimate % agencies.length],
      year: YEARS[estimate % 9],
      planArea: random.pick(PLAN_AREA_CODES),
      fundingSource: random.pick(FUNDING_SOURCE_CODES),
      requested,
      approved: requested - random.int(0, 9) * 1_000_000,
    });
  }
  await flushAll();
  log(`${lines} budget facts`);
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The views a coordinator opens: the dashboard, an area, and each kind's records list. */
function views(): Record<string, string> {
  const records = (kind: string, split: string, q: string) => ({
    [`records ${kind}: first page`]: `/api/reporting/records?kind=${kind}`,
    [`records ${kind}: sort by figure`]: `/api/reporting/records?kind=${kind}&sort=figure&order=desc`,
    [`records ${kind}: year 2022`]: `/api/reporting/records?kind=${kind}&year=2022`,
    [`records ${kind}: plan area III.3`]: `/api/reporting/records?kind=${kind}&planArea=III.3`,
    [`records ${kind}: ${split}`]: `/api/reporting/records?kind=${kind}&${split}`,
    [`records ${kind}: q=${q}`]: `/api/reporting/records?kind=${kind}&q=${encodeURIComponent(q)}`,
    [`records ${kind}: page 50`]: `/api/reporting/records?kind=${kind}&page=50`,
  });
  return {
    'dashboard: whole plan': '/api/reporting/dashboard',
    'dashboard: phase P2': '/api/reporting/dashboard?phase=P2',
    'dashboard: year 2022': '/api/reporting/dashboard?year=2022',
    'area III.8: whole plan': '/api/reporting/areas/III.8',
    ...records('course', 'level=commune', '12345'),
    ...records('event', 'countryCode=LA', 'lan thu 4321'),
    ...records('aid-project', 'sectorCode=11220', 'so 2345'),
    ...records('delegation', 'countryCode=TH', 'huu nghi 6789'),
    ...records('budget-line', 'fundingSource=SOCIALISED', 'dong 5432'),
  };
}

async function main() {
  const keep = process.env.BENCH_DATA_DIR;
  const dataDir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-bench-rm-'));
  fs.mkdirSync(dataDir, { recursive: true });
  let pg: Running | undefined;
  const env: NodeJS.ProcessEnv = { DATA_DIR: dataDir };
  if (database === 'postgresql') {
    if (!process.env.DATABASE_URL) {
      pg = await startPostgres();
      // startStack uses this database instead of starting a server of its own.
      process.env.DATABASE_URL = pg.url;
    }
    env.DATABASE_URL = process.env.DATABASE_URL;
  } else delete process.env.DATABASE_URL;
  console.log(`seeding about ${facts} read-model facts on ${database}…`);
  const { seeded, seedMs, rows } = await seed(env);
  console.log(`seeded in ${round(seedMs / 1000)} s:`, rows);
  const stack = await startStack({
    database,
    dataDir,
    env: {
      ...DEMO_ENV,
      SEED_DEMO_USERS: 'true',
      LOG_LEVEL: 'silent',
      // Slow views are timed to the end rather than cut at the gateway's 5 s.
      REQUEST_TIMEOUT_MS: '60000',
      ...(env.DATABASE_URL ? { DATABASE_URL: env.DATABASE_URL } : {}),
    },
  });
  const { accessToken } = await signIn(stack.url, 'sldtbxh.coordinator');
  const results: Record<
    string,
    { p50Ms: number; p95Ms: number; samples: number; total?: number; failed: number }
  > = {};
  try {
    for (const [name, url] of Object.entries(views())) {
      const times: number[] = [];
      let total: number | undefined;
      let failed = 0;
      for (let i = 0; i < SAMPLES; i++) {
        const t = performance.now();
        const res = await fetch(stack.url + url, { headers: { authorization: `Bearer ${accessToken}` } });
        const body = (await res.json()) as { total?: number };
        const ms = performance.now() - t;
        times.push(ms);
        if (res.ok) total = body.total;
        else failed += 1;
        if (i === 0 && ms > SLOW_MS && SAMPLES > 3) {
          for (let j = 0; j < 2; j++) {
            const t2 = performance.now();
            await (
              await fetch(stack.url + url, { headers: { authorization: `Bearer ${accessToken}` } })
            ).json();
            times.push(performance.now() - t2);
          }
          break;
        }
      }
      times.sort((a, b) => a - b);
      results[name] = {
        p50Ms: round(percentile(times, 50)),
        p95Ms: round(percentile(times, 95)),
        samples: times.length,
        ...(total !== undefined ? { total } : {}),
        failed,
      };
      console.log(
        `${name}: p50 ${results[name].p50Ms} ms, p95 ${results[name].p95Ms} ms` +
          `${total !== undefined ? ` (total ${total})` : ''}${failed ? ` FAILED ${failed}` : ''}`,
      );
    }
  } finally {
    await stack.stop();
    await pg?.stop();
    if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const slow = Object.entries(results)
    .filter(([, r]) => r.p95Ms > 300)
    .map(([name]) => name);
  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    database,
    facts,
    rows,
    // A re-measure on facts seeded by an earlier run (BENCH_DATA_DIR, DATABASE_URL) seeds nothing.
    seededThisRun: seeded,
    seedSeconds: seeded ? round(seedMs / 1000) : null,
    samplesPerView: SAMPLES,
    views: results,
    over300MsP95: slow,
  };
  fs.mkdirSync(path.join(REPO_ROOT, 'reports'), { recursive: true });
  fs.writeFileSync(
    path.join(REPO_ROOT, 'reports', `bench-read-model-${database}.json`),
    JSON.stringify(report, null, 2) + '\n',
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
