/**
 * `npm start`: the whole product on this machine — one nats-server (JetStream on, data under data/),
 * the four department services, the reporting service (the cross-department read model) and the
 * gateway serving the console. Ctrl-C stops every process it started.
 * NATS_SERVERS and DATABASE_URL point it at an external NATS cluster and PostgreSQL instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startStack } from '@ascc/runtime';
import { SERVICE_NAMES } from '@ascc/contracts';
import { checkSettings } from '@ascc/service-kit';

async function main() {
  checkSettings(process.env, 'start');
  const port = Number(process.env.PORT ?? 3000);
  const stack = await startStack({
    database: process.env.DATABASE_URL ? 'postgresql' : 'sqlite',
    gatewayPort: port,
    natsPort: Number(process.env.NATS_PORT ?? 4222),
    dataDir: path.resolve(process.env.DATA_DIR ?? path.join(REPO_ROOT, 'data')),
    env: {
      HOST: process.env.HOST ?? '0.0.0.0',
      // The embedded default starts with a demo province; a PostgreSQL deployment only when asked.
      SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? (process.env.DATABASE_URL ? 'false' : 'true'),
    },
    inheritOutput: true,
    supervise: true,
  });
  console.log(
    `\nASCC Plan Console is running: http://localhost:${port}\n(API docs: http://localhost:${port}/api/docs — Ctrl-C stops everything)\n`,
  );
  // Prometheus's targets; the token (this run's, unless METRICS_TOKEN was given) in an owner-only file.
  const dataDir = stack.env.DATA_DIR as string;
  if (!process.env.METRICS_TOKEN)
    fs.writeFileSync(path.join(dataDir, 'metrics-token'), stack.metrics.token, { mode: 0o600 });
  const targets = ['gateway', ...SERVICE_NAMES].map((app) => `  ${app}: ${stack.metrics.url(app)}`);
  console.log(
    `Metrics (Authorization: Bearer <${process.env.METRICS_TOKEN ? 'METRICS_TOKEN' : path.join(dataDir, 'metrics-token')}>):\n${targets.join('\n')}\n`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
