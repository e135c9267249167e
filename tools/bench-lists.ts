/**
 * List latency at scale: fills the training service's database with N courses (native batch inserts),
 * starts the real stack on it and times list requests through the gateway (HTTP → NATS → service →
 * database) for the views users open most. Writes reports/bench-lists.json.
 *
 *   npm run build:node && node dist/tools/bench-lists.js [rows=1000000] [sqlite|postgresql]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { TARGET_LEVELS, TRAINING_TOPICS } from '@ascc/contracts';
import { openDatabase, searchText, type ServiceDatabase } from '@ascc/service-kit';
import { DEMO_ENV, REPO_ROOT, type Running, signIn, startPostgres, startStack } from '@ascc/testing';

const rows = Number(process.argv[2] ?? 1_000_000);
const database = (process.argv[3] ?? 'sqlite') as 'sqlite' | 'postgresql';
const SAMPLES = 40;
const BATCH = 5_000;

async function seed(env: NodeJS.ProcessEnv) {
  const modulePath = path.join(REPO_ROOT, 'dist', 'apps', 'training', 'src');
  const { DATABASE } = require(path.join(modulePath, 'database.js')) as { DATABASE: ServiceDatabase };
  const { TrainingCourse } = require(path.join(modulePath, 'courses', 'training-course.entity.js'));
  const orm = await openDatabase(DATABASE, env);
  const started = Date.now();
  for (let offset = 0; offset < rows; offset += BATCH) {
    const batch = [];
    for (let i = offset; i < Math.min(rows, offset + BATCH); i++) {
      const year = 2017 + (i % 9);
      const month = String((i % 12) + 1).padStart(2, '0');
      const titleVi = `Bồi dưỡng kiến thức hội nhập quốc tế khóa ${i}`;
      batch.push({
        id: randomUUID(),
        version: 1,
        createdAt: new Date(Date.UTC(year, i % 12, 1)),
        updatedAt: new Date(Date.UTC(year, i % 12, 1)),
        searchText: searchText(`BD-${i}`, titleVi),
        code: `BD-${i}`,
        titleVi,
        titleEn: `International integration course ${i}`,
        topic: TRAINING_TOPICS[i % TRAINING_TOPICS.length],
        targetLevel: TARGET_LEVELS[i % TARGET_LEVELS.length],
        planArea: 'III.8',
        agencyCode: 'SNV',
        startDate: `${year}-${month}-10`,
        endDate: `${year}-${month}-20`,
        capacity: 20 + (i % 80),
        costEstimate: 10_000_000 + (i % 100) * 1_000_000,
        status: 'planned',
      });
    }
    await orm.em.fork().insertMany(TrainingCourse, batch);
  }
  await orm.close(true);
  return Date.now() - started;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-bench-'));
  let pg: Running | undefined;
  const env: NodeJS.ProcessEnv = { DATA_DIR: dataDir };
  if (database === 'postgresql') {
    pg = await startPostgres();
    env.DATABASE_URL = pg.url;
  }
  console.log(`seeding ${rows} training courses on ${database}…`);
  const seedMs = await seed(env);
  const stack = await startStack({
    database,
    dataDir,
    env: {
      ...DEMO_ENV,
      SEED_DEMO_USERS: 'true',
      LOG_LEVEL: 'silent',
      ...(pg ? { DATABASE_URL: pg.url } : {}),
    },
  });
  // As the Home Affairs editor: lists carry the agency filter every non-admin's lists carry.
  const { accessToken } = await signIn(stack.url, 'snv.editor');
  const views: Record<string, string> = {
    'first page, newest start date': '/api/training/courses',
    'filter topic + level, sort by code':
      '/api/training/courses?topic=it&targetLevel=commune&sort=code&order=asc',
    'page 500 of 20': '/api/training/courses?page=500',
    'search one code': `/api/training/courses?q=BD-${Math.floor(rows / 2)}`,
    'search three words': `/api/training/courses?q=${encodeURIComponent(`hoi nhap khoa ${rows - 1}`)}`,
  };
  const results: Record<string, { p50Ms: number; p95Ms: number; total: number; failed: number }> = {};
  try {
    for (const [name, url] of Object.entries(views)) {
      const times: number[] = [];
      let total = 0;
      let failed = 0;
      for (let i = 0; i < SAMPLES; i++) {
        const t = performance.now();
        const res = await fetch(stack.url + url, { headers: { authorization: `Bearer ${accessToken}` } });
        const body = (await res.json()) as { total: number };
        times.push(performance.now() - t);
        // A failed view (e.g. 503 when the service is slower than the gateway's timeout) is counted as such.
        if (res.ok) total = body.total;
        else failed += 1;
      }
      times.sort((a, b) => a - b);
      results[name] = {
        p50Ms: round(percentile(times, 50)),
        p95Ms: round(percentile(times, 95)),
        total,
        failed,
      };
      console.log(
        `${name}: p50 ${results[name].p50Ms} ms, p95 ${results[name].p95Ms} ms (total ${total}, failed ${failed})`,
      );
    }
  } finally {
    await stack.stop();
    await pg?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    database,
    rows,
    seedSeconds: round(seedMs / 1000),
    samplesPerView: SAMPLES,
    views: results,
  };
  fs.mkdirSync(path.join(REPO_ROOT, 'reports'), { recursive: true });
  fs.writeFileSync(
    path.join(REPO_ROOT, 'reports', `bench-lists-${database}.json`),
    JSON.stringify(report, null, 2) + '\n',
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
