import { randomUUID } from 'node:crypto';
import { JSONCodec } from 'nats';
import { HEALTH_SUBJECTS, type ServiceHealth, TRAINING_EVENTS } from '@ascc/contracts';
import { EventBus, EventConsumers, provisionStreams, tableName } from '@ascc/service-kit';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds, waitFor } from '@ascc/testing';
import { AppModule } from '../app.module';
import { PROJECTIONS } from '../read-model/projections';

/**
 * The health answer does not say all is well while the read model cannot be read or a durable consumer
 * keeps failing: a real reporting service on a real nats-server and database, its `training_fact`
 * table renamed away, a real `training.course.completed` published to the TRAINING stream.
 */
describe.each(testDatabaseKinds())('reporting health on %s', (kind) => {
  let svc: ServiceHarness;
  let training: EventBus;
  const health = () => svc.request<ServiceHealth>(HEALTH_SUBJECTS.reporting, {}, null);
  const consumerOf = (h: ServiceHealth) =>
    h.checks.find((c) => c.kind === 'consumer' && c.name.includes('training-course-completed'));
  // Behind the service's back, as the schema's owner: the service's own role may not alter a table.
  const rename = (from: string, to: string) =>
    svc.asOwner(`alter table ${tableName(svc.orm.em, from)} rename to ${to}`);

  beforeAll(async () => {
    svc = await startServiceHarness('reporting', AppModule, kind);
    // The departments’ streams, as the provisioning step makes them; the reporting consumers then attach.
    training = new EventBus('training');
    const streams = new Set(PROJECTIONS.map(({ contract }) => contract.stream.toLowerCase()));
    streams.add('reporting'); // its own (record changes, applied notices)
    await provisionStreams(await training.manager(), [...streams]);
    await svc.app.get(EventConsumers).ready();
  }, 60_000);
  afterAll(async () => {
    await training?.close();
    await svc?.stop();
  });

  it('is up with every consumer and the read model checked', async () => {
    const h = await health();
    expect(h.status).toBe('up');
    expect(h.checks).toContainEqual({ name: 'read-model', kind: 'read-model', status: 'ok' });
    expect(consumerOf(h)).toMatchObject({ status: 'ok', pending: 0 });
  });

  it('reports a read model that cannot be read and a consumer whose events fail, then recovers', async () => {
    await rename('training_fact', 'training_fact_away');
    try {
      const broken = await health();
      expect(broken.status).toBe('degraded');
      expect(broken.checks.find((c) => c.kind === 'read-model')).toMatchObject({
        status: 'failing',
        detail: expect.stringContaining('training_fact'),
      });

      const js = await training.jetstream();
      const eventId = randomUUID();
      await js.publish(
        TRAINING_EVENTS.courseCompleted.subject,
        JSONCodec().encode({
          eventId,
          subject: TRAINING_EVENTS.courseCompleted.subject,
          occurredAt: new Date().toISOString(),
          data: {
            courseId: randomUUID(),
            code: 'HEALTH-1',
            titleVi: 'Khóa kiểm tra',
            agencyCode: 'SNV',
            topic: 'international-integration',
            targetLevel: 'commune',
            targetGroup: 'civil-servant',
            year: 2024,
            trained: { female: 1, male: 1, total: 2 },
            completed: { female: 1, male: 0, total: 1 },
            communeTrained: 2,
            certificatesIssued: 1,
            planArea: 'III.8',
            completedAt: new Date().toISOString(),
          },
        }),
        { msgID: eventId },
      );
      // The projection fails on the missing table: the consumer is named failing, with its waiting event.
      let failing: ServiceHealth | undefined;
      await waitFor(async () => {
        failing = await health();
        return consumerOf(failing)?.status === 'failing';
      }, 'the consumer reported failing');
      expect(failing?.status).toBe('degraded');
      expect(consumerOf(failing as ServiceHealth)).toMatchObject({
        status: 'failing',
        pending: 1,
        detail: expect.stringContaining(eventId),
      });
    } finally {
      await rename('training_fact_away', 'training_fact');
    }
    // Back: the event is delivered again and applied; the answer is up again.
    await waitFor(async () => (await health()).status === 'up', 'the service back up', 30_000);
    expect(consumerOf(await health())).toMatchObject({ status: 'ok', pending: 0 });
  }, 60_000);
});
