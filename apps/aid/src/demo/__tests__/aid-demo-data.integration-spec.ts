import { AID_SUBJECTS, type AidReport, type Page } from '@ascc/contracts';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';

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

  it('does not seed again when the service restarts on data', async () => {
    const before = (await svc.request<Page<unknown>>(AID_SUBJECTS.ngoList, {})).total;
    // The hook runs at start only when the tables are empty: running it again changes nothing.
    const { AidDemoData } = await import('../aid-demo-data');
    await svc.app.get(AidDemoData).onApplicationBootstrap();
    expect((await svc.request<Page<unknown>>(AID_SUBJECTS.ngoList, {})).total).toBe(before);
  });
});
