import {
  type ActionPlan,
  type AuditEntry,
  type FileDownload,
  type Page,
  type PlanTask,
  REPORTING_SUBJECTS as S,
  type TaskOverview,
  type YearlyReport,
} from '@ascc/contracts';
import {
  SAMPLES,
  type ServiceHarness,
  TEST_CALLERS,
  startServiceHarness,
  testDatabaseKinds,
} from '@ascc/testing';
import { AppModule } from '../../app.module';

const pdf = {
  fileName: 'ke-hoach-hanh-dong.pdf',
  contentType: 'application/pdf',
  base64: Buffer.from(SAMPLES.pdf).toString('base64'),
};

/**
 * Action plans and assigned tasks through real NATS and the database: the plan's tasks with the agency
 * holding each on a date, an agency recording its own action plan (file, audit, history, refusals
 * naming the field), the tasks' progress in its yearly report kept by a save that does not send it,
 * and the coordinator's overview of who has no action plan and which tasks are behind.
 */
describe.each(testDatabaseKinds())('action plans and tasks (%s)', (kind) => {
  let svc: ServiceHarness;
  const { coordinator, foreignAffairsEditor: foreign, healthEditor: health, cultureViewer } = TEST_CALLERS;
  const body = { agencyCode: 'SNGV', number: '25/KH-SNgV', issuedOn: '2017-06-20', signer: 'Nguyễn Văn A' };

  beforeAll(async () => {
    svc = await startServiceHarness('reporting', AppModule, kind);
  }, 60_000);
  afterAll(() => svc?.stop());

  it('has committed migrations that match the entities (action plans, tasks in yearly reports)', async () => {
    expect((await svc.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it("lists the plan's tasks with the agency holding each on the date", async () => {
    const in2020 = await svc.request<{ items: PlanTask[] }>(
      S.taskList,
      { agencyCode: 'SNGV', on: '2020-12-15' },
      health,
    );
    expect(in2020.items.map((t) => t.code)).toEqual(['VII.5.a', 'VII.5.b', 'VII.5.c']);
    expect(in2020.items[0]).toMatchObject({
      agencyCode: 'SNGV',
      holderCode: 'SNGV',
      planRef: expect.stringContaining('VII.5'),
    });
    // After Thái Bình merged into Hưng Yên, Foreign Affairs' tasks are held by whoever carries its work on.
    const later = await svc.request<{ items: PlanTask[] }>(S.taskList, { on: '2025-12-15' }, health);
    const task = later.items.find((t) => t.code === 'VII.5.a') as PlanTask;
    expect(task.holderCode).not.toBe('SNGV');
    expect(task.holderCode).toMatch(/^HY-/);
    // A districts' task is held by each district.
    expect(later.items.filter((t) => t.code === 'III.12.a').length).toBeGreaterThan(5);
  });

  it('records an agency’s own action plan with its file, audited, and refuses others naming the field', async () => {
    expect((await svc.requestError(S.actionPlanCreate, body, health)).status).toBe(403);
    expect((await svc.requestError(S.actionPlanCreate, body, coordinator)).status).toBe(403);
    const bad = await svc.requestError(
      S.actionPlanCreate,
      { ...body, issuedOn: '20/06/2017', signer: ' ' },
      foreign,
    );
    expect([bad.status, bad.fields?.map((f) => f.path).sort()]).toEqual([400, ['issuedOn', 'signer']]);
    const notPdf = await svc.requestError(
      S.actionPlanCreate,
      { ...body, file: { ...pdf, base64: Buffer.from('MZ not a pdf').toString('base64') } },
      foreign,
    );
    expect([notPdf.status, notPdf.fields?.[0]?.path]).toEqual([400, 'file.contentType']);
    expect((await svc.request<{ items: ActionPlan[] }>(S.actionPlanList, {}, coordinator)).items).toEqual([]);

    const created = await svc.request<ActionPlan>(S.actionPlanCreate, { ...body, file: pdf }, foreign);
    expect(created).toMatchObject({
      version: 1,
      agencyCode: 'SNGV',
      number: '25/KH-SNgV',
      file: { fileName: pdf.fileName, size: SAMPLES.pdf.length },
    });
    const twice = await svc.requestError(S.actionPlanCreate, body, foreign);
    expect([twice.status, twice.fields?.[0]?.path]).toEqual([409, 'agencyCode']);

    // Corrected without a file: the file stays; a stale version is refused.
    const { id } = created;
    const edited = await svc.request<ActionPlan>(
      S.actionPlanUpdate,
      { id, version: 1, ...body, number: '26/KH-SNgV' },
      foreign,
    );
    expect([edited.version, edited.number, edited.file?.fileName]).toEqual([2, '26/KH-SNgV', pdf.fileName]);
    expect((await svc.requestError(S.actionPlanUpdate, { id, version: 1, ...body }, foreign)).status).toBe(
      409,
    );
    expect((await svc.requestError(S.actionPlanUpdate, { id, version: 2, ...body }, health)).status).toBe(
      404,
    );
    const file = await svc.request<FileDownload>(S.actionPlanFile, { id }, coordinator);
    expect(Buffer.from(file.base64, 'base64').equals(Buffer.from(SAMPLES.pdf))).toBe(true);

    // Own agency's for viewers of other agencies: nothing; the coordinator reads all.
    expect((await svc.request<{ items: ActionPlan[] }>(S.actionPlanList, {}, cultureViewer)).items).toEqual(
      [],
    );
    expect(
      (await svc.request<{ items: ActionPlan[] }>(S.actionPlanList, {}, coordinator)).items.map((p) => p.id),
    ).toEqual([id]);
    const history = await svc.request<Page<AuditEntry>>(S.actionPlanHistory, { id }, coordinator);
    expect(history.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(history.items[0].changes.number).toEqual({ before: '25/KH-SNgV', after: '26/KH-SNgV' });
  });

  it('keeps the tasks’ progress of a yearly report through a save that does not send it', async () => {
    const report = await svc.request<YearlyReport>(
      S.reportCreate,
      { agencyCode: 'SNGV', year: 2020, planArea: 'III.9' },
      foreign,
    );
    const first = await svc.request<YearlyReport>(
      S.reportUpdate,
      {
        id: report.id,
        version: report.version,
        narrative: 'Năm 2020',
        tasks: [
          { code: 'VII.5.a', status: 'in-progress', note: 'Vận động 3 tổ chức' },
          { code: 'VII.5.b', status: 'done' },
        ],
      },
      foreign,
    );
    expect(first.tasks).toEqual([
      { code: 'VII.5.a', status: 'in-progress', note: 'Vận động 3 tổ chức' },
      { code: 'VII.5.b', status: 'done', note: '' },
    ]);
    // A second save sends one task only, a third none: every entry is kept.
    const second = await svc.request<YearlyReport>(
      S.reportUpdate,
      {
        id: report.id,
        version: first.version,
        narrative: 'Năm 2020',
        tasks: [{ code: 'VII.5.c', status: 'not-started', note: '' }],
      },
      foreign,
    );
    const third = await svc.request<YearlyReport>(
      S.reportUpdate,
      { id: report.id, version: second.version, narrative: 'Sửa' },
      foreign,
    );
    expect(third.tasks.map((t) => [t.code, t.status])).toEqual([
      ['VII.5.a', 'in-progress'],
      ['VII.5.b', 'done'],
      ['VII.5.c', 'not-started'],
    ]);
    // A task the plan does not give the agency is refused, naming the entry; nothing is written.
    const foreignTask = await svc.requestError(
      S.reportUpdate,
      {
        id: report.id,
        version: third.version,
        narrative: 'x',
        tasks: [
          { code: 'VII.5.a', status: 'done' },
          { code: 'VII.8.a', status: 'done' },
        ],
      },
      foreign,
    );
    expect([foreignTask.status, foreignTask.fields?.[0]?.path]).toEqual([400, 'tasks.1.code']);
    const after = await svc.request<YearlyReport>(S.reportGet, { id: report.id }, foreign);
    expect([after.version, after.narrative, after.tasks[0].status]).toEqual([
      third.version,
      'Sửa',
      'in-progress',
    ]);
  });

  it('shows the coordinator who has no action plan and which tasks are behind', async () => {
    expect((await svc.requestError(S.taskOverview, {}, foreign)).status).toBe(403);
    const overview = await svc.request<TaskOverview>(S.taskOverview, { on: '2020-12-20' }, coordinator);
    const without = overview.withoutActionPlan.map((a) => a.agencyCode);
    expect(without).toContain('SYT');
    expect(without).toContain('H-VUTHU');
    expect(without).not.toContain('SNGV');
    expect(overview.withoutActionPlan.find((a) => a.agencyCode === 'SYT')?.tasks).toBe(3);
    const behind = new Map(overview.behind.filter((b) => b.agencyCode === 'SNGV').map((b) => [b.code, b]));
    // 2020: VII.5.a in progress and VII.5.b done are not behind; VII.5.c not started once 2020's report was due.
    expect([...behind.keys()]).toEqual(['VII.5.c']);
    expect(behind.get('VII.5.c')).toMatchObject({
      reason: 'not-started',
      latest: { year: 2020, status: 'not-started' },
    });
    // Health never reported its tasks; the districts' action-plan task was due by 30 June 2017.
    expect(overview.behind.find((b) => b.agencyCode === 'SYT')?.reason).toBe('not-reported');
    expect(overview.behind.find((b) => b.code === 'VII.12.a' && b.agencyCode === 'H-VUTHU')?.reason).toBe(
      'overdue',
    );
  });

  it('removes an action plan (its history stays) only for its own agency', async () => {
    const [plan] = (await svc.request<{ items: ActionPlan[] }>(S.actionPlanList, {}, foreign)).items;
    expect(
      (await svc.requestError(S.actionPlanDelete, { id: plan.id, version: plan.version }, health)).status,
    ).toBe(404);
    await svc.request(S.actionPlanDelete, { id: plan.id, version: plan.version }, foreign);
    expect((await svc.request<{ items: ActionPlan[] }>(S.actionPlanList, {}, coordinator)).items).toEqual([]);
    // The record is gone; its audit rows stay, the removal last.
    const audit = await svc.request<Page<AuditEntry>>(
      S.auditList,
      { entity: 'ActionPlan', entityId: plan.id },
      TEST_CALLERS.admin,
    );
    expect(audit.items.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
  });
});
