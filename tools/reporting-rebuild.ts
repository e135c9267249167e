/**
 * Rebuilds the reporting service's read model from scratch — clears it and replays every department's
 * event stream from its first message — on a running installation:
 *   npm run reporting:rebuild
 * Run it with the environment the reporting service has: DATABASE_URL (PostgreSQL) or DATA_DIR (its
 * SQLite file, `data/` by default), and NATS_SERVERS/NATS_USER/NATS_PASSWORD — or none of these with
 * `npm start`, which writes this run's NATS server and the reporting user's password to
 * DATA_DIR/nats-reporting.json (owner-only). The rebuild is audited as the system.
 */
import path from 'node:path';

interface RebuildCommandModule {
  rebuildReadModel(): Promise<{ replayed: Record<string, number>; applied: number; tookMs: number }>;
}

const root = path.resolve(__dirname, '..', '..');

async function main() {
  const { rebuildReadModel } = require(
    path.join(root, 'dist', 'apps', 'reporting', 'src', 'read-model', 'rebuild-command.js'),
  ) as RebuildCommandModule;
  const result = await rebuildReadModel();
  console.log('Read model rebuilt.');
  for (const [stream, events] of Object.entries(result.replayed))
    console.log(`  ${stream.padEnd(10)} ${events} event(s) replayed`);
  console.log(`  applied    ${result.applied} event(s)`);
  console.log(`  took       ${result.tookMs} ms`);
  console.log(JSON.stringify(result));
  process.exit(0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
