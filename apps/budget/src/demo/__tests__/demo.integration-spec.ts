import {
  BUDGET_EVENTS,
  BUDGET_SUBJECTS,
  type BudgetEstimateSummary,
  type Consolidation,
  type EventData,
  type Page,
} from '@ascc/contracts';
import { OutboxEvent } from '@ascc/service-kit';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { BudgetEstimate } from '../../estimates/budget-estimate.entity';
import { BudgetLine } from '../../estimates/budget-line.entity';

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
    expect(BigInt(c2020.totals.approved)).toBeGreaterThan(0n);
    const page = await svc.request<Page<BudgetEstimateSummary>>(BUDGET_SUBJECTS.estimateList, {
      fiscalYear: '2020',
    });
    expect(page.items.every((e) => e.locked)).toBe(true);
    expect(startedIn).toBeLessThan(20_000);
  });

  it('writes one budget.estimate.approved per approved estimate, each line with its description', async () => {
    const em = svc.orm.em.fork();
    const events = (await em.find(OutboxEvent, { subject: BUDGET_EVENTS.estimateApproved.subject })).map(
      (o) => o.data as EventData<typeof BUDGET_EVENTS.estimateApproved>,
    );
    expect(events).toHaveLength(await em.count(BudgetEstimate, { status: 'approved' }));
    const lines = new Map(
      (await em.find(BudgetLine, { estimate: { status: 'approved' } })).map((l) => [l.id, l]),
    );
    const eventLines = events.flatMap((e) => e.lines ?? []);
    expect(eventLines).toHaveLength(lines.size);
    for (const l of eventLines)
      expect(l).toMatchObject({
        description: lines.get(l.lineId)?.description,
        activity: null,
        approvedAmount: lines.get(l.lineId)?.approvedAmount,
      });
  });
  it('writes one budget.estimate.submitted per submitted estimate (the deadline reminders skip their agencies)', async () => {
    const em = svc.orm.em.fork();
    const events = (await em.find(OutboxEvent, { subject: BUDGET_EVENTS.estimateSubmitted.subject })).map(
      (o) => o.data as EventData<typeof BUDGET_EVENTS.estimateSubmitted>,
    );
    const submitted = await em.find(BudgetEstimate, { submittedAt: { $ne: null } });
    expect(submitted.length).toBeGreaterThan(0);
    expect(events.map((e) => e.estimateId).sort()).toEqual(submitted.map((e) => e.id).sort());
    const byId = new Map(submitted.map((e) => [e.id, e]));
    for (const e of events)
      expect(e).toEqual({
        estimateId: e.estimateId,
        agencyCode: byId.get(e.estimateId)?.agencyCode,
        fiscalYear: byId.get(e.estimateId)?.fiscalYear,
        versionNo: 1,
        submittedAt: byId.get(e.estimateId)?.submittedAt?.toISOString(),
      });
  });
});
