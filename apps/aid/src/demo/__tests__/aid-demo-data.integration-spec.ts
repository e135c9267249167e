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
import { Ngo } from '../../ngos/ngo.entity';
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

  it('writes the events recording each NGO and project, which the reminders read (expiry, six-month start)', async () => {
    const em = svc.orm.em.fork();
    const data = async <T>(subject: string) =>
      (await em.find(OutboxEvent, { subject }, { orderBy: { seq: 'asc' } })).map((o) => o.data as T);
    const ngoEvents = await data<EventData<typeof AID_EVENTS.ngoRecorded>>(AID_EVENTS.ngoRecorded.subject);
    const ngos = await em.find(Ngo, {});
    expect(ngoEvents.map((e) => e.ngoId).sort()).toEqual(ngos.map((n) => n.id).sort());
    for (const n of ngos)
      expect(ngoEvents.find((e) => e.ngoId === n.id)).toEqual({
        ngoId: n.id,
        version: 1,
        name: n.nameVi,
        agencyCode: n.agencyCode,
        registrationExpiresOn: n.registrationValidTo,
      });
    // Some demo registrations run out within 60 days of today: the expiry reminder has something to say.
    const in60Days = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    expect(
      ngoEvents.filter((e) => e.registrationExpiresOn && e.registrationExpiresOn <= in60Days).length,
    ).toBeGreaterThan(0);

    const projectEvents = await data<EventData<typeof AID_EVENTS.projectRecorded>>(
      AID_EVENTS.projectRecorded.subject,
    );
    const projects = await em.find(AidProject, {});
    expect(projectEvents).toHaveLength(projects.length);
    for (const p of projects)
      expect(projectEvents.find((e) => e.projectId === p.id)).toMatchObject({
        code: p.code,
        status: p.status,
        decisionDate: p.decisionDate ?? null,
        actualStart: p.actualStart ?? null,
      });
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
