import { connect } from 'nats';
import { natsConnectionOptions, provisionStreams } from '@ascc/service-kit';

/**
 * The privileged step run before the services start: connects as the `provision` NATS user (the only
 * one infra/nats/auth.conf lets create or change a stream) and makes every service's stream exist as
 * the services expect it (libs/service-kit/src/events/streams.ts). Services only check their stream.
 * `env` gives NATS_SERVERS and the TLS settings (NATS_TLS_CA…) as for any process; `user`/`password`
 * are the provisioning user's (none for a server without users). Retries for `timeoutMs` (30 s) while
 * JetStream is not ready. `replicas`: how many nodes of a cluster hold each stream (1 by default).
 * Returns the streams it provisioned.
 */
export async function provisionNatsStreams(opts: {
  servers: string;
  user?: string;
  password?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  replicas?: number;
}): Promise<string[]> {
  const env: NodeJS.ProcessEnv = { ...(opts.env ?? process.env), NATS_SERVERS: opts.servers };
  delete env.NATS_USER;
  delete env.NATS_PASSWORD;
  if (opts.user) Object.assign(env, { NATS_USER: opts.user, NATS_PASSWORD: opts.password ?? '' });
  const nc = await connect({
    ...natsConnectionOptions('provision', env),
    // A one-off step: fail rather than wait forever for a server that is not there.
    waitOnFirstConnect: false,
    maxReconnectAttempts: 10,
    timeout: 10_000,
    inboxPrefix: '_INBOX_provision',
  });
  // A cluster just formed elects its JetStream leader first: until then the API times out; retry.
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  try {
    for (;;) {
      try {
        return await provisionStreams(await nc.jetstreamManager({ timeout: 5000 }), undefined, opts.replicas);
      } catch (error) {
        // A user without the right to change streams never will: say so at once.
        const refused = /permission/i.test(
          `${(error as { code?: string }).code} ${(error as Error).message}`,
        );
        if (refused || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  } finally {
    await nc.close();
  }
}
