import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { JSONCodec, connect } from 'nats';
import {
  type Dashboard,
  type FileDownload,
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
import { ReadModelFigures } from '../../read-model/read-model-figures';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The Word document's body, after checking the file is a zip holding `word/document.xml`. */
async function documentXml(file: FileDownload): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('the file has no word/document.xml');
  return xml;
}
const runs = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
/** The document's text, its runs joined (Word splits text at every change of formatting). */
const textOf = (xml: string) => runs(xml).join('');
/** Each table row's cells, joined with `|`. */
const rowsOf = (xml: string) =>
  [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => runs(c[1]).join('')).join('|'),
  );

/**
 * The province report and the frozen reviews as Word documents, through real NATS and the database:
 * the figures come from a `training.course.completed` event the read model applied, the reports from
 * an agency's editor. A frozen review's document does not change after the report is edited; on
 * PostgreSQL the freeze reads in one snapshot (REPEATABLE READ), so a report submitted while it runs
 * is not half-counted.
 */
describe.each(testDatabaseKinds())('province report and reviews as DOCX (%s)', (kind) => {
  let svc: ServiceHarness;
  const coordinator = TEST_CALLERS.coordinator;
  const editor = TEST_CALLERS.homeAffairsEditor;

  /** A report of Home Affairs on III.8 (training), edited and submitted. */
  async function fileReport(year: number, narrative: string, submit = true) {
    const created = await svc.request<YearlyReport>(
      S.reportCreate,
      { agencyCode: 'SNV', year, planArea: 'III.8' },
      editor,
    );
    const edited = await svc.request<YearlyReport>(
      S.reportUpdate,
      {
        id: created.id,
        version: created.version,
        narrative,
        indicators: [{ name: 'Khóa bồi dưỡng', target: 4, actual: 5 }],
        difficulties: 'Thiếu giảng viên ngoại ngữ',
        proposals: 'Tăng kinh phí bồi dưỡng',
      },
      editor,
    );
    if (!submit) return edited;
    return svc.request<YearlyReport>(S.reportSubmit, { id: edited.id, version: edited.version }, editor);
  }

  beforeAll(async () => {
    svc = await startServiceHarness('reporting', AppModule, kind);
    // The training service's stream and one completed course of 2020 (45 people trained, III.8).
    const nc = await connect({ servers: process.env.NATS_SERVERS });
    // Its stream exists: the harness provisions every service's stream, as a deployment does.
    const E = TRAINING_EVENTS.courseCompleted;
    const envelope = {
      eventId: randomUUID(),
      subject: E.subject,
      occurredAt: new Date().toISOString(),
      data: {
        courseId: randomUUID(),
        code: 'BD-2020-01',
        titleVi: 'Bồi dưỡng kiến thức hội nhập quốc tế',
        agencyCode: 'SNV',
        topic: 'international-integration',
        targetLevel: 'commune',
        targetGroup: 'civil-servant',
        year: 2020,
        trained: { female: 20, male: 25, total: 45 },
        completed: { female: 19, male: 24, total: 43 },
        communeTrained: 30,
        certificatesIssued: 43,
        planArea: 'III.8',
        completedAt: '2020-10-01T00:00:00.000Z',
      },
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

  it('exports the province report as a Word document: national heading, year, reports and figures', async () => {
    const report = await fileReport(2020, 'Tổ chức 5 khóa bồi dưỡng hội nhập quốc tế');
    expect([report.status, report.figures.trained]).toEqual(['submitted', 45]);

    const file = await svc.request<FileDownload>(
      S.provinceExport,
      { year: 2020, format: 'docx' },
      coordinator,
    );
    expect([file.fileName, file.contentType]).toEqual(['bao-cao-ke-hoach-38-nam-2020.docx', DOCX]);
    const xml = await documentXml(file);
    const text = textOf(xml);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Kế hoạch 38/KH-UBND năm 2020');
    expect(text).toContain('Tổ chức 5 khóa bồi dưỡng hội nhập quốc tế');
    expect(text).toContain('Thiếu giảng viên ngoại ngữ');
    expect(text).toContain('Tăng kinh phí bồi dưỡng');
    expect(text).toContain('Chưa báo cáo:');
    const rows = rowsOf(xml);
    expect(rows).toContain('1|Lượt người được bồi dưỡng|45');
    expect(rows).toContain('1|Khóa bồi dưỡng|4|5');

    const refused = await svc.requestError(S.provinceExport, { year: 2020, format: 'docx' }, editor);
    expect(refused.status).toBe(403);
    const bad = await svc.requestError(S.provinceExport, { year: 2020, format: 'odt' }, coordinator);
    expect([bad.status, bad.fields?.[0]?.path]).toEqual([400, 'format']);
  });

  it("freezes the mid-term review, whose DOCX does not change after the report's later edit", async () => {
    const frozen = await svc.request<ReviewSnapshot>(S.reviewFreeze, { kind: 'mid-term' }, coordinator);
    expect(frozen).toMatchObject({ kind: 'mid-term', yearFrom: 2017, yearTo: 2020, reports: 1 });
    const exportDocx = () =>
      svc.request<FileDownload>(S.reviewExport, { id: frozen.id, format: 'docx' }, coordinator);
    const file = await exportDocx();
    expect([file.fileName, file.contentType]).toEqual(['so-ket-ke-hoach-38-2017-2020.docx', DOCX]);
    const before = await documentXml(file);
    expect(textOf(before)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(textOf(before)).toContain('2017-2020');
    expect(textOf(before)).toContain('Tổ chức 5 khóa bồi dưỡng hội nhập quốc tế');
    expect(rowsOf(before)).toContain('1|Lượt người được bồi dưỡng|45');

    // After the freeze: the coordinator returns the report and the agency rewrites it.
    const [report] = (await svc.request<{ items: YearlyReport[] }>(S.reportList, { year: 2020 }, coordinator))
      .items;
    const returned = await svc.request<YearlyReport>(
      S.reportReview,
      { id: report.id, version: report.version, decision: 'return', comment: 'Bổ sung số liệu' },
      coordinator,
    );
    await svc.request(
      S.reportUpdate,
      { id: report.id, version: returned.version, narrative: 'Sửa sau khi chốt sơ kết' },
      editor,
    );
    const live = await svc.request<FileDownload>(
      S.provinceExport,
      { year: 2020, format: 'docx' },
      coordinator,
    );
    expect(textOf(await documentXml(live))).not.toContain('Tổ chức 5 khóa bồi dưỡng hội nhập quốc tế');

    const after = await documentXml(await exportDocx());
    expect(after).toBe(before);
    expect(textOf(after)).not.toContain('Sửa sau khi chốt sơ kết');
    const refused = await svc.requestError(S.reviewExport, { id: frozen.id, format: 'docx' }, editor);
    expect(refused.status).toBe(403);

    // A second freeze, and a decision on a report that is not submitted, say which rule refuses them.
    const again = await svc.requestError(S.reviewFreeze, { kind: 'mid-term' }, coordinator);
    expect(again).toMatchObject({
      status: 409,
      fields: [{ path: 'kind', params: { rule: 'reviewFrozen', reviewKind: 'mid-term' } }],
    });
    const [draft] = (await svc.request<{ items: YearlyReport[] }>(S.reportList, { year: 2020 }, coordinator))
      .items;
    const accept = await svc.requestError(
      S.reportReview,
      { id: draft.id, version: draft.version, decision: 'accept' },
      coordinator,
    );
    expect(accept).toMatchObject({
      status: 409,
      fields: [
        { params: { rule: 'reportActionRefused', reportStatus: draft.status, reportAction: 'accept' } },
      ],
    });
  });

  // SQLite has one connection and serializable transactions: nothing can commit while the freeze runs,
  // so this race exists on PostgreSQL alone.
  if (kind === 'postgresql')
    it('reads the final review in one snapshot: a report submitted while the freeze runs is not in it', async () => {
      const draft = await fileReport(2021, 'Báo cáo năm 2021', false);
      const readModel = svc.app.get(ReadModelFigures);
      const dashboard = readModel.dashboard.bind(readModel);
      let submittedMeanwhile: YearlyReport | undefined;
      // Between the freeze's first queries (the figures) and its reports query, the agency submits:
      // another connection, committed before the freeze reads the reports.
      const spy = jest.spyOn(readModel, 'dashboard').mockImplementation(async (...args) => {
        const figures = await dashboard(...args);
        if (!submittedMeanwhile)
          submittedMeanwhile = await svc.request<YearlyReport>(
            S.reportSubmit,
            { id: draft.id, version: draft.version },
            editor,
          );
        return figures;
      });
      let frozen: ReviewSnapshot;
      try {
        frozen = await svc.request<ReviewSnapshot>(S.reviewFreeze, { kind: 'final' }, coordinator);
      } finally {
        spy.mockRestore();
      }
      expect(submittedMeanwhile?.status).toBe('submitted');

      const file = await svc.request<FileDownload>(
        S.reviewExport,
        { id: frozen.id, format: 'xlsx' },
        coordinator,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
      const register = (workbook.getWorksheet('Bao cao')?.getSheetValues() ?? []) as unknown[][];
      const row2021 = register.find((row) => row?.[1] === 2021);
      // The review holds the report as it was when the freeze began: a draft, still owed.
      expect(row2021?.[4]).toBe('Dự thảo');
      const missing = (workbook.getWorksheet('Chua nop')?.getSheetValues() ?? []) as unknown[][];
      expect(missing.some((row) => row?.[1] === 2021 && row[2] === 'Sở Nội vụ')).toBe(true);
      const docx = textOf(
        await documentXml(
          await svc.request<FileDownload>(S.reviewExport, { id: frozen.id, format: 'docx' }, coordinator),
        ),
      );
      expect(docx).not.toContain('Báo cáo năm 2021');
    });
});
