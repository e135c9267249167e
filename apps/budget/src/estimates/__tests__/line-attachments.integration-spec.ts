import {
  type AuditEntry,
  BUDGET_SUBJECTS as S,
  type BudgetEstimate as BudgetEstimateDto,
  type BudgetLineAttachment,
  type BudgetLineAttachments,
  type FileDownload,
  type Page,
} from '@ascc/contracts';
import {
  SAMPLES,
  TEST_CALLERS,
  type ServiceHarness,
  startServiceHarness,
  testDatabaseKinds,
} from '@ascc/testing';
import { AppModule } from '../../app.module';
import { BudgetLineAttachment as AttachmentEntity } from '../budget-line-attachment.entity';

const { cultureEditor: culture, homeAffairsEditor: snv, cultureViewer: viewer } = TEST_CALLERS;
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const line = (description: string) => ({
  description,
  planArea: 'III.5',
  fundingSource: 'PROVINCIAL_BUDGET',
  quantity: 1,
  unitCost: 50_000_000,
});
const quote = { fileName: 'bao-gia.pdf', contentType: 'application/pdf', base64: b64(SAMPLES.pdf) };

describe.each(testDatabaseKinds())('budget line attachments on %s', (kind) => {
  let svc: ServiceHarness;
  const draft = (fiscalYear: number) =>
    svc.request<BudgetEstimateDto>(
      S.estimateCreate,
      {
        agencyCode: 'SVHTTDL',
        fiscalYear,
        titleVi: `Dự toán ${fiscalYear}`,
        lines: [line('Thuê sân khấu'), line('In ấn tài liệu')],
      },
      culture,
    );
  const attachments = async (id: string) =>
    (await svc.request<BudgetLineAttachments>(S.lineAttachmentList, { id }, culture)).items;

  beforeAll(async () => {
    svc = await startServiceHarness('budget', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it('keeps a checked document on a line of a draft, lists and downloads it, and refuses a renamed executable or another agency', async () => {
    const estimate = await draft(2024);
    const [stage] = estimate.lines;
    const added = await svc.request<BudgetLineAttachment>(
      S.lineAttachmentUpload,
      { id: estimate.id, lineId: stage.id, file: quote },
      culture,
    );
    expect(added).toMatchObject({
      lineId: stage.id,
      kind: 'document',
      contentType: 'application/pdf',
      size: SAMPLES.pdf.length,
      uploadedBy: 'svhttdl.editor',
    });

    const fake = await svc.requestError(
      S.lineAttachmentUpload,
      { id: estimate.id, lineId: stage.id, file: { ...quote, base64: b64(SAMPLES.exe) } },
      culture,
    );
    expect(fake).toMatchObject({ status: 400, fields: [{ path: 'file.contentType' }] });
    const outsider = await svc.requestError(
      S.lineAttachmentUpload,
      { id: estimate.id, lineId: stage.id, file: quote },
      snv,
    );
    expect(outsider.status).toBe(404);
    const reader = await svc.requestError(
      S.lineAttachmentUpload,
      { id: estimate.id, lineId: stage.id, file: quote },
      viewer,
    );
    expect(reader.status).toBe(403);
    expect(await svc.orm.em.fork().count(AttachmentEntity)).toBe(1);

    expect(await attachments(estimate.id)).toEqual([added]);
    const file = await svc.request<FileDownload>(
      S.lineAttachmentDownload,
      { id: estimate.id, lineId: stage.id, attachmentId: added.id },
      viewer,
    );
    expect(Buffer.from(file.base64, 'base64').equals(Buffer.from(SAMPLES.pdf))).toBe(true);
    expect(file).toMatchObject({ fileName: 'bao-gia.pdf', contentType: 'application/pdf' });
    const history = await svc.request<Page<AuditEntry>>(S.estimateHistory, { id: estimate.id }, culture);
    expect(history.items[0].changes).toEqual({
      attachmentAdded: { after: `1. Thuê sân khấu: bao-gia.pdf (${SAMPLES.pdf.length} B)` },
    });
  });

  it('adds and removes documents only while the estimate is editable, and a removed line takes its documents', async () => {
    const estimate = await draft(2025);
    const [stage, print] = estimate.lines;
    const upload = (lineId: string) =>
      svc.request<BudgetLineAttachment>(
        S.lineAttachmentUpload,
        { id: estimate.id, lineId, file: quote },
        culture,
      );
    const first = await upload(stage.id);
    const second = await upload(print.id);

    const removed = await svc.request(
      S.lineAttachmentDelete,
      { id: estimate.id, lineId: stage.id, attachmentId: first.id },
      culture,
    );
    expect(removed).toEqual({ id: estimate.id, lineId: stage.id, attachmentId: first.id });
    expect((await attachments(estimate.id)).map((a) => a.id)).toEqual([second.id]);
    const history = await svc.request<Page<AuditEntry>>(S.estimateHistory, { id: estimate.id }, culture);
    expect(history.items[0].changes).toEqual({
      attachmentRemoved: { before: `1. Thuê sân khấu: bao-gia.pdf (${SAMPLES.pdf.length} B)` },
    });

    // The line with the remaining document is removed from the estimate: its document goes with it.
    const edited = await svc.request<BudgetEstimateDto>(
      S.estimateUpdate,
      { id: estimate.id, version: estimate.version, titleVi: estimate.titleVi, lines: [estimate.lines[0]] },
      culture,
    );
    expect(await attachments(estimate.id)).toEqual([]);

    const kept = await upload(stage.id);
    await svc.request(S.estimateSubmit, { id: estimate.id, version: edited.version }, culture);
    const late = await svc.requestError(
      S.lineAttachmentUpload,
      { id: estimate.id, lineId: stage.id, file: quote },
      culture,
    );
    expect(late).toMatchObject({
      status: 409,
      fields: [{ params: { rule: 'estimateNotEditable', estimateStatus: 'submitted' } }],
    });
    const lateRemoval = await svc.requestError(
      S.lineAttachmentDelete,
      { id: estimate.id, lineId: stage.id, attachmentId: kept.id },
      culture,
    );
    expect(lateRemoval.status).toBe(409);
    expect((await attachments(estimate.id)).map((a) => a.id)).toEqual([kept.id]);
  });
});
