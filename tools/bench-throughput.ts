/**
 * Throughput of the request path against its ceiling, in one run on one machine (ratios, not absolute
 * figures: the machines are shared and noisy). Writes reports/bench-throughput.json.
 *
 *   npm run bench:throughput [-- seconds=10] [rounds=3] [routes=search,list] [connections=64] [profile=true]
 *
 * `routes` keeps the routes whose name holds one of the words, `connections` the given loads (both for
 * iterating; the committed report has all of them). `profile=true` adds, per route, one more 64-connection
 * load of the product with the gateway and the training service CPU-profiled (node:inspector, started
 * and stopped by signal around the load only) and puts their top self-time entries in the report.
 *
 * The product: the whole stack (demo data, SQLite) loaded through the gateway by autocannon, signed in
 * as the Home Affairs editor (lists carry the agency filter every non-admin's lists carry). The
 * ceiling: a bare node:http server forwarding each request over nats.js request/reply to a bare
 * responder that returns the same reply bytes the product returned for that route — the limit of this
 * architecture without framework, authentication or database. Each route at 1, 16 and 64 connections.
 */
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { type NatsConnection, connect } from 'nats';
import { CreateTrainingCourseSchema, type Page, type TrainingCourse, type Trainee } from '@ascc/contracts';
import {
  DEMO_ENV,
  REPO_ROOT,
  type Stack,
  freePort,
  signIn,
  startNatsServer,
  startStack,
} from '@ascc/testing';
import { type CpuProfile, type SelfTime, profileFile, summariseProfile } from './profiling/cpu-profile';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`${name}=`))?.split('=')[1];
const seconds = Number(arg('seconds') ?? 10);
const CONNECTIONS = (arg('connections') ?? '1,16,64').split(',').map(Number);
const ROUTE_WORDS = arg('routes')?.split(',');
const PROFILE = arg('profile') === 'true';
/**
 * The product and the ceiling take turns, `ROUNDS` times each per load, so that both see the same
 * weather on a shared machine; the figures combine the rounds (see `combine`).
 */
const ROUNDS = Number(arg('rounds') ?? 3);
const PROFILED: readonly ('gateway' | 'training')[] = ['gateway', 'training'];
const PROFILE_HOOK = path.join(__dirname, 'profiling', 'cpu-profile-hook.js');

interface Route {
  name: string;
  method: 'GET' | 'POST';
  /** The path of each request (writes need a fresh record or pair each time). */
  path: () => string;
  body?: () => unknown;
}

interface Figures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

async function load(
  url: string,
  route: Route,
  connections: number,
  token?: string,
  duration = seconds,
): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: route.method,
        setupRequest: (req) => ({
          ...req,
          path: route.path(),
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(route.body ? { 'content-type': 'application/json' } : {}),
          },
          body: route.body ? JSON.stringify(route.body()) : undefined,
        }),
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Rounds of one load together: mean rps, the median round's p50, the worst round's p99, every error. */
function combine(rounds: Figures[]): Figures {
  const p50s = rounds.map((r) => r.p50Ms).sort((a, b) => a - b);
  return {
    rps: Math.round(rounds.reduce((sum, r) => sum + r.rps, 0) / rounds.length),
    p50Ms: p50s[Math.floor(p50s.length / 2)],
    p99Ms: Math.max(...rounds.map((r) => r.p99Ms)),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

/** The ceiling for one reply: HTTP in, one NATS request/reply, the same bytes and status out. */
async function ceilingServer(nc: NatsConnection, subject: string, reply: Buffer, status: number) {
  const responder = nc.subscribe(subject);
  void (async () => {
    for await (const m of responder) m.respond(reply);
  })();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      nc.request(subject, Buffer.concat(chunks), { timeout: 5000 }).then(
        (m) => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(m.data);
        },
        () => {
          res.writeHead(503);
          res.end();
        },
      );
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      responder.unsubscribe();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function api<T>(stack: Stack, token: string, method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(stack.url + url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The product's routes under test, built on the demo data: reads, a create and an enrolment. */
async function routes(stack: Stack, token: string): Promise<Route[]> {
  const courses = (
    await api<Page<TrainingCourse>>(stack, token, 'GET', '/api/training/courses?page=1&pageSize=20')
  ).items;
  const course = courses[0];
  let created = 0;
  const run = Date.now().toString(36).toUpperCase();
  const newCourse = () => ({
    ...CreateTrainingCourseSchema.parse({ ...course, language: course.language ?? undefined }),
    code: `BENCH-${run}-${created++}`,
    titleVi: `Khóa đo tải ${created}`,
  });
  // Enrolments: fresh open courses with room for everyone, each request one new (course, trainee) pair.
  const trainees = (
    await api<Page<Trainee>>(stack, token, 'GET', '/api/training/trainees?page=1&pageSize=100')
  ).items;
  const open: string[] = [];
  for (let i = 0; i < 100; i++) {
    const made = await api<TrainingCourse>(stack, token, 'POST', '/api/training/courses', {
      ...newCourse(),
      capacity: 1000,
    });
    const opened = await api<TrainingCourse>(
      stack,
      token,
      'POST',
      `/api/training/courses/${made.id}/status`,
      {
        id: made.id,
        version: made.version,
        status: 'open',
      },
    );
    open.push(opened.id);
  }
  let pair = 0;
  const nextPair = () => {
    const i = pair++;
    return {
      course: open[Math.floor(i / trainees.length) % open.length],
      trainee: trainees[i % trainees.length],
    };
  };
  let current = nextPair();
  return [
    { name: 'list 20 courses', method: 'GET', path: () => '/api/training/courses?page=1&pageSize=20' },
    { name: 'get a course by id', method: 'GET', path: () => `/api/training/courses/${course.id}` },
    { name: 'search courses (q=ngoai)', method: 'GET', path: () => '/api/training/courses?q=ngoai' },
    { name: 'create a course', method: 'POST', path: () => '/api/training/courses', body: newCourse },
    {
      name: 'enrol a trainee (audit row + outbox event)',
      method: 'POST',
      path: () => {
        current = nextPair();
        return `/api/training/courses/${current.course}/enrolments`;
      },
      body: () => ({ id: current.course, traineeIds: [current.trainee.id] }),
    },
  ];
}

type ProfileSummary = Record<string, { busyPercent: number; functions: SelfTime[]; modules: SelfTime[] }>;

/** One 64-connection load of the product with the gateway and the training service profiled. */
async function profiled(stack: Stack, route: Route, token: string, n: number): Promise<ProfileSummary> {
  const pids = PROFILED.map((app) => [app, stack.pidsOf(app)[0]] as const);
  for (const [, pid] of pids) process.kill(pid, 'SIGWINCH');
  await load(stack.url, route, 64, token);
  for (const [, pid] of pids) process.kill(pid, 'SIGWINCH');
  const summary: ProfileSummary = {};
  for (const [app, pid] of pids) {
    const file = profileFile(pid, n);
    for (let i = 0; i < 100 && !fs.existsSync(file); i++) await sleep(100);
    summary[app] = summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, 12);
    // Kept for a closer look (`node dist/tools/profiling/cpu-profile.js <file>`, or Chrome's DevTools).
    const kept = path.join(path.dirname(file), `${route.name.replace(/\W+/g, '-')}-${app}.cpuprofile`);
    fs.renameSync(file, kept);
    console.log(`  ${app}'s profile: ${kept}`);
  }
  return summary;
}

async function main() {
  const stack = await startStack({
    env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent' },
    // Seeding the demo data on a shared 2-core machine under load can take longer than the default minute.
    startTimeoutMs: 300_000,
    ...(PROFILE ? { execArgv: Object.fromEntries(PROFILED.map((app) => [app, ['-r', PROFILE_HOOK]])) } : {}),
  });
  const nats = await startNatsServer();
  const nc = await connect({ servers: nats.url });
  const results: Record<string, Record<string, { product: Figures; ceiling: Figures; ratio: number }>> = {};
  const profiles: Record<string, ProfileSummary> = {};
  try {
    const token = (await signIn(stack.url, 'snv.editor')).accessToken;
    const all = await routes(stack, token);
    for (const route of all.filter((r) => !ROUTE_WORDS || ROUTE_WORDS.some((w) => r.name.includes(w)))) {
      // The ceiling answers with the bytes and status the product gave this route, and is sent this
      // sample request each time (so it uses up none of the writes' fresh records or pairs).
      const samplePath = route.path();
      const sampleBody = route.body?.();
      const fixed: Route = {
        ...route,
        path: () => samplePath,
        body: sampleBody === undefined ? undefined : () => sampleBody,
      };
      const sample = await fetch(stack.url + samplePath, {
        method: route.method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: sampleBody === undefined ? undefined : JSON.stringify(sampleBody),
      });
      const reply = Buffer.from(await sample.arrayBuffer());
      const ceiling = await ceilingServer(nc, `bench.${Object.keys(results).length}`, reply, sample.status);
      results[route.name] = {};
      // A fresh token per route (an access token lives 15 minutes; sign-in allows 10 a minute).
      const fresh = (await signIn(stack.url, 'snv.editor')).accessToken;
      try {
        for (const connections of CONNECTIONS) {
          const productRounds: Figures[] = [];
          const ceilingRounds: Figures[] = [];
          for (let round = 0; round < ROUNDS; round++) {
            productRounds.push(await load(stack.url, route, connections, fresh, seconds / ROUNDS));
            ceilingRounds.push(await load(ceiling.url, fixed, connections, undefined, seconds / ROUNDS));
          }
          const product = combine(productRounds);
          const bare = combine(ceilingRounds);
          const ratio = Math.round((product.rps / Math.max(1, bare.rps)) * 100) / 100;
          results[route.name][`${connections} connections`] = { product, ceiling: bare, ratio };
          console.log(
            `${route.name} @${connections}: product ${product.rps} rps p50 ${product.p50Ms} ms p99 ${product.p99Ms} ms errors ${product.errors}; ceiling ${bare.rps} rps p99 ${bare.p99Ms} ms; ratio ${ratio}`,
          );
        }
        if (PROFILE) {
          profiles[route.name] = await profiled(stack, route, fresh, Object.keys(profiles).length);
          for (const [app, { busyPercent, modules, functions }] of Object.entries(profiles[route.name])) {
            console.log(`  ${app}: busy ${busyPercent}% of the time; self time, share of busy samples:`);
            for (const e of [...modules.slice(0, 8), ...functions.slice(0, 8)]) {
              console.log(`    ${e.percent.toFixed(1).padStart(5)}%  ${e.name}`);
            }
          }
        }
      } finally {
        await ceiling.close();
      }
    }
  } finally {
    await nc.close();
    await nats.stop();
    await stack.stop();
  }
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT }).toString().trim();
  const report = {
    measuredAt: new Date().toISOString(),
    commit,
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end`,
    tool: `autocannon ${require('autocannon/package.json').version}, ${seconds} s per load in ${ROUNDS} rounds taking turns with the ceiling's`,
    ceiling: 'bare node:http → nats.js request/reply → bare responder returning the product reply bytes',
    routes: results,
    ...(PROFILE ? { profiles } : {}),
  };
  // A partial run (some routes or loads) never replaces the committed report.
  const partial = ROUTE_WORDS || arg('connections');
  const out = partial
    ? path.join(os.tmpdir(), 'bench-throughput.partial.json')
    : path.join(REPO_ROOT, 'reports', 'bench-throughput.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`Written to ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
