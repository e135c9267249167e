import { type JetStreamManager, type StreamConfig, StorageType } from 'nats';
import { DOMAIN_EVENTS } from '@ascc/contracts';

/** The stream holding a service's events: its name upper-cased (TRAINING, BUDGET…). */
export const streamName = (service: string) => service.toUpperCase();

/** The event subjects a service publishes (never its request subjects). */
export function eventSubjects(service: string): string[] {
  return (DOMAIN_EVENTS[service] ?? []).map((e) => e.subject);
}

/** The services that publish events, hence own a stream. */
export const STREAM_SERVICES = (): string[] =>
  Object.keys(DOMAIN_EVENTS).filter((service) => eventSubjects(service).length > 0);

/**
 * The configuration a service's stream must have: its event subjects, stored on file (events survive a
 * restart of nats-server; JetStream drops a repeated Nats-Msg-Id within its two-minute window).
 */
export function streamConfig(
  service: string,
  replicas = 1,
): Pick<StreamConfig, 'name' | 'subjects' | 'storage' | 'num_replicas'> {
  return {
    name: streamName(service),
    subjects: eventSubjects(service),
    storage: StorageType.File,
    num_replicas: replicas,
  };
}

export function isNotFound(error: unknown): boolean {
  const api = (error as { api_error?: { err_code?: number; code?: number } }).api_error;
  return api?.code === 404 || /not found/i.test(String((error as Error)?.message));
}

/**
 * The privileged provisioning step (the `provision` NATS user of infra/nats/auth.conf, before the
 * services start): makes each service's stream exist with at least its event subjects — creating it,
 * or adding the subjects an older version lacked. Services themselves may only check (`checkStream`).
 * On a cluster, `replicas` (3 on the 3-node cluster of infra/) keeps each stream on that many nodes, so
 * losing one node loses no event; a stream made with fewer is scaled up.
 */
export async function provisionStreams(
  jsm: JetStreamManager,
  services: string[] = STREAM_SERVICES(),
  replicas?: number,
): Promise<string[]> {
  const done: string[] = [];
  for (const service of services) {
    const wanted = streamConfig(service, replicas);
    try {
      const info = await jsm.streams.info(wanted.name);
      const missing = wanted.subjects.filter((s) => !info.config.subjects?.includes(s));
      const rescale = replicas !== undefined && info.config.num_replicas !== replicas;
      if (missing.length || rescale)
        await jsm.streams.update(wanted.name, {
          ...info.config,
          subjects: [...(info.config.subjects ?? []), ...missing],
          ...(rescale ? { num_replicas: replicas } : {}),
        });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.streams.add(wanted);
    }
    done.push(wanted.name);
  }
  return done;
}

/** The stream of a service is missing or not as provisioned: the service waits, it does not fix it. */
export class StreamNotProvisioned extends Error {}

/**
 * What a service does at start and before publishing a subject it has not checked: reads its stream
 * (STREAM.INFO, all its NATS user may do to it) and fails unless it exists, on file, holding `subjects`.
 */
export async function checkStream(jsm: JetStreamManager, service: string, subjects: string[]): Promise<void> {
  const name = streamName(service);
  let config: StreamConfig;
  try {
    config = (await jsm.streams.info(name)).config;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new StreamNotProvisioned(
      `stream ${name} does not exist: provision the streams first (node dist/tools/nats-provision.js as the NATS user "provision")`,
    );
  }
  const missing = subjects.filter((s) => !config.subjects?.includes(s));
  if (missing.length)
    throw new StreamNotProvisioned(
      `stream ${name} lacks ${missing.join(', ')}: provision the streams again (node dist/tools/nats-provision.js)`,
    );
  if (config.storage !== StorageType.File)
    throw new StreamNotProvisioned(`stream ${name} is stored in ${config.storage}, not on file`);
}
