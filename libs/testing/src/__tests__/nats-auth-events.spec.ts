import fs from 'node:fs';
import { BUDGET_EVENTS, CULTURE_EVENTS, DOMAIN_EVENTS, TRAINING_EVENTS } from '@ascc/contracts';
import { consumerName } from '@ascc/service-kit';
import { NATS_AUTH_CONFIG, REPO_ROOT } from '../index';

/** The permissions block of one NATS user in infra/nats/auth.conf, as text. */
function userBlock(user: string): string {
  const text = fs.readFileSync(NATS_AUTH_CONFIG(REPO_ROOT), 'utf8');
  const start = text.indexOf(`user: ${user}\n`);
  if (start < 0) throw new Error(`no user ${user} in auth.conf`);
  const next = text.indexOf('user: ', start + 6);
  return text.slice(start, next < 0 ? undefined : next);
}

/** The durable consumers the services register (kept beside their handlers), by consuming service. */
const CONSUMERS = {
  training: [BUDGET_EVENTS.lineFunded],
  culture: [BUDGET_EVENTS.lineFunded],
  budget: [TRAINING_EVENTS.courseCancelled, CULTURE_EVENTS.eventCancelled],
};

describe('infra/nats/auth.conf and the domain events', () => {
  it.each(Object.entries(DOMAIN_EVENTS))(
    'lets %s publish each of its events and read its own stream, never change it',
    (service, events) => {
      const block = userBlock(service);
      for (const event of events) expect(block).toContain(`"${event.subject}"`);
      expect(block).toContain(`"$JS.API.STREAM.INFO.${service.toUpperCase()}"`);
      expect(block).not.toMatch(
        /\$JS\.API\.STREAM\.(CREATE|UPDATE|DELETE|PURGE|MSG\.DELETE|RESTORE|SNAPSHOT)/,
      );
    },
  );

  it('lets no service publish another service’s events', () => {
    for (const [service, events] of Object.entries(DOMAIN_EVENTS))
      for (const other of Object.keys(DOMAIN_EVENTS).filter((s) => s !== service))
        for (const event of events) expect(userBlock(other)).not.toContain(`"${event.subject}"`);
  });

  it.each(Object.entries(CONSUMERS))(
    'grants %s exactly its durable consumers on the publishers’ streams',
    (service, events) => {
      const block = userBlock(service);
      for (const event of events) {
        const durable = consumerName(service, event);
        for (const subject of [
          `$JS.API.CONSUMER.CREATE.${event.stream}.${durable}`,
          `$JS.API.CONSUMER.INFO.${event.stream}.${durable}`,
          `$JS.API.CONSUMER.MSG.NEXT.${event.stream}.${durable}`,
          `$JS.ACK.${event.stream}.${durable}.>`,
        ])
          expect(block).toContain(`"${subject}"`);
      }
      expect(block).toContain(`"_INBOX_${service}.>"`);
    },
  );
});
