import { type AuditEntry, type Page, REPORTING_SUBJECTS as S, type YearlyReport } from '@ascc/contracts';
import { type ServiceHarness, TEST_CALLERS, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';

const { homeAffairsEditor: editor, coordinator, cultureEditor } = TEST_CALLERS;

/** A yearly report's history: who started, edited, submitted and returned it, before → after. */
describe.each(testDatabaseKinds())('yearly report history on %s', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('reporting', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it('lists every change of the report, newest first, to its agency and the coordinator', async () => {
    const created = await svc.request<YearlyReport>(
      S.reportCreate,
      { agencyCode: 'SNV', year: 2022, planArea: 'III.8' },
      editor,
    );
    const edited = await svc.request<YearlyReport>(
      S.reportUpdate,
      { id: created.id, version: created.version, narrative: 'Tổ chức 5 khóa bồi dưỡng' },
      editor,
    );
    const submitted = await svc.request<YearlyReport>(
      S.reportSubmit,
      { id: edited.id, version: edited.version },
      editor,
    );
    await svc.request(
      S.reportReview,
      { id: submitted.id, version: submitted.version, decision: 'return', comment: 'Bổ sung số liệu' },
      coordinator,
    );

    const history = await svc.request<Page<AuditEntry>>(S.reportHistory, { id: created.id }, editor);
    expect(history.total).toBe(4);
    expect(history.items.map((e) => [e.action, e.username, e.changes.status])).toEqual([
      ['update', 'sldtbxh.coordinator', { before: 'submitted', after: 'returned' }],
      ['update', 'snv.editor', { before: 'draft', after: 'submitted' }],
      ['update', 'snv.editor', undefined],
      ['create', 'snv.editor', { after: 'draft' }],
    ]);
    expect(history.items[2].changes.narrative).toEqual({ before: '', after: 'Tổ chức 5 khóa bồi dưỡng' });
    expect(history.items[0].changes.reviewComment).toEqual({ before: null, after: 'Bổ sung số liệu' });
    const paged = await svc.request<Page<AuditEntry>>(
      S.reportHistory,
      { id: created.id, page: 2, pageSize: 3 },
      coordinator,
    );
    expect(paged.items.map((e) => e.action)).toEqual(['create']);
    expect(new Date(history.items[0].at).toISOString()).toBe(history.items[0].at);

    // The list reads lean rows: each item is the very DTO of the report read alone (dates, the late
    // flag, the JSON figures and indicators converted alike).
    const got = await svc.request<YearlyReport>(S.reportGet, { id: created.id }, editor);
    expect(got).toMatchObject({ status: 'returned', late: expect.any(Boolean) });
    const listed = await svc.request<Page<YearlyReport>>(S.reportList, { year: 2022 }, editor);
    expect(listed.items).toEqual([got]);
  });

  it('keeps the indicators entered before when an edit does not send them (the console form)', async () => {
    const created = await svc.request<YearlyReport>(
      S.reportCreate,
      { agencyCode: 'SNV', year: 2021, planArea: 'III.8' },
      editor,
    );
    const indicators = [{ name: 'Khóa bồi dưỡng', target: 4, actual: 5 }];
    const withIndicators = await svc.request<YearlyReport>(
      S.reportUpdate,
      { id: created.id, version: created.version, narrative: 'a', indicators },
      editor,
    );
    const fromForm = await svc.request<YearlyReport>(
      S.reportUpdate,
      { id: created.id, version: withIndicators.version, narrative: 'b', difficulties: 'c', proposals: 'd' },
      editor,
    );
    expect(fromForm).toMatchObject({ narrative: 'b', indicators });
    const cleared = await svc.request<YearlyReport>(
      S.reportUpdate,
      { id: created.id, version: fromForm.version, narrative: 'b', indicators: [] },
      editor,
    );
    expect(cleared.indicators).toEqual([]);
  });

  it("answers another agency's report history as an unknown id (404, same words), and a malformed one 400", async () => {
    const [report] = (await svc.request<{ items: YearlyReport[] }>(S.reportList, { year: 2022 }, editor))
      .items;
    const other = await svc.requestError(S.reportHistory, { id: report.id }, cultureEditor);
    expect(other).toEqual({
      code: 'NOT_FOUND',
      status: 404,
      message: `Yearly report ${report.id} was not found`,
      correlationId: expect.any(String),
    });
    const missing = await svc.requestError(S.reportHistory, { id: '8a1f0c1e-4c9e-4d7b-9a51-0d2f3c4b5a69' });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    const malformed = await svc.requestError(S.reportHistory, { id: 'nope' });
    expect(malformed).toMatchObject({ status: 400, fields: [{ path: 'id' }] });
  });
});
