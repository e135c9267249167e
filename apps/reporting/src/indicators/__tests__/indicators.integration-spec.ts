import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { JSONCodec, connect } from 'nats';
import { PLAN_AREA_CODES } from '@ascc/catalog';
import {
  type AuditEntry,
  type Dashboard,
  type FileDownload,
  type IndicatorProgress,
  type Page,
  type PlanIndicator,
  REPORTING_SUBJECTS as S,
  type ReviewSnapshot,
  TRAINING_EVENTS,
  type YearlyReport,
} from '@ascc/contracts';
import {
  type ServiceHarness,
  TEST_CALLERS,
  startServiceHarness,
  testDatabaseKinds,
  waitFor,
} from '@ascc/testing';
import { AppModule } from '../../app.module';

async function sheetRows(file: FileDownload, sheet: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const rows: string[] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => {
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) => (v === undefined ? '' : String(v)))
        .join('|'),
    );
  });
  return rows;
}

async function docxText(file: FileDownload): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/**
 * The plan's indicators through real NATS and the database: the seeded catalogue, the coordinator's
 * edits (audited, versioned, refused to others), values computed from the read model (a completed
 * course's trainees, by gender and level) and reported in a yearly report (kept by a save that does not
 * send them, counted once submitted), the status rule, and the province report and a frozen review
 * carrying the indicators as they were.
 */
describe.each(testDatabaseKinds())('indicators (%s)', (kind) => {
  let svc: ServiceHarness;
  const coordinator = TEST_CALLERS.coordinator;
  const editor = TEST_CALLERS.healthEditor;

  const list = async (planArea?: string) =>
    (await svc.request<{ items: PlanIndicator[] }>(S.indicatorList, planArea ? { planArea } : {}, editor))
      .items;
  const byCode = async (code: string) => (await list()).find((i) => i.code === code) as PlanIndicator;
  const progress = async (query: Record<string, unknown>) =>
    (await svc.request<{ items: IndicatorProgress[] }>(S.indicatorProgress, query, editor)).items;
  const progressOf = async (code: string, query: Record<string, unknown>) =>
    (await progress(query)).find((p) => p.indicator.code === code) as IndicatorProgress;
  const setTargets = async (code: string, targets: { year: number; value: number }[]) => {
    const { id, version, updatedAt: _u, ...definition } = await byCode(code);
    return svc.request<PlanIndicator>(
      S.indicatorUpdate,
      { id, version, ...definition, targets },
      coordinator,
    );
  };

  beforeAll(async () => {
    svc = await startServiceHarness('reporting', AppModule, kind);
    // One completed course of 2020: 45 trained (20 women), commune level, area III.8.
    const nc = await connect({ servers: process.env.NATS_SERVERS });
    const E = TRAINING_EVENTS.courseCompleted;
    const data = {
      courseId: randomUUID(),
      code: 'BD-2020-IND',
      titleVi: 'Bồi dưỡng kiến thức hội nhập quốc tế',
      agencyCode: 'SNV',
      topic: 'international-integration',
      targetLevel: 'commune',
      targetGroup: 'civil-servant',
      year: 2020,
      trained: { female: 20, male: 25, total: 45 },
      completed: { female: 19, male: 24, total: 43 },
      communeTrained: 45,
      certificatesIssued: 43,
      planArea: 'III.8',
      completedAt: '2020-10-01T00:00:00.000Z',
    };
    const envelope = {
      eventId: randomUUID(),
      subject: E.subject,
      occurredAt: new Date().toISOString(),
      data,
    };
    await nc.jetstream().publish(E.subject, JSONCodec().encode(envelope));
    await nc.close();
    await waitFor(
      async () =>
        (await svc.request<Dashboard>(S.dashboardGet, { year: 2020 }, coordinator)).training.trained === 45,
      'the course to reach the read model',
      30_000,
    );
  }, 60_000);
  afterAll(() => svc?.stop());

  it("is seeded with the plan's indicators: every area, the plan's own target quoted", async () => {
    const items = await list();
    expect(new Set(items.map((i) => i.planArea))).toEqual(new Set(PLAN_AREA_CODES));
    const kindergarten = items.find((i) => i.code === 'III.3-1');
    expect(kindergarten).toMatchObject({
      origin: 'plan',
      method: 'reported',
      unit: 'percent',
      leadAgencyCode: 'SGDDT',
      targets: [{ year: 2020, value: 100 }],
    });
    expect(kindergarten?.planQuote).toContain('100% trẻ từ 03 tuổi đến 05 tuổi');
    expect(items.filter((i) => i.origin === 'derived').every((i) => i.planQuote.length > 0)).toBe(true);
    expect(items.filter((i) => i.method === 'computed').map((i) => i.computation?.metric)).toEqual(
      expect.arrayContaining([
        'people-trained',
        'exchanges',
        'exchange-participants',
        'aid-committed',
        'aid-disbursed',
        'budget-approved',
      ]),
    );
    // Its creation is audited (by the system), as every later change is.
    const history = await svc.request<Page<AuditEntry>>(
      S.indicatorHistory,
      { id: kindergarten?.id, page: 1, pageSize: 10 },
      coordinator,
    );
    expect(history.items.map((h) => [h.action, h.username])).toEqual([['create', 'system']]);
  });

  it('is kept by the coordinator: created, edited by version, removed — audited, refused to others, bad input named', async () => {
    const body = {
      code: 'III.2-9',
      nameVi: 'Tỷ lệ lao động qua đào tạo',
      nameEn: 'Share of trained workers',
      planArea: 'III.2',
      unit: 'percent',
      direction: 'higher',
      baseline: 50,
      baselineYear: 2016,
      targets: [{ year: 2025, value: 70 }],
      leadAgencyCode: 'SLDTBXH',
      method: 'reported',
      origin: 'derived',
      planQuote: 'phát triển đào tạo nghề nghiệp (dòng 122–123)',
    };
    const refused = await svc.requestError(S.indicatorCreate, body, editor);
    expect(refused.status).toBe(403);
    const bad = await svc.requestError(S.indicatorCreate, { ...body, method: 'computed' }, coordinator);
    expect([bad.status, bad.fields?.map((f) => f.path)]).toEqual([400, ['computation']]);
    const early = await svc.requestError(
      S.indicatorCreate,
      { ...body, targets: [{ year: 2016, value: 60 }] },
      coordinator,
    );
    expect([early.status, early.fields?.[0]?.path]).toEqual([400, 'targets']);

    const created = await svc.request<PlanIndicator>(S.indicatorCreate, body, coordinator);
    expect([created.version, created.targets]).toEqual([1, [{ year: 2025, value: 70 }]]);
    const twice = await svc.requestError(S.indicatorCreate, body, coordinator);
    expect([twice.status, twice.fields?.[0]?.path]).toEqual([409, 'code']);

    const { id, version, updatedAt: _u, ...definition } = created;
    const edited = await svc.request<PlanIndicator>(
      S.indicatorUpdate,
      {
        id,
        version,
        ...definition,
        targets: [
          { year: 2020, value: 60 },
          { year: 2025, value: 75 },
        ],
      },
      coordinator,
    );
    expect([edited.version, edited.targets.map((t) => t.value)]).toEqual([2, [60, 75]]);
    const stale = await svc.requestError(S.indicatorUpdate, { id, version, ...definition }, coordinator);
    expect(stale.status).toBe(409);
    expect((await svc.requestError(S.indicatorDelete, { id, version: 2 }, editor)).status).toBe(403);

    await svc.request(S.indicatorDelete, { id, version: 2 }, coordinator);
    expect((await svc.requestError(S.indicatorGet, { id }, coordinator)).status).toBe(404);
    // The history keeps every version: created (1), edited (2) with what changed, removed.
    const history = await svc.request<Page<AuditEntry>>(
      S.indicatorHistory,
      { id, page: 1, pageSize: 10 },
      coordinator,
    );
    expect(history.items.map((h) => h.action)).toEqual(['delete', 'update', 'create']);
    expect(JSON.stringify(history.items[1].changes)).toContain('75');
  });

  it('computes values from the read model by year, gender and level, with the status rule', async () => {
    const query = { phase: 'P1', planArea: 'III.8' };
    const value = async (code: string) =>
      (await progressOf(code, query)).values.map((v) => [v.year, v.value]);
    expect(await value('III.8-1')).toEqual([[2020, 45]]);
    expect(await value('III.8-2')).toEqual([[2020, 20]]);
    expect(await value('III.8-3')).toEqual([[2020, 45]]);
    // No target yet: no data to judge by.
    expect((await progressOf('III.8-1', query)).status).toBe('no-data');

    // 45 against an expected 40 (no baseline: the target itself): on track; against 50, short by 5
    // (≤ 20% of 50): at risk; against 100: off track.
    await setTargets('III.8-1', [{ year: 2020, value: 40 }]);
    expect(await progressOf('III.8-1', query)).toMatchObject({ status: 'on-track', expected: 40 });
    await setTargets('III.8-1', [{ year: 2020, value: 50 }]);
    expect((await progressOf('III.8-1', query)).status).toBe('at-risk');
    await setTargets('III.8-1', [{ year: 2020, value: 100 }]);
    expect((await progressOf('III.8-1', query)).status).toBe('off-track');
    // A year without a record: no value.
    expect((await progressOf('III.8-1', { year: 2019 })).latest).toBeNull();
  });

  it('counts a reported value once its report is submitted; a save without indicators keeps them; exports carry the indicators', async () => {
    const report = await svc.request<YearlyReport>(
      S.reportCreate,
      { agencyCode: 'SYT', year: 2024, planArea: 'III.4' },
      editor,
    );
    const line = {
      code: 'III.4-1',
      name: 'Tỷ lệ dân số tham gia bảo hiểm y tế',
      target: 100,
      actual: 92,
      source: 'Bảo hiểm xã hội tỉnh',
      comment: 'Số liệu 31/12',
    };
    const saved = await svc.request<YearlyReport>(
      S.reportUpdate,
      { id: report.id, version: report.version, narrative: 'Kết quả', indicators: [line] },
      editor,
    );
    // A second save that does not send the indicators keeps every field of them.
    const again = await svc.request<YearlyReport>(
      S.reportUpdate,
      { id: saved.id, version: saved.version, narrative: 'Kết quả năm 2024' },
      editor,
    );
    expect(again.indicators).toEqual([line]);
    // A draft is not yet the agency's word.
    expect((await progressOf('III.4-1', { year: 2024 })).latest).toBeNull();

    await svc.request(S.reportSubmit, { id: again.id, version: again.version }, editor);
    const p = await progressOf('III.4-1', { year: 2024 });
    expect(p.latest).toMatchObject({
      year: 2024,
      value: 92,
      agencyCode: 'SYT',
      source: 'Bảo hiểm xã hội tỉnh',
    });
    // 92 against the 2025 target of 100 (no baseline): short by 8, at most 20: at risk.
    expect([p.status, p.target]).toEqual(['at-risk', { year: 2025, value: 100 }]);

    const xlsx = await svc.request<FileDownload>(
      S.provinceExport,
      { year: 2024, format: 'xlsx' },
      coordinator,
    );
    const rows = await sheetRows(xlsx, 'Chi tieu');
    expect(rows.find((r) => r.startsWith('III.4-1|'))).toContain('Có nguy cơ chậm');
    const docx = await svc.request<FileDownload>(
      S.provinceExport,
      { year: 2024, format: 'docx' },
      coordinator,
    );
    const text = await docxText(docx);
    expect(text).toContain('CHỈ TIÊU CỦA KẾ HOẠCH');
    expect(text).toContain('Tỷ lệ dân số tham gia bảo hiểm y tế');
    const pdf = await svc.request<FileDownload>(S.provinceExport, { year: 2024, format: 'pdf' }, coordinator);
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    // The final review keeps the definitions it was frozen with: a later rename does not reach it.
    const frozen = await svc.request<ReviewSnapshot>(S.reviewFreeze, { kind: 'final' }, coordinator);
    const { id, version, updatedAt: _u, ...definition } = await byCode('III.4-1');
    await svc.request(
      S.indicatorUpdate,
      { id, version, ...definition, nameVi: 'Tỷ lệ bao phủ bảo hiểm y tế' },
      coordinator,
    );
    const review = await svc.request<FileDownload>(
      S.reviewExport,
      { id: frozen.id, format: 'xlsx' },
      coordinator,
    );
    const reviewRow = (await sheetRows(review, 'Chi tieu')).find((r) => r.startsWith('III.4-1|'));
    expect(reviewRow).toContain('Tỷ lệ dân số tham gia bảo hiểm y tế');
    expect(reviewRow).not.toContain('bao phủ');
  });
});
