import {
  type AuditEntry,
  BUDGET_SUBJECTS,
  type BudgetEstimate as BudgetEstimateDto,
  type Consolidation,
  type Page,
} from '@ascc/contracts';
import { AuditRecord } from '@ascc/service-kit';
import { TEST_CALLERS, type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';

const { cultureEditor: culture, financeReviewer: finance } = TEST_CALLERS;

/**
 * The histories Finance reads in the console: an estimate's through its review (start review → under
 * review → approved), and a year's consolidation (its lock, submission and decision), each refused to
 * whom the permission table does not allow.
 */
describe.each(testDatabaseKinds())('budget histories on %s', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('budget', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it("an estimate's history shows its submission, the start of review and the approval, newest first", async () => {
    const created = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateCreate,
      {
        agencyCode: 'SVHTTDL',
        fiscalYear: 2027,
        titleVi: 'Dự toán kinh phí Kế hoạch 38 năm 2027',
        lines: [
          {
            description: 'Tuần văn hóa ASEAN',
            planArea: 'III.5',
            fundingSource: 'PROVINCIAL_BUDGET',
            quantity: 2,
            unitCost: 150_000_000,
          },
        ],
      },
      culture,
    );
    const submitted = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateSubmit,
      { id: created.id, version: created.version },
      culture,
    );
    // The agency may not start Finance's review.
    const notFinance = await svc.requestError(
      BUDGET_SUBJECTS.estimateReview,
      { id: created.id, version: submitted.version, decision: 'start-review' },
      culture,
    );
    expect(notFinance.status).toBe(403);
    const underReview = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateReview,
      { id: created.id, version: submitted.version, decision: 'start-review' },
      finance,
    );
    expect(underReview.status).toBe('under-review');
    // Starting again is not a step the workflow has: refused by its rule, nothing written.
    const rows = await svc.orm.em.fork().count(AuditRecord, { entityId: created.id });
    const again = await svc.requestError(
      BUDGET_SUBJECTS.estimateReview,
      { id: created.id, version: underReview.version, decision: 'start-review' },
      finance,
    );
    expect(again.status).toBe(409);
    expect(await svc.orm.em.fork().count(AuditRecord, { entityId: created.id })).toBe(rows);
    await svc.request(
      BUDGET_SUBJECTS.estimateReview,
      { id: created.id, version: underReview.version, decision: 'approve' },
      finance,
    );

    const history = await svc.request<Page<AuditEntry>>(
      BUDGET_SUBJECTS.estimateHistory,
      { id: created.id },
      culture,
    );
    expect(history.items.map((e) => [e.username, e.changes.status])).toEqual([
      ['stc.reviewer', { before: 'under-review', after: 'approved' }],
      ['stc.reviewer', { before: 'submitted', after: 'under-review' }],
      ['svhttdl.editor', { before: 'draft', after: 'submitted' }],
      ['svhttdl.editor', { after: 'draft' }],
    ]);
    expect(history.items[1].changes.action).toEqual({ after: 'start-review' });
    const other = await svc.requestError(
      BUDGET_SUBJECTS.estimateHistory,
      { id: created.id },
      TEST_CALLERS.homeAffairsEditor,
    );
    expect(other.status).toBe(404);
  });

  it("a year's consolidation history names who locked it, the submission and the decision", async () => {
    const empty = await svc.request<Page<AuditEntry>>(
      BUDGET_SUBJECTS.consolidationHistory,
      { fiscalYear: 2026 },
      finance,
    );
    expect(empty).toMatchObject({ items: [], total: 0 });

    const locked = await svc.request<Consolidation>(
      BUDGET_SUBJECTS.consolidationUpdate,
      { fiscalYear: 2026, action: 'consolidate', version: 0 },
      finance,
    );
    const submitted = await svc.request<Consolidation>(
      BUDGET_SUBJECTS.consolidationUpdate,
      { fiscalYear: 2026, action: 'submit', version: locked.version, submissionNumber: '123/TTr-STC' },
      finance,
    );
    await svc.request<Consolidation>(
      BUDGET_SUBJECTS.consolidationUpdate,
      {
        fiscalYear: 2026,
        action: 'decide',
        version: submitted.version,
        decisionNumber: '3456/QĐ-UBND',
        decisionDate: '2025-12-10',
      },
      finance,
    );

    const history = await svc.request<Page<AuditEntry>>(
      BUDGET_SUBJECTS.consolidationHistory,
      { fiscalYear: '2026' },
      finance,
    );
    expect(history.total).toBe(3);
    expect(history.items.map((e) => [e.action, e.username, e.entityId])).toEqual([
      ['update', 'stc.reviewer', '2026'],
      ['update', 'stc.reviewer', '2026'],
      ['create', 'stc.reviewer', '2026'],
    ]);
    expect(history.items[2].changes).toEqual({
      status: { after: 'consolidated' },
      consolidatedBy: { after: 'stc.reviewer' },
      submissionNumber: { after: null },
      decisionNumber: { after: null },
      decisionDate: { after: null },
    });
    expect(history.items[1].changes).toEqual({
      status: { before: 'consolidated', after: 'submitted' },
      submissionNumber: { before: null, after: '123/TTr-STC' },
    });
    expect(history.items[0].changes).toEqual({
      status: { before: 'submitted', after: 'decided' },
      decisionNumber: { before: null, after: '3456/QĐ-UBND' },
      decisionDate: { before: null, after: '2025-12-10' },
    });
    // Another year's history is its own.
    const other = await svc.request<Page<AuditEntry>>(
      BUDGET_SUBJECTS.consolidationHistory,
      { fiscalYear: 2025 },
      finance,
    );
    expect(other.total).toBe(0);
  });

  it("refuses the consolidation's history to an agency's editor (403) and a year out of range (400)", async () => {
    const editor = await svc.requestError(
      BUDGET_SUBJECTS.consolidationHistory,
      { fiscalYear: 2026 },
      culture,
    );
    expect(editor).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    const bad = await svc.requestError(BUDGET_SUBJECTS.consolidationHistory, { fiscalYear: 1999 }, finance);
    expect(bad).toMatchObject({ status: 400, fields: [{ path: 'fiscalYear' }] });
  });
});
