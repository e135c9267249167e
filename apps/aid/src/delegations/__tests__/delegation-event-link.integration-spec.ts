import { AID_SUBJECTS as S, type Delegation, FUNDING_SUBJECTS } from '@ascc/contracts';
import { type ServiceHarness, TEST_CALLERS, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { JSONCodec, type NatsConnection, connect } from 'nats';
import { AppModule } from '../../app.module';
import { Delegation as DelegationEntity } from '../delegation.entity';

const EVENT_ID = '6b1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e91';
const OTHER_EVENT_ID = '7c1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e92';
const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const EVENTS: Record<string, string> = {
  [EVENT_ID]: '10/03/2026 · Tuần văn hóa ASEAN',
  [OTHER_EVENT_ID]: '20/04/2026 · Lễ hội Đền Trần',
};
const editor = TEST_CALLERS.foreignAffairsEditor;
const delegation = {
  title: 'Đoàn tỉnh Champasak',
  direction: 'inbound',
  purpose: 'friendship',
  countryCodes: ['LA'],
  organisations: ['UBND tỉnh Champasak'],
  headName: 'Sone Phommachanh',
  size: 12,
  startDate: '2026-03-10',
  endDate: '2026-03-12',
  agencyCode: 'SNGV',
};

describe.each(testDatabaseKinds())('a delegation linking a cultural event on %s', (kind) => {
  let svc: ServiceHarness;
  let culture: NatsConnection;
  const asked: string[] = [];

  beforeAll(async () => {
    svc = await startServiceHarness('aid', AppModule, kind);
    // The culture service's answer to `culture.activity.lookup`, as its funding handler gives it (the
    // NestJS NATS envelope: `{ id, data }` in, `{ id, response, isDisposed }` out).
    culture = await connect({ servers: process.env.NATS_SERVERS });
    const codec = JSONCodec<{ id: string; data: { kind: string; id: string } }>();
    culture.subscribe(FUNDING_SUBJECTS.cultureLookup, {
      callback: (_error, msg) => {
        const { id, data } = codec.decode(msg.data);
        asked.push(data.id);
        const label = data.kind === 'cultural-event' ? EVENTS[data.id] : undefined;
        const response = label ? { exists: true, agencyCode: 'SVHTTDL', label } : { exists: false };
        msg.respond(JSONCodec().encode({ id, response, isDisposed: true }));
      },
    });
    await culture.flush();
  });
  afterAll(async () => {
    await culture?.close();
    await svc?.stop();
  });

  it('refuses an event the culture service does not know, naming culturalEvent, and writes nothing', async () => {
    const before = await svc.orm.em.fork().count(DelegationEntity);
    const refused = await svc.requestError(
      S.delegationCreate,
      { ...delegation, culturalEvent: { id: MISSING_ID, label: 'Sự kiện không có' } },
      editor,
    );
    expect(refused).toMatchObject({
      status: 400,
      fields: [{ path: 'culturalEvent.id', params: { rule: 'unknownCulturalEvent' } }],
    });
    expect(await svc.orm.em.fork().count(DelegationEntity)).toBe(before);
  });

  it("links another department's event with the culture service's label, and asks again only when the link changes", async () => {
    const created = await svc.request<Delegation>(
      S.delegationCreate,
      { ...delegation, culturalEvent: { id: EVENT_ID, label: 'typed by hand' } },
      editor,
    );
    expect(created.culturalEvent).toEqual({ id: EVENT_ID, label: EVENTS[EVENT_ID] });

    asked.length = 0;
    const { id, version, culturalEvent } = created;
    const renamed = await svc.request<Delegation>(
      S.delegationUpdate,
      { ...delegation, id, version, title: 'Đoàn tỉnh Champasak (bổ sung)', culturalEvent },
      editor,
    );
    expect(asked).toEqual([]);
    expect(renamed.culturalEvent).toEqual(culturalEvent);

    const stale = await svc.requestError(
      S.delegationUpdate,
      { ...delegation, id, version: renamed.version, culturalEvent: { id: MISSING_ID, label: 'x' } },
      editor,
    );
    expect(stale).toMatchObject({ status: 400, fields: [{ path: 'culturalEvent.id' }] });
    const relinked = await svc.request<Delegation>(
      S.delegationUpdate,
      { ...delegation, id, version: renamed.version, culturalEvent: { id: OTHER_EVENT_ID, label: 'x' } },
      editor,
    );
    expect(asked).toEqual([MISSING_ID, OTHER_EVENT_ID]);
    expect(relinked.culturalEvent).toEqual({ id: OTHER_EVENT_ID, label: EVENTS[OTHER_EVENT_ID] });
  });
});
