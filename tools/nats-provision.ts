/**
 * Provisions the services' JetStream streams before they start (they may only check them):
 *   node dist/tools/nats-provision.js [--replicas=3]
 * with NATS_SERVERS, NATS_USER=provision and its NATS_PASSWORD (infra/nats/auth.conf), and NATS_TLS_CA
 * when the servers require TLS. `npm start` does the same by itself. Safe to run again: it creates a
 * missing stream and adds the subjects a newer version publishes, never removes anything. On the 3-node
 * cluster of infra/, `--replicas=3` keeps each stream on every node (R3), so one node down loses nothing.
 */
import { provisionNatsStreams } from '@ascc/runtime';
import { DEFAULT_NATS_URL } from '@ascc/service-kit';

async function main() {
  const replicas = process.argv.find((a) => a.startsWith('--replicas='))?.split('=')[1];
  const streams = await provisionNatsStreams({
    servers: process.env.NATS_SERVERS ?? DEFAULT_NATS_URL,
    user: process.env.NATS_USER ?? 'provision',
    password: process.env.NATS_PASSWORD,
    // Unsaid, a stream keeps the replicas it has.
    ...(replicas ? { replicas: Number(replicas) } : {}),
  });
  console.log(`Streams provisioned: ${streams.join(', ')}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
