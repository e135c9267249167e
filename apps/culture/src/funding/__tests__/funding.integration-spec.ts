import { randomUUID } from 'node:crypto';
import { JSONCodec, connect } from 'nats';
import {
  type ActivityFunding,
  type ActivityLookupResult,
  CULTURE_SUBJECTS,
  type CulturalEvent,
  FUNDING_SUBJECTS,
} from '@ascc/contracts';
import {
  TEST_CALLERS,
  type ServiceHarness,
  startServiceHarness,
  testDatabaseKinds,
  waitFor,
} from '@ascc/testing';
import { AppModule } from '../../app.module';

const week = {
  titleVi: 'Tuần văn hóa ASEAN',
  titleEn: 'ASEAN culture week',
  type: 'culture-week',
  agencyCode: 'SVHTTDL',
  venue: 'Quảng trường Thái Bình',
  startDate: '2025-08-08',
  endDate: '2025-08-10',
  countryCodes: ['LA', 'TH'],
  costEstimate: 350_000_000,
};

describe.each(testDatabaseKinds())('culture funding on %s', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('culture', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it("answers the budget service's lookups: the event's agency, or that it does not exist", async () => {
    const event = await svc.request<CulturalEvent>(CULTURE_SUBJECTS.eventCreate, week);
    const found = await svc.request<ActivityLookupResult>(FUNDING_SUBJECTS.cultureLookup, {
      kind: 'cultural-event',
      id: event.id,
    });
    expect(found).toMatchObject({ exists: true, agencyCode: 'SVHTTDL' });
    expect(found.label).toContain('Tuần văn hóa ASEAN');
    expect(
      await svc.request(FUNDING_SUBJECTS.cultureLookup, { kind: 'cultural-event', id: randomUUID() }),
    ).toEqual({ exists: false });
  });

  it('records an approved line once, however often the event arrives, and shows it to its agency only', async () => {
    const event = await svc.request<CulturalEvent>(CULTURE_SUBJECTS.eventCreate, {
      ...week,
      titleVi: 'Liên hoan',
    });
    const data = {
      estimateId: randomUUID(),
      lineId: randomUUID(),
      agencyCode: 'SVHTTDL',
      fiscalYear: 2025,
      activity: { kind: 'cultural-event', id: event.id },
      description: 'Tuần văn hóa',
      requestedAmount: 300_000_000,
      approvedAmount: 250_000_000,
      approvedAt: new Date().toISOString(),
    };
    const envelope = {
      eventId: randomUUID(),
      subject: 'budget.line.funded',
      occurredAt: new Date().toISOString(),
      data,
    };
    const nc = await connect({ servers: process.env.NATS_SERVERS });
    const jsm = await nc.jetstreamManager();
    // The BUDGET stream exists: the harness provisions every service's stream, as a deployment does.
    for (const msgID of [envelope.eventId, `again-${envelope.eventId}`])
      await nc.jetstream().publish('budget.line.funded', JSONCodec().encode(envelope), { msgID });
    const funding = () =>
      svc.request<ActivityFunding>(
        FUNDING_SUBJECTS.cultureFunding,
        { id: event.id },
        TEST_CALLERS.cultureEditor,
      );
    await waitFor(async () => (await funding()).fundedAmount === 250_000_000, 'the funding');
    await waitFor(async () => {
      const info = await jsm.consumers.info('BUDGET', 'culture-budget-line-funded');
      return info.delivered.stream_seq === 2 && info.num_ack_pending === 0 && info.num_pending === 0;
    }, 'both deliveries to be handled');
    await nc.close();
    expect((await funding()).lines).toHaveLength(1);
    const other = await svc.requestError(
      FUNDING_SUBJECTS.cultureFunding,
      { id: event.id },
      TEST_CALLERS.homeAffairsEditor,
    );
    expect(other.status).toBe(404);
  });
});
