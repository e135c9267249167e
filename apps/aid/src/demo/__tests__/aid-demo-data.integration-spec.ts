import {
  AID_EVENTS,
  AID_SUBJECTS,
  type AidReport,
  type DelegationReport,
  type EventData,
  type Page,
} from '@ascc/contracts';
import { OutboxEvent } from '@ascc/service-kit';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { Delegation } from '../../delegations/delegation.entity';
import { AidProject } from '../../projects/aid-project.entity';
import { AidTransaction } from '../../projects/aid-transaction.entity';

describe.each(testDatabaseKinds())('aid demo data on %s', (kind) => {
  let svc: ServiceHarness;
  const saved = process.env.SEED_DEMO_DATA;

  beforeAll(async () => {
    process.env.SEED_DEMO_DATA = 'true';
    svc = await startServiceHarness('aid', AppModule, kind);
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    process.env.SEED_DEMO_DATA = saved;
  });

  it('fills the empty database at start with NGOs, projects 2017–2025 and delegations', async () => {
    const ngos = await svc.request<Page<{ countryCode: string; isAsean: boolean }>>(AID_SUBJECTS.ngoList, {
      pageSize: 100,
    });
    expect(ngos.total).toBeGreaterThanOrEqual(15);
    expect(new Set(ngos.items.map((n) => n.countryCode)).size).toBeGreaterThanOrEqual(8);
    expect(ngos.items.some((n) => n.isAsean)).toBe(true);
    expect(ngos.items.some((n) => !n.isAsean)).toBe(true);
    const years = await svc.request<AidReport>(AID_SUBJECTS.reportAid, { groupBy: 'year' });
    expect(years.rows.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const delegations = await svc.request<Page<unknown>>(AID_SUBJECTS.delegationList, { pageSize: 1 });
    expect(delegations.total).toBeGreaterThan(20);
  });

  it("writes the events recording them: one per delegation and per transaction, with the record's data", async () => {
    const em = svc.orm.em.fork();
    const outbox = await em.find(OutboxEvent, {}, { orderBy: { seq: 'asc' } });
    const delegationEvents = outbox
      .filter((o) => o.subject === AID_EVENTS.delegationRecorded.subject)
      .map((o) => o.data as EventData<typeof AID_EVENTS.delegationRecorded>);
    const delegations = await em.find(Delegation, {});
    expect(delegationEvents).toHaveLength(delegations.length);
    const byId = new Map(delegationEvents.map((e) => [e.delegationId, e]));
    for (const d of delegations)
      expect(byId.get(d.id)).toEqual({
        delegationId: d.id,
        version: 1,
        titleVi: d.title,
        agencyCode: d.agencyCode,
        direction: d.direction,
        purpose: d.purpose,
        planArea: d.planArea,
        countries: d.countryCodes.map((code) => ({ code, asean: expect.any(Boolean) })),
        size: d.size,
        startDate: d.startDate,
        endDate: d.endDate,
        year: Number(d.startDate.slice(0, 4)),
      });
    expect(delegationEvents.some((e) => e.countries.some((c) => c.code === 'LA' && c.asean))).toBe(true);
    expect(delegationEvents.some((e) => e.countries.some((c) => c.code === 'KR' && !c.asean))).toBe(true);

    // The events' people add up to the service's own delegation report.
    const report = await svc.request<DelegationReport>(AID_SUBJECTS.reportDelegations, {});
    const people = (rows: { people: number }[]) => rows.reduce((sum, r) => sum + r.people, 0);
    expect(people(delegationEvents.map((e) => ({ people: e.size * e.countries.length })))).toBe(
      people(report.rows),
    );

    const transactionEvents = outbox
      .filter((o) => o.subject === AID_EVENTS.transactionRecorded.subject)
      .map((o) => o.data as EventData<typeof AID_EVENTS.transactionRecorded>);
    expect(transactionEvents).toHaveLength(await em.count(AidTransaction, {}));
    const projects = new Map((await em.find(AidProject, {})).map((p) => [p.id, p]));
    for (const e of transactionEvents) {
      const project = projects.get(e.projectId);
      expect([e.projectCode, e.projectTitleVi]).toEqual([project?.code, project?.titleVi]);
    }
  });

  it('does not seed again when the service restarts on data', async () => {
    const before = (await svc.request<Page<unknown>>(AID_SUBJECTS.ngoList, {})).total;
    // The hook runs at start only when the tables are empty: running it again changes nothing.
    const { AidDemoData } = await import('../aid-demo-data');
    await svc.app.get(AidDemoData).onApplicationBootstrap();
    expect((await svc.request<Page<unknown>>(AID_SUBJECTS.ngoList, {})).total).toBe(before);
  });
});
