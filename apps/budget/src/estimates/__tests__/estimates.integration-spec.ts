import {
  BUDGET_SUBJECTS,
  type BudgetEstimate as BudgetEstimateDto,
  type BudgetVersions,
  type Consolidation,
  type FileDownload,
  type Page,
} from '@ascc/contracts';
import { randomUUID } from 'node:crypto';
import { JSONCodec, connect } from 'nats';
import { OutboxEvent } from '@ascc/service-kit';
import {
  TEST_CALLERS,
  type ServiceHarness,
  startServiceHarness,
  testDatabaseKinds,
  waitFor,
} from '@ascc/testing';
import { AppModule } from '../../app.module';
import { BudgetEstimate } from '../budget-estimate.entity';
import { BudgetLine } from '../budget-line.entity';
import { BudgetEstimateVersion } from '../budget-estimate-version.entity';

const line = (description: string, quantity: number, unitCost: number) => ({
  description,
  planArea: 'III.5',
  fundingSource: 'PROVINCIAL_BUDGET',
  quantity,
  unitCost,
});
const estimate = (
  agencyCode: string,
  fiscalYear: number,
  lines = [line('Tuần văn hóa ASEAN', 2, 150_000_000)],
) => ({
  agencyCode,
  fiscalYear,
  titleVi: `Dự toán kinh phí Kế hoạch 38 năm ${fiscalYear}`,
  lines,
});
const { cultureEditor: culture, financeReviewer: finance, homeAffairsEditor: snv } = TEST_CALLERS;

describe.each(testDatabaseKinds())('budget service on %s', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('budget', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it('has committed migrations that match the entities exactly', async () => {
    expect((await svc.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('computes line amounts and the total in whole đồng beyond 32 bits, and sorts by it in the database', async () => {
    const big = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateCreate,
      estimate('SNV', 2024, [line('a', 1_000, 12_345_678_901), line('b', 1, 234)]),
    );
    expect(big.lines.map((l) => l.amount)).toEqual([12_345_678_901_000, 234]);
    expect(big.requestedAmount).toBe(12_345_678_901_234);
    await svc.request(BUDGET_SUBJECTS.estimateCreate, estimate('SNV', 2023));
    const byAmount = await svc.request<Page<BudgetEstimateDto>>(BUDGET_SUBJECTS.estimateList, {
      sort: 'requestedAmount',
      order: 'desc',
    });
    expect(byAmount.items.map((e) => e.requestedAmount)).toEqual([12_345_678_901_234, 300_000_000]);
  });

  it('allows one estimate per agency and fiscal year: the second is a 409 and is not written', async () => {
    const error = await svc.requestError(BUDGET_SUBJECTS.estimateCreate, estimate('SNV', 2024));
    expect(error).toMatchObject({ code: 'CONFLICT', status: 409, fields: [{ path: 'fiscalYear' }] });
    expect(await svc.orm.em.fork().count(BudgetEstimate, { agencyCode: 'SNV', fiscalYear: 2024 })).toBe(1);
  });

  it('refuses negative costs and amounts over 10^15 đồng, naming the field', async () => {
    const negative = await svc.requestError(
      BUDGET_SUBJECTS.estimateCreate,
      estimate('STC', 2025, [line('x', 1, -5)]),
    );
    expect(negative.fields?.map((f) => f.path)).toEqual(['lines.0.unitCost']);
    const huge = await svc.requestError(
      BUDGET_SUBJECTS.estimateCreate,
      estimate('STC', 2025, [line('x', 1, 1), line('y', 3, 1e15)]),
    );
    expect(huge).toMatchObject({ status: 400, fields: [{ path: 'lines.1.amount' }] });
    expect(await svc.orm.em.fork().count(BudgetEstimate, { agencyCode: 'STC' })).toBe(0);
  });

  it('refuses submitting an estimate without lines by its rule, and it stays a draft', async () => {
    const empty = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateCreate,
      estimate('SVHTTDL', 2022, []),
      culture,
    );
    const error = await svc.requestError(
      BUDGET_SUBJECTS.estimateSubmit,
      { id: empty.id, version: empty.version, idempotencyKey: 'key-0001-empty' },
      culture,
    );
    expect(error).toMatchObject({
      status: 400,
      fields: [{ path: 'lines', params: { rule: 'estimateWithoutLines' } }],
    });
    const after = await svc.orm.em.fork().findOneOrFail(BudgetEstimate, { id: empty.id });
    expect(after.status).toBe('draft');
  });

  it('takes an estimate from draft to approval, with versions, comments, locking and events', async () => {
    const draft = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateCreate,
      estimate('SVHTTDL', 2025),
      culture,
    );
    // Another agency's editor cannot edit it (nor learn it exists: 404); a stale version is a 409 that
    // names the newer one.
    const other = await svc.requestError(
      BUDGET_SUBJECTS.estimateUpdate,
      { id: draft.id, version: draft.version, titleVi: 'x', lines: [] },
      snv,
    );
    expect(other.status).toBe(404);
    const edited = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateUpdate,
      {
        id: draft.id,
        version: draft.version,
        titleVi: draft.titleVi,
        lines: [{ ...draft.lines[0], quantity: 3 }],
      },
      culture,
    );
    expect(edited.requestedAmount).toBe(450_000_000);
    expect(edited.lines[0].id).toBe(draft.lines[0].id);
    const stale = await svc.requestError(
      BUDGET_SUBJECTS.estimateUpdate,
      { id: draft.id, version: draft.version, titleVi: 'late', lines: [] },
      culture,
    );
    expect(stale).toMatchObject({
      status: 409,
      fields: [{ path: 'version', params: { currentVersion: edited.version } }],
    });

    // Submitting twice with one Idempotency-Key: one version, the same answer.
    const submit = { id: draft.id, version: edited.version, idempotencyKey: 'key-0001-culture' };
    const first = await svc.request<BudgetEstimateDto>(BUDGET_SUBJECTS.estimateSubmit, submit, culture);
    const again = await svc.request<BudgetEstimateDto>(BUDGET_SUBJECTS.estimateSubmit, submit, culture);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ status: 'submitted', versionNo: 1 });
    expect(await svc.orm.em.fork().count(BudgetEstimateVersion, { estimateId: draft.id })).toBe(1);

    // A submitted estimate is not editable; an editor cannot review.
    const locked = await svc.requestError(
      BUDGET_SUBJECTS.estimateUpdate,
      { id: draft.id, version: first.version, titleVi: 'x', lines: [] },
      culture,
    );
    expect(locked).toMatchObject({
      status: 409,
      fields: [
        {
          params: {
            rule: 'estimateNotEditable',
            agencyCode: 'SVHTTDL',
            year: draft.fiscalYear,
            estimateStatus: 'submitted',
          },
        },
      ],
    });
    expect(
      (
        await svc.requestError(
          BUDGET_SUBJECTS.estimateReview,
          { id: draft.id, version: first.version, decision: 'approve' },
          culture,
        )
      ).status,
    ).toBe(403);

    // Returning without saying what to correct is refused by its rule, and the estimate stays submitted.
    const silent = await svc.requestError(
      BUDGET_SUBJECTS.estimateReview,
      { id: draft.id, version: first.version, decision: 'return', comment: '' },
      finance,
    );
    expect(silent).toMatchObject({
      status: 400,
      fields: [{ path: 'comment', params: { rule: 'returnWithoutComment' } }],
    });
    const untouched = await svc.orm.em.fork().findOneOrFail(BudgetEstimate, { id: draft.id });
    expect(untouched.status).toBe('submitted');

    const returned = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateReview,
      {
        id: draft.id,
        version: first.version,
        decision: 'return',
        comment: 'Giảm số buổi',
        lines: [{ lineId: draft.lines[0].id, comment: 'Hai buổi là đủ' }],
      },
      finance,
    );
    expect(returned).toMatchObject({ status: 'returned', reviewComment: 'Giảm số buổi' });
    expect(returned.lines[0].reviewComment).toBe('Hai buổi là đủ');

    const corrected = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateUpdate,
      {
        id: draft.id,
        version: returned.version,
        titleVi: draft.titleVi,
        lines: [{ ...returned.lines[0], quantity: 2 }, line('Biểu diễn nghệ thuật', 1, 50_000_000)],
      },
      culture,
    );
    const resubmitted = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateSubmit,
      { id: draft.id, version: corrected.version },
      culture,
    );
    expect(resubmitted).toMatchObject({ status: 'resubmitted', versionNo: 2 });

    const tooMuch = await svc.requestError(
      BUDGET_SUBJECTS.estimateReview,
      {
        id: draft.id,
        version: resubmitted.version,
        decision: 'approve',
        lines: [{ lineId: draft.lines[0].id, approvedAmount: 300_000_001 }],
      },
      finance,
    );
    expect(tooMuch.fields?.[0].path).toBe('lines.0.approvedAmount');
    // The second line funds a cultural event (linked in the database: no culture service runs here).
    const eventId = randomUUID();
    await svc.orm.em
      .fork()
      .nativeUpdate(
        BudgetLine,
        { id: resubmitted.lines[1].id },
        { activityKind: 'cultural-event', activityId: eventId },
      );
    const approved = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateReview,
      {
        id: draft.id,
        version: resubmitted.version,
        decision: 'approve',
        lines: [{ lineId: draft.lines[0].id, approvedAmount: 250_000_000 }],
      },
      finance,
    );
    expect(approved).toMatchObject({
      status: 'approved',
      approvedAmount: 300_000_000,
      requestedAmount: 350_000_000,
    });

    const versions = await svc.request<BudgetVersions>(
      BUDGET_SUBJECTS.estimateVersions,
      { id: draft.id },
      finance,
    );
    expect(versions.versions.map((v) => v.requestedAmount)).toEqual([450_000_000, 350_000_000]);
    expect(versions.reviews.map((r) => r.decision)).toEqual(['return', 'approve']);

    // The approval wrote its events in the same transaction: the estimate's, each line with its
    // description and linked activity (or null), and a line event for the linked line only.
    const events = await svc.orm.em.fork().find(OutboxEvent, { subject: 'budget.estimate.approved' });
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({ estimateId: draft.id, approvedAmount: 300_000_000 });
    expect((events[0].data as { lines: unknown[] }).lines).toEqual([
      {
        lineId: draft.lines[0].id,
        description: 'Tuần văn hóa ASEAN',
        activity: null,
        planArea: 'III.5',
        fundingSource: 'PROVINCIAL_BUDGET',
        requestedAmount: 300_000_000,
        approvedAmount: 250_000_000,
      },
      {
        lineId: resubmitted.lines[1].id,
        description: 'Biểu diễn nghệ thuật',
        activity: { kind: 'cultural-event', id: eventId },
        planArea: 'III.5',
        fundingSource: 'PROVINCIAL_BUDGET',
        requestedAmount: 50_000_000,
        approvedAmount: 50_000_000,
      },
    ]);
    const funded = await svc.orm.em.fork().find(OutboxEvent, { subject: 'budget.line.funded' });
    expect(funded.map((e) => e.data)).toEqual([
      expect.objectContaining({
        lineId: resubmitted.lines[1].id,
        activity: { kind: 'cultural-event', id: eventId },
      }),
    ]);
  });

  it('consolidates a year by agency × plan area × funding source, locks it, and exports it', async () => {
    const before = await svc.request<Consolidation>(
      BUDGET_SUBJECTS.consolidationGet,
      { fiscalYear: 2025 },
      finance,
    );
    expect(before).toMatchObject({
      status: 'open',
      locked: false,
      totals: { requested: '350000000', approved: '300000000' },
    });
    expect(before.rows).toEqual([
      {
        agencyCode: 'SVHTTDL',
        planArea: 'III.5',
        fundingSource: 'PROVINCIAL_BUDGET',
        requested: '350000000',
        approved: '300000000',
      },
    ]);
    expect(
      (
        await svc.requestError(
          BUDGET_SUBJECTS.consolidationUpdate,
          { fiscalYear: 2025, action: 'consolidate', version: 0 },
          culture,
        )
      ).status,
    ).toBe(403);
    const locked = await svc.request<Consolidation>(
      BUDGET_SUBJECTS.consolidationUpdate,
      { fiscalYear: 2025, action: 'consolidate', version: 0 },
      finance,
    );
    expect(locked).toMatchObject({ status: 'consolidated', locked: true });
    const refused = await svc.requestError(BUDGET_SUBJECTS.estimateCreate, estimate('SYT', 2025));
    // The refusal names its rule and the locked year, for the console to say so; nothing is written.
    expect(refused).toMatchObject({
      status: 409,
      fields: [{ path: 'fiscalYear', params: { rule: 'fiscalYearLocked', year: 2025 } }],
    });
    expect(await svc.orm.em.fork().count(BudgetEstimate, { agencyCode: 'SYT', fiscalYear: 2025 })).toBe(0);
    const submitted = await svc.request<Consolidation>(
      BUDGET_SUBJECTS.consolidationUpdate,
      { fiscalYear: 2025, action: 'submit', version: locked.version, submissionNumber: '123/TTr-STC' },
      finance,
    );
    const decided = await svc.request<Consolidation>(
      BUDGET_SUBJECTS.consolidationUpdate,
      {
        fiscalYear: 2025,
        action: 'decide',
        version: submitted.version,
        decisionNumber: '3456/QĐ-UBND',
        decisionDate: '2024-12-10',
      },
      finance,
    );
    expect(decided).toMatchObject({
      status: 'decided',
      decisionNumber: '3456/QĐ-UBND',
      decisionDate: '2024-12-10',
    });
    const xlsx = await svc.request<FileDownload>(
      BUDGET_SUBJECTS.consolidationExport,
      { fiscalYear: 2025, format: 'xlsx' },
      finance,
    );
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const pdf = await svc.request<FileDownload>(
      BUDGET_SUBJECTS.consolidationExport,
      { fiscalYear: 2025, format: 'pdf' },
      finance,
    );
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('flags for Finance the line funding a course that training cancelled (training.course.cancelled)', async () => {
    const created = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateCreate,
      estimate('SNV', 2022),
      snv,
    );
    const courseId = randomUUID();
    // Linked directly in the database: this suite runs no training service to confirm the link.
    await svc.orm.em
      .fork()
      .nativeUpdate(
        BudgetLine,
        { id: created.lines[0].id },
        { activityKind: 'training-course', activityId: courseId },
      );
    const nc = await connect({ servers: process.env.NATS_SERVERS });
    // The TRAINING stream exists: the harness provisions every service's stream, as a deployment does.
    const cancelled = {
      courseId,
      code: 'TC-9',
      agencyCode: 'SNV',
      reason: 'Bão số 3',
      cancelledAt: new Date().toISOString(),
    };
    const envelope = {
      eventId: randomUUID(),
      subject: 'training.course.cancelled',
      occurredAt: new Date().toISOString(),
      data: cancelled,
    };
    await nc
      .jetstream()
      .publish('training.course.cancelled', JSONCodec().encode(envelope), { msgID: envelope.eventId });
    // The same event again (another message id): still one flag.
    await nc.jetstream().publish('training.course.cancelled', JSONCodec().encode(envelope), {
      msgID: `again-${envelope.eventId}`,
    });
    await nc.close();
    await waitFor(
      async () =>
        (await svc.request<BudgetEstimateDto>(BUDGET_SUBJECTS.estimateGet, { id: created.id }))
          .flaggedLines === 1,
      'the line to be flagged',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const flagged = await svc.request<BudgetEstimateDto>(BUDGET_SUBJECTS.estimateGet, { id: created.id });
    expect(flagged.flaggedLines).toBe(1);
    expect(flagged.lines[0].flag).toContain('Bão số 3');

    // The agency drops the flagged line from its draft: the count goes with it.
    const replaced = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateUpdate,
      {
        id: flagged.id,
        version: flagged.version,
        titleVi: flagged.titleVi,
        lines: [line('Hội nghị sơ kết', 1, 20_000_000)],
      },
      snv,
    );
    expect(replaced.flaggedLines).toBe(0);
    expect(replaced.lines.map((l) => l.flag ?? null)).toEqual([null]);
  });
});
