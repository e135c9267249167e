/**
 * Failure drills under load. Writes reports/drills.json.
 *
 *   npm run drill [-- database=postgresql] [-- seconds=10] [-- cluster=false]
 *
 * Starts the product supervised (as `npm start` runs it) with two copies of each service and runs a steady
 * mixed load through the gateway (libs/testing/src/drill-load.ts: courses created, edited and opened,
 * trainees enrolled, budget estimates approved — whose events fund courses and feed the read model).
 * While it runs, one drill after another: each service killed with SIGKILL; nats-server killed with
 * SIGKILL and started again (JetStream on disk); PostgreSQL stopped at once and started again (on
 * PostgreSQL); each service's two copies restarted one by one (a rolling upgrade). Then the same load on
 * the 3-node NATS cluster of infra/ with every stream on three nodes (R3), one node killed. After each
 * drill the load stops and the books are checked: every write answered 2xx is there exactly once, every
 * approval funded its course exactly once, the read model agrees with the departments
 * (reconciliationMismatches), and no answer was other than 2xx, 4xx or 503. Recovery: from the fault to
 * every service healthy again and the next write acknowledged.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVICE_NAMES } from '@ascc/contracts';
import {
  DEMO_ENV,
  DrillLoad,
  type DrillVerdict,
  type PhaseFigures,
  REPO_ROOT,
  type Stack,
  startNatsCluster,
  startStack,
  waitFor,
} from '@ascc/testing';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`${name}=`))?.split('=')[1];
const database = arg('database') === 'postgresql' ? 'postgresql' : 'sqlite';
const seconds = Number(arg('seconds') ?? 10);
const withCluster = arg('cluster') !== 'false';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface DrillResult {
  drill: string;
  /** From the fault to every service healthy and the next write acknowledged. */
  recoveryMs: number;
  answers: PhaseFigures['statuses'];
  acknowledgedWrites: number;
  answersOutside2xx4xx503: number;
  acknowledgedWritesLost: number;
  effectsDoubled: number;
  reconciliationMismatches: number;
  /** What was wrong, when anything was (empty when the drill passed). */
  findings: string[];
  /** The first few 4xx and 503 answers, with their requests. */
  refusedSamples: string[];
}

const env = { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent' };
const copies = Object.fromEntries(SERVICE_NAMES.map((name) => [name, 2]));

async function healthy(stack: Stack): Promise<boolean> {
  const res = await fetch(`${stack.url}/api/health`);
  return ((await res.json()) as { status: string }).status === 'ok';
}

/** Runs the load for `seconds`, injects `fault`, measures the recovery, then stops and checks the books. */
async function drill(
  stack: Stack,
  load: DrillLoad,
  name: string,
  fault: () => Promise<void>,
): Promise<DrillResult> {
  const figures = load.phase(name);
  load.start();
  await sleep((seconds * 1000) / 2);
  const t0 = Date.now();
  await fault();
  await waitFor(() => healthy(stack), `every service healthy after "${name}"`, 120_000);
  await load.nextAcknowledged(120_000);
  const recoveryMs = Date.now() - t0;
  await sleep((seconds * 1000) / 2);
  await load.stop();
  const verdict: DrillVerdict = await load.verify(120_000);
  const result: DrillResult = {
    drill: name,
    recoveryMs,
    answers: figures.statuses,
    acknowledgedWrites: figures.acknowledged,
    answersOutside2xx4xx503: figures.unexpected.length,
    acknowledgedWritesLost: verdict.lost.length,
    effectsDoubled: verdict.doubled.length,
    reconciliationMismatches: verdict.mismatches.length,
    findings: [
      ...figures.unexpected,
      ...verdict.lost.map((l) => `lost: ${l}`),
      ...verdict.doubled.map((d) => `doubled: ${d}`),
      ...verdict.mismatches.map((m) => `mismatch: ${JSON.stringify(m)}`),
    ].slice(0, 50),
    refusedSamples: figures.refused.slice(0, 8),
  };
  console.log(
    `${name}: recovered in ${recoveryMs} ms; answers ${JSON.stringify(figures.statuses)}; ` +
      `${result.acknowledgedWritesLost} lost, ${result.effectsDoubled} doubled, ` +
      `${result.reconciliationMismatches} mismatches, ${result.answersOutside2xx4xx503} answers outside 2xx/4xx/503`,
  );
  return result;
}

async function singleServerDrills(): Promise<DrillResult[]> {
  const stack = await startStack({
    database,
    privateDatabase: database === 'postgresql',
    supervise: true,
    startTimeoutMs: 180_000,
    copies,
    env,
  });
  const results: DrillResult[] = [];
  try {
    const load = await DrillLoad.prepare(stack.url, { workers: 4 });
    for (const name of SERVICE_NAMES)
      results.push(
        await drill(stack, load, `kill -9 ${name} (both copies)`, async () => stack.crashService(name)),
      );
    results.push(
      await drill(stack, load, 'kill -9 nats-server, started again', async () => {
        await stack.crashNats();
        await sleep(1000);
        await stack.startNats();
      }),
    );
    if (database === 'postgresql')
      results.push(
        await drill(stack, load, 'PostgreSQL stopped at once, started again', async () => {
          await stack.crashDatabase();
          await sleep(1000);
          await stack.startDatabase();
        }),
      );
    results.push(
      await drill(stack, load, 'rolling restart, two copies of each service', async () => {
        for (const name of SERVICE_NAMES) await stack.rollingRestart(name);
      }),
    );
  } finally {
    await stack.stop();
  }
  return results;
}

async function clusterDrill(): Promise<DrillResult[]> {
  const cluster = await startNatsCluster();
  try {
    const stack = await startStack({
      database,
      privateDatabase: database === 'postgresql',
      supervise: true,
      startTimeoutMs: 180_000,
      natsServers: cluster.servers,
      natsCredentials: cluster.credentials,
      streamReplicas: 3,
      env,
    });
    try {
      const load = await DrillLoad.prepare(stack.url, { workers: 4 });
      return [
        await drill(stack, load, '3-node NATS cluster, streams R3: kill -9 one node', async () => {
          await cluster.crashNode(1);
        }),
      ];
    } finally {
      await stack.stop();
    }
  } finally {
    await cluster.stop();
  }
}

async function main() {
  const drills = [...(await singleServerDrills()), ...(withCluster ? await clusterDrill() : [])];
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT }).toString().trim();
  const sum = (key: keyof DrillResult) => drills.reduce((n, d) => n + (d[key] as number), 0);
  const report = {
    measuredAt: new Date().toISOString(),
    commit,
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end`,
    database,
    load: `4 workers through the gateway, ${seconds} s per drill: course create, edit, open; trainee create and enrolment; every third round a budget estimate drafted, submitted and approved (events budget.estimate.approved and budget.line.funded)`,
    totals: {
      acknowledgedWrites: sum('acknowledgedWrites'),
      acknowledgedWritesLost: sum('acknowledgedWritesLost'),
      effectsDoubled: sum('effectsDoubled'),
      reconciliationMismatches: sum('reconciliationMismatches'),
      answersOutside2xx4xx503: sum('answersOutside2xx4xx503'),
    },
    drills,
  };
  fs.mkdirSync(path.join(REPO_ROOT, 'reports'), { recursive: true });
  const file = database === 'postgresql' ? 'drills-postgresql.json' : 'drills.json';
  fs.writeFileSync(path.join(REPO_ROOT, 'reports', file), JSON.stringify(report, null, 2) + '\n');
  console.log(`reports/${file}: ${JSON.stringify(report.totals)}`);
  const failed = report.totals.acknowledgedWritesLost + report.totals.effectsDoubled;
  if (failed + report.totals.reconciliationMismatches + report.totals.answersOutside2xx4xx503)
    process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
