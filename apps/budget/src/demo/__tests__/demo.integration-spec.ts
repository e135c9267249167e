import { BUDGET_SUBJECTS, type Consolidation, type Page, type BudgetEstimateSummary } from '@ascc/contracts';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { BudgetEstimate } from '../../estimates/budget-estimate.entity';

describe.each(testDatabaseKinds())('budget demo data on %s', (kind) => {
  let svc: ServiceHarness;
  let startedIn = 0;

  beforeAll(async () => {
    process.env.SEED_DEMO_DATA = 'true';
    const start = Date.now();
    svc = await startServiceHarness('budget', AppModule, kind);
    startedIn = Date.now() - start;
  });
  afterAll(async () => {
    await svc?.stop();
    delete process.env.SEED_DEMO_DATA;
  });

  it('seeds every agency for 2017–2025, mostly approved, some returned, and locks the consolidated years', async () => {
    const em = svc.orm.em.fork();
    const years = await em.count(BudgetEstimate, { fiscalYear: 2017 });
    expect(years).toBeGreaterThan(20);
    const approved = await em.count(BudgetEstimate, { status: 'approved' });
    const returned = await em.count(BudgetEstimate, { status: 'returned' });
    const all = await em.count(BudgetEstimate, {});
    expect(approved / all).toBeGreaterThan(0.7);
    expect(returned).toBeGreaterThan(0);
    const c2020 = await svc.request<Consolidation>(BUDGET_SUBJECTS.consolidationGet, { fiscalYear: 2020 });
    expect(c2020).toMatchObject({ locked: true, status: 'decided' });
    expect(c2020.totals.approved).toBeGreaterThan(0);
    const page = await svc.request<Page<BudgetEstimateSummary>>(BUDGET_SUBJECTS.estimateList, {
      fiscalYear: '2020',
    });
    expect(page.items.every((e) => e.locked)).toBe(true);
    expect(startedIn).toBeLessThan(20_000);
  });
});
