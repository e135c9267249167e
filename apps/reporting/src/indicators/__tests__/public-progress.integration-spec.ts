import { randomUUID } from 'node:crypto';
import { JSONCodec, connect } from 'nats';
import { todayIsoDate } from '@ascc/catalog';
import {
  type IndicatorProgress,
  type PublicProgress,
  REPORTING_SUBJECTS as S,
  TRAINING_EVENTS,
} from '@ascc/contracts';
import {
  TEST_CALLERS,
  type ServiceHarness,
  startServiceHarness,
  testDatabaseKinds,
  waitFor,
} from '@ascc/testing';
import { AppModule } from '../../app.module';

/**
 * The public page's computed values stop at the last closed year: a course completed this year counts on
 * the console at once, and on the public page once its year has closed.
 */
describe.each(testDatabaseKinds())('public progress of computed indicators (%s)', (kind) => {
  let svc: ServiceHarness;
  const thisYear = Number(todayIsoDate().slice(0, 4));

  const completeCourse = async (year: number, trained: number) => {
    const nc = await connect({ servers: process.env.NATS_SERVERS });
    const E = TRAINING_EVENTS.courseCompleted;
    const data = {
      courseId: randomUUID(),
      code: `BD-${year}-PUB`,
      titleVi: 'Bồi dưỡng kiến thức về ASEAN',
      agencyCode: 'SNV',
      topic: 'international-integration',
      targetLevel: 'province',
      targetGroup: 'civil-servant',
      year,
      trained: { female: 10, male: trained - 10, total: trained },
      completed: { female: 10, male: trained - 10, total: trained },
      communeTrained: 0,
      certificatesIssued: trained,
      planArea: 'III.8',
      completedAt: `${year}-06-01T00:00:00.000Z`,
    };
    const envelope = {
      eventId: randomUUID(),
      subject: E.subject,
      occurredAt: new Date().toISOString(),
      data,
    };
    await nc.jetstream().publish(E.subject, JSONCodec().encode(envelope));
    await nc.close();
  };

  beforeAll(async () => {
    svc = await startServiceHarness('reporting', AppModule, kind);
    await completeCourse(thisYear - 1, 30);
    await completeCourse(thisYear, 40);
    await waitFor(
      async () => {
        const { items } = await svc.request<{ items: IndicatorProgress[] }>(
          S.indicatorProgress,
          {},
          TEST_CALLERS.coordinator,
        );
        return items.find((p) => p.indicator.code === 'III.8-1')?.latest?.value === 70;
      },
      'both courses to reach the read model',
      30_000,
    );
  }, 60_000);
  afterAll(() => svc?.stop());

  it('publishes computed values up to the last closed year only, without a caller', async () => {
    const page = await svc.request<PublicProgress>(S.publicProgress, {}, null);
    expect(page.publishedThrough).toBe(thisYear - 1);
    const trained = page.areas.find((a) => a.code === 'III.8')?.indicators.find((i) => i.code === 'III.8-1');
    // Cumulative: the running total of the closed years; this year's 40 are not yet published.
    expect(trained?.values).toEqual([{ year: thisYear - 1, value: 30 }]);
    expect(trained?.latest).toEqual({ year: thisYear - 1, value: 30 });
    expect(page.areas).toHaveLength(12);
  });
});
