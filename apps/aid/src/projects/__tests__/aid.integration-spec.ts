import fs from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import {
  AID_SUBJECTS,
  type AidProject,
  type AidReport,
  type AidReversalResult,
  type AuditEntry,
  type CreateAidProject,
  type AID_EVENTS,
  type Delegation,
  type DelegationReport,
  type EventData,
  type FileDownload,
  FUNDING_SUBJECTS,
  type Ngo,
  MAX_AMOUNT,
  type Page,
} from '@ascc/contracts';
import {
  REPO_ROOT,
  type ServiceHarness,
  TEST_CALLERS,
  startServiceHarness,
  testDatabaseKinds,
} from '@ascc/testing';
import { OutboxEvent } from '@ascc/service-kit';
import { AppModule } from '../../app.module';
import { seedAidDemo } from '../../demo/aid-demo-seed';
import { AidProject as AidProjectEntity } from '../aid-project.entity';
import { AidTransaction } from '../aid-transaction.entity';

/** The IATI 2.03 schema, kept in the repository as reference data (libs/catalog/reference/README.md). */
const IATI_DIR = path.resolve(REPO_ROOT, 'libs', 'catalog', 'reference', 'iati-2.03');

const S = AID_SUBJECTS;
const editor = TEST_CALLERS.foreignAffairsEditor;
type TransactionRecorded = EventData<typeof AID_EVENTS.transactionRecorded>;
type DelegationRecorded = EventData<typeof AID_EVENTS.delegationRecorded>;

describe.each(testDatabaseKinds())('aid projects, transactions, delegations and reports on %s', (kind) => {
  let svc: ServiceHarness;
  let korean: Ngo;
  let thai: Ngo;

  const project = (over: Partial<CreateAidProject> = {}): CreateAidProject => ({
    code: `TH-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    titleVi: 'Nâng cao chất lượng giáo dục tiểu học tại Tiền Hải',
    titleEn: 'Better primary education in Tien Hai',
    agencyCode: 'SNGV',
    participants: [
      { role: 'funding', ngoId: korean.id, name: korean.nameOriginal },
      { role: 'implementing', name: 'Phòng Giáo dục huyện Tiền Hải' },
    ],
    sectors: [{ code: '11220', percentage: 100 }],
    locations: [{ districtCode: 'H-TIENHAI', commune: 'Nam Thịnh', percentage: 100 }],
    beneficiaries: [{ group: 'children', count: 1200 }],
    status: 'approved',
    decisionNo: '1234/QĐ-UBND',
    decisionDate: '2024-03-15',
    approvingAuthority: 'UBND tỉnh Thái Bình',
    appraisals: [{ agencyCode: 'STC', opinion: 'Nhất trí', favourable: true }],
    plannedStart: '2024-05-01',
    plannedEnd: '2026-04-30',
    ...over,
  });

  beforeAll(async () => {
    svc = await startServiceHarness('aid', AppModule, kind);
    korean = await svc.request<Ngo>(
      S.ngoCreate,
      {
        nameOriginal: 'Good Neighbors International',
        nameVi: 'Tổ chức Láng giềng Tốt Quốc tế',
        acronym: 'GNI',
        countryCode: 'KR',
        kind: 'international-ngo',
        agencyCode: 'SNGV',
        registration: {
          certificateNo: '123/BNG-ĐK',
          issuedBy: 'Ủy ban Công tác về các tổ chức PCPNN',
          validFrom: '2023-01-01',
          validTo: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        },
        contacts: [{ name: 'Kim Min-ji', position: 'Country Director', email: 'minji@example.org' }],
      },
      editor,
    );
    thai = await svc.request<Ngo>(
      S.ngoCreate,
      {
        nameOriginal: 'Thai Red Cross',
        nameVi: 'Hội Chữ thập đỏ Thái Lan',
        countryCode: 'TH',
        kind: 'other',
        agencyCode: 'SNGV',
      },
      editor,
    );
  }, 60_000);
  afterAll(() => svc?.stop());

  it('has committed migrations that match the entities exactly', async () => {
    expect((await svc.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('derives ASEAN membership and the registration warning, and keeps contacts', () => {
    expect(korean).toMatchObject({
      isAsean: false,
      registrationState: 'expires-soon',
      contacts: [{ name: 'Kim Min-ji' }],
    });
    expect(thai).toMatchObject({ isAsean: true, contacts: [] });
    expect(thai.registrationState).toBeUndefined();
  });

  it('updates an NGO on its version, and answers a stale version with 409 naming the newer one', async () => {
    const { id, version, createdAt: _c, updatedAt: _u, isAsean: _a, registrationState: _r, ...fields } = thai;
    const updated = await svc.request<Ngo>(S.ngoUpdate, { ...fields, id, version, acronym: 'TRCS' }, editor);
    expect(updated).toMatchObject({ acronym: 'TRCS', version: version + 1 });
    const stale = await svc.requestError(S.ngoUpdate, { ...fields, id, version, acronym: 'LOST' }, editor);
    expect(stale).toMatchObject({
      status: 409,
      fields: [{ path: 'version', params: { currentVersion: version + 1 } }],
    });
    expect((await svc.request<Ngo>(S.ngoGet, { id })).acronym).toBe('TRCS');
    thai = updated;
  });

  it('refuses an unknown country code with 400 naming the field', async () => {
    const error = await svc.requestError(
      S.ngoCreate,
      { nameOriginal: 'X', nameVi: 'X', countryCode: 'XX', kind: 'other', agencyCode: 'SNGV' },
      editor,
    );
    expect(error).toMatchObject({ status: 400, fields: [{ path: 'countryCode' }] });
  });

  it('refuses percentages that do not add up to 100, naming sectors and locations, and writes nothing', async () => {
    const before = await svc.orm.em.fork().count(AidProjectEntity);
    const error = await svc.requestError(
      S.projectCreate,
      project({
        sectors: [
          { code: '11220', percentage: 60 },
          { code: '12220', percentage: 30 },
        ],
        locations: [{ districtCode: 'H-TIENHAI', percentage: 90 }],
      }),
      editor,
    );
    expect(error.status).toBe(400);
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['locations', 'sectors']);
    expect(await svc.orm.em.fork().count(AidProjectEntity)).toBe(before);
  });

  it('logs a project, converts a USD commitment and two disbursements exactly, and sums them in the database', async () => {
    const created = await svc.request<AidProject>(S.projectCreate, project({ code: 'KR-EDU-2024' }), editor);
    expect(created).toMatchObject({ donorCountryCode: 'KR', donorIsAsean: false, status: 'approved' });
    expect(created.totals).toMatchObject({ committed: '0', disbursed: '0', disbursementShare: null });

    const noRate = await svc.requestError(
      S.transactionCreate,
      { projectId: created.id, type: 'commitment', date: '2024-03-20', amount: '120000.00', currency: 'USD' },
      editor,
    );
    expect(noRate).toMatchObject({ status: 400, fields: [{ path: 'exchangeRate' }] });
    expect(await svc.orm.em.fork().count(AidTransaction, { projectId: created.id })).toBe(0);

    const tx = (amount: string, type: string, date: string, rate: string) =>
      svc.request<{ transaction: { dongAmount: number }; totals: AidProject['totals'] }>(
        S.transactionCreate,
        { projectId: created.id, type, date, amount, currency: 'USD', exchangeRate: rate },
        editor,
      );
    // 120 000.00 × 24 350.5 = 2 922 060 000; 50 000.01 × 25 010.5 = 1 250 525 250.105 → …250 (half-up)
    const commitment = await tx('120000.00', 'commitment', '2024-03-20', '24350.5');
    expect(commitment.transaction.dongAmount).toBe(2_922_060_000);
    const first = await tx('50000.01', 'disbursement', '2024-06-01', '25010.5');
    expect(first.transaction.dongAmount).toBe(1_250_525_250);
    const second = await tx('30000.15', 'disbursement', '2024-11-01', '25000.5');
    expect(second.transaction.dongAmount).toBe(750_018_750); // 30000.15 × 25000.5 = 750 018 750.075
    expect(second.totals).toEqual({
      incoming: '0',
      committed: '2922060000',
      disbursed: '2000544000',
      expended: '0',
      disbursementShare: 68.5,
      overDisbursed: false,
    });
    const fetched = await svc.request<AidProject>(S.projectGet, { id: created.id });
    expect(fetched.totals.disbursed).toBe('2000544000');
    const txs = await svc.request<Page<{ date: string }>>(S.transactionList, { projectId: created.id });
    expect(txs.items.map((t) => t.date)).toEqual(['2024-03-20', '2024-06-01', '2024-11-01']);

    // Each transaction wrote its event in its own transaction, naming the project by code and title.
    const outbox = await svc.orm.em
      .fork()
      .find(OutboxEvent, { subject: 'aid.transaction.recorded' }, { orderBy: { seq: 'asc' } });
    const events = outbox.map((o) => o.data as TransactionRecorded).filter((e) => e.projectId === created.id);
    expect(events).toHaveLength(3);
    for (const e of events)
      expect(e).toMatchObject({
        projectCode: 'KR-EDU-2024',
        projectTitleVi: 'Nâng cao chất lượng giáo dục tiểu học tại Tiền Hải',
        agencyCode: 'SNGV',
        donorCountryCode: 'KR',
        asean: false,
        year: 2024,
        sectors: [{ code: '11220', percentage: 100 }],
        locations: [{ districtCode: 'H-TIENHAI', percentage: 100 }],
      });
    expect(events.map((e) => [e.type, e.date, e.dongAmount])).toEqual([
      ['commitment', '2024-03-20', 2_922_060_000],
      ['disbursement', '2024-06-01', 1_250_525_250],
      ['disbursement', '2024-11-01', 750_018_750],
    ]);
  });

  it('accepts a disbursement beyond the commitment but flags it', async () => {
    const p = await svc.request<AidProject>(S.projectCreate, project(), editor);
    await svc.request(
      S.transactionCreate,
      { projectId: p.id, type: 'commitment', date: '2024-04-01', amount: '100000000', currency: 'VND' },
      editor,
    );
    const over = await svc.request<{ totals: AidProject['totals'] }>(
      S.transactionCreate,
      { projectId: p.id, type: 'disbursement', date: '2024-05-01', amount: '150000000', currency: 'VND' },
      editor,
    );
    expect(over.totals).toMatchObject({
      committed: '100000000',
      disbursed: '150000000',
      overDisbursed: true,
      disbursementShare: 150,
    });
    const fraction = await svc.requestError(
      S.transactionCreate,
      { projectId: p.id, type: 'disbursement', date: '2024-05-01', amount: '10.5', currency: 'VND' },
      editor,
    );
    expect(fraction).toMatchObject({ status: 400, fields: [{ path: 'amount' }] });
  });

  it('edits a project on its version (409 when stale) and refuses a status jump', async () => {
    const p = await svc.request<AidProject>(
      S.projectCreate,
      project({ status: 'submitted', decisionNo: undefined, decisionDate: undefined }),
      editor,
    );
    const {
      id,
      version,
      createdAt: _c,
      updatedAt: _u,
      totals: _t,
      notStartedInTime: _n,
      donorCountryCode: _d,
      donorIsAsean: _a,
      ...fields
    } = p;
    const jump = await svc.requestError(
      S.projectUpdate,
      { ...fields, id, version, status: 'closed', decisionNo: '1/QĐ', decisionDate: '2024-01-01' },
      editor,
    );
    expect(jump).toMatchObject({ status: 400, fields: [{ path: 'status' }] });
    const approved = await svc.request<AidProject>(
      S.projectUpdate,
      { ...fields, id, version, status: 'approved', decisionNo: '77/QĐ-UBND', decisionDate: '2023-01-10' },
      editor,
    );
    expect(approved).toMatchObject({ status: 'approved', version: version + 1, notStartedInTime: true });
    const stale = await svc.requestError(
      S.projectUpdate,
      { ...fields, id, version, titleEn: 'Lost' },
      editor,
    );
    expect(stale).toMatchObject({ status: 409, fields: [{ path: 'version' }] });
    const needsDecision = await svc.requestError(S.projectCreate, project({ decisionNo: undefined }), editor);
    expect(needsDecision).toMatchObject({ status: 400, fields: [{ path: 'decisionNo' }] });
  });

  it('reports aid by donor group, sector and district with percentage splits, summed in SQL', async () => {
    const split = await svc.request<AidProject>(
      S.projectCreate,
      project({
        code: 'TH-HEALTH-2022',
        participants: [{ role: 'funding', ngoId: thai.id, name: thai.nameOriginal }],
        sectors: [
          { code: '12220', percentage: 75 },
          { code: '11220', percentage: 25 },
        ],
        locations: [
          { districtCode: 'H-THAITHUY', percentage: 60 },
          { districtCode: 'H-TIENHAI', percentage: 40 },
        ],
        decisionDate: '2022-02-01',
      }),
      editor,
    );
    await svc.request(
      S.transactionCreate,
      { projectId: split.id, type: 'commitment', date: '2022-02-10', amount: '1000000000', currency: 'VND' },
      editor,
    );
    await svc.request(
      S.transactionCreate,
      { projectId: split.id, type: 'disbursement', date: '2022-06-10', amount: '400000001', currency: 'VND' },
      editor,
    );

    // "How much did ASEAN donors disburse for health in Thái Thụy since 2021?"
    const health = await svc.request<AidReport>(S.reportAid, {
      groupBy: 'asean,planArea,district',
      donorGroup: 'asean',
      planArea: 'III.4',
      districtCode: 'H-THAITHUY',
      yearFrom: 2021,
    });
    // 400 000 001 × 75% × 60% = 180 000 000.45 → 180 000 000
    expect(health.rows).toEqual([
      expect.objectContaining({
        asean: true,
        planArea: 'III.4',
        districtCode: 'H-THAITHUY',
        committed: '450000000',
        disbursed: '180000000',
      }),
    ]);

    const byGroup = await svc.request<AidReport>(S.reportAid, {
      groupBy: 'asean',
      yearFrom: 2024,
      yearTo: 2024,
    });
    const other = byGroup.rows.find((r) => r.asean === false);
    expect(BigInt(other?.committed ?? '0')).toBeGreaterThanOrEqual(2_922_060_000n);
    expect(byGroup.rows.some((r) => r.asean === true)).toBe(false);
    const percentSum = byGroup.rows.reduce((sum, r) => sum + (r.committedPercent ?? 0), 0);
    expect(percentSum).toBeCloseTo(100, 0);

    const bad = await svc.requestError(S.reportAid, { groupBy: 'year,colour' });
    expect(bad).toMatchObject({ status: 400, fields: [{ path: 'groupBy.1' }] });

    const csv = await svc.request<FileDownload>(S.reportAidExport, {
      groupBy: 'district',
      donorGroup: 'asean',
      format: 'csv',
    });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(csv.contentType).toContain('text/csv');
    expect(text).toContain('Huyện Thái Thụy');
    expect(text).not.toContain('Huyện Vũ Thư');
    const xlsx = await svc.request<FileDownload>(S.reportAidExport, { groupBy: 'year', format: 'xlsx' });
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    // Money grouped, the year left as a year, columns sized for their headings.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('Cam kết (đồng) / Committed (VND)');
    expect(sheet.getColumn(2).numFmt).toBe('#,##0');
    expect(sheet.getColumn(1).numFmt).toBeUndefined();
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
    expect(Number(sheet.getRow(2).getCell(2).value)).toBeGreaterThan(0);
  });

  it('logs delegations linked to an NGO and a project, filters them, and reports them by year × country × direction', async () => {
    const p = (await svc.request<Page<AidProject>>(S.projectList, { q: 'KR-EDU-2024' })).items[0];
    const d = await svc.request<Delegation>(
      S.delegationCreate,
      {
        title: 'Đoàn GNI ký kết dự án giáo dục Tiền Hải',
        direction: 'inbound',
        purpose: 'aid',
        countryCodes: ['KR'],
        organisations: ['Good Neighbors International'],
        headName: 'Lee Jae-won',
        size: 4,
        startDate: '2024-03-19',
        endDate: '2024-03-21',
        agencyCode: 'SNGV',
        ngo: { id: korean.id, label: korean.nameOriginal },
        project: { id: p.id, label: p.code },
        outcomes: 'Ký thỏa thuận',
      },
      editor,
    );
    expect(d).toMatchObject({ includesAsean: false, project: { id: p.id } });
    const unknown = await svc.requestError(
      S.delegationCreate,
      { ...d, id: undefined, ngo: { id: '00000000-0000-4000-8000-000000000000', label: 'x' } },
      editor,
    );
    expect(unknown).toMatchObject({ status: 400, fields: [{ path: 'ngo.id' }] });
    const byNgo = await svc.request<Page<Delegation>>(S.delegationList, { ngoId: korean.id });
    expect(byNgo.items.map((x) => x.id)).toEqual([d.id]);
    const march = await svc.request<Page<Delegation>>(S.delegationList, {
      from: '2024-03-01',
      to: '2024-03-31',
      countryCode: 'KR',
    });
    expect(march.items.map((x) => x.id)).toEqual([d.id]);
    const report = await svc.request<DelegationReport>(S.reportDelegations, { yearFrom: 2024 });
    expect(report.rows).toContainEqual({
      year: 2024,
      countryCode: 'KR',
      direction: 'inbound',
      delegations: 1,
      people: 4,
    });

    // Recording and editing it each wrote its whole latest state to the outbox, in the same transaction.
    const edited = await svc.request<Delegation>(
      S.delegationUpdate,
      {
        ...d,
        title: 'Đoàn GNI và Ti-mo Lét-xtê khảo sát dự án giáo dục',
        countryCodes: ['KR', 'TL'],
        size: 6,
        startDate: '2025-11-03',
        endDate: '2025-11-05',
      },
      editor,
    );
    expect(edited.version).toBe(2);
    const stale = await svc.requestError(S.delegationUpdate, { ...d, title: 'Lost' }, editor);
    expect(stale.status).toBe(409);
    const outbox = await svc.orm.em
      .fork()
      .find(OutboxEvent, { subject: 'aid.delegation.recorded' }, { orderBy: { seq: 'asc' } });
    const events = outbox.map((o) => o.data as DelegationRecorded).filter((e) => e.delegationId === d.id);
    const expected = (x: Delegation, countries: DelegationRecorded['countries']): DelegationRecorded => ({
      delegationId: x.id,
      version: x.version,
      titleVi: x.title,
      agencyCode: x.agencyCode,
      direction: x.direction,
      purpose: x.purpose,
      planArea: x.planArea,
      countries,
      size: x.size,
      startDate: x.startDate,
      endDate: x.endDate,
      year: Number(x.startDate.slice(0, 4)),
    });
    const current = await svc.request<Delegation>(S.delegationGet, { id: d.id });
    expect(events).toEqual([
      expected(d, [{ code: 'KR', asean: false }]),
      // Timor-Leste is an ASEAN member from 26 October 2025: on this start date, it counts.
      expected(current, [
        { code: 'KR', asean: false },
        { code: 'TL', asean: true },
      ]),
    ]);
    expect(events[1]).toMatchObject({
      version: 2,
      titleVi: 'Đoàn GNI và Ti-mo Lét-xtê khảo sát dự án giáo dục',
      size: 6,
      year: 2025,
    });
  });

  it('bounds a transaction by its đồng equivalent and sums maximal amounts exactly, past 2^53', async () => {
    const p = await svc.request<AidProject>(S.projectCreate, project(), editor);
    const record = (over: Record<string, unknown>) => ({
      projectId: p.id,
      type: 'commitment',
      date: '2024-04-01',
      currency: 'VND',
      ...over,
    });
    const tooBig = await svc.requestError(
      S.transactionCreate,
      record({ amount: '1000000000000001' }),
      editor,
    );
    expect(tooBig).toMatchObject({
      status: 400,
      fields: [{ path: 'amount', params: { rule: 'dongEquivalentMax', maximum: MAX_AMOUNT } }],
    });
    // 9 × 10^15 đồng as dollars: 375 000 000 000 USD at 24 000.
    const foreign = await svc.requestError(
      S.transactionCreate,
      record({ amount: '375000000000.00', currency: 'USD', exchangeRate: '24000' }),
      editor,
    );
    expect(foreign).toMatchObject({ status: 400, fields: [{ path: 'amount' }] });
    expect(await svc.orm.em.fork().count(AidTransaction, { projectId: p.id })).toBe(0);

    const amounts = ['1000000000000000', '1000000000000000', '999999999999999', '100'];
    let last: { totals: AidProject['totals'] } | undefined;
    for (const amount of amounts) last = await svc.request(S.transactionCreate, record({ amount }), editor);
    expect(last?.totals.committed).toBe('3000000000000099');
    expect((await svc.request<AidProject>(S.projectGet, { id: p.id })).totals.committed).toBe(
      '3000000000000099',
    );
  });

  it('corrects and voids transactions by reversing entries, never changing the original', async () => {
    const p = await svc.request<AidProject>(S.projectCreate, project({ code: 'KR-FIX-2024' }), editor);
    type Tx = AidReversalResult['reversal'];
    const record = (type: string, amount: string, date: string) =>
      svc.request<{ transaction: Tx }>(
        S.transactionCreate,
        { projectId: p.id, type, date, amount, currency: 'USD', exchangeRate: '25000' },
        editor,
      );
    const commitment = (await record('commitment', '100000.00', '2024-03-01')).transaction;
    const disbursement = (await record('disbursement', '40000.01', '2024-05-01')).transaction;
    expect(disbursement.dongAmount).toBe(1_000_000_250);
    const count = () => svc.orm.em.fork().count(AidTransaction, { projectId: p.id });
    const outboxCount = () => svc.orm.em.fork().count(OutboxEvent, { subject: 'aid.transaction.recorded' });
    const [rowsBefore, eventsBefore] = [await count(), await outboxCount()];

    // The reason is required: 400 naming it, nothing written.
    const noReason = await svc.requestError(
      S.transactionReverse,
      { projectId: p.id, transactionId: disbursement.id, reason: '  ' },
      editor,
    );
    expect(noReason).toMatchObject({ status: 400, fields: [{ path: 'reason' }] });
    // A correction is checked like a new transaction, naming its field.
    const badCorrection = await svc.requestError(
      S.transactionReverse,
      {
        projectId: p.id,
        transactionId: disbursement.id,
        reason: 'Sai tỷ giá',
        correction: { type: 'disbursement', date: '2024-05-01', amount: '40000.01', currency: 'USD' },
      },
      editor,
    );
    expect(badCorrection).toMatchObject({ status: 400, fields: [{ path: 'correction.exchangeRate' }] });
    const other = await svc.requestError(
      S.transactionReverse,
      { projectId: p.id, transactionId: disbursement.id, reason: 'x' },
      TEST_CALLERS.healthEditor,
    );
    expect(other.status).toBe(403);
    expect([await count(), await outboxCount()]).toEqual([rowsBefore, eventsBefore]);

    // Correct the disbursement: the rate was 24 000, not 25 000.
    const corrected = await svc.request<AidReversalResult>(
      S.transactionReverse,
      {
        projectId: p.id,
        transactionId: disbursement.id,
        reason: 'Sai tỷ giá quy đổi',
        correction: {
          type: 'disbursement',
          date: '2024-05-01',
          amount: '40000.01',
          currency: 'USD',
          exchangeRate: '24000',
          description: 'Giải ngân đợt 1',
        },
      },
      editor,
    );
    expect(corrected.reversal).toMatchObject({
      type: 'disbursement',
      amount: '-40000.01',
      dongAmount: -1_000_000_250,
      reversesTransactionId: disbursement.id,
      reason: 'Sai tỷ giá quy đổi',
    });
    expect(corrected.correction).toMatchObject({ amount: '40000.01', dongAmount: 960_000_240 });
    expect(corrected.totals).toMatchObject({ committed: '2500000000', disbursed: '960000240' });

    // Void the commitment: the project's commitments net to nothing.
    const voided = await svc.request<AidReversalResult>(
      S.transactionReverse,
      { projectId: p.id, transactionId: commitment.id, reason: 'Nhà tài trợ rút cam kết' },
      editor,
    );
    expect(voided.correction).toBeUndefined();
    expect(voided.totals).toMatchObject({ committed: '0', disbursed: '960000240', disbursementShare: null });

    // Reversed twice, or a reversal reversed: 409 by rule, nothing written.
    const [rowsAfter, eventsAfter] = [await count(), await outboxCount()];
    const twice = await svc.requestError(
      S.transactionReverse,
      { projectId: p.id, transactionId: disbursement.id, reason: 'Lần nữa' },
      editor,
    );
    expect(twice).toMatchObject({
      status: 409,
      fields: [{ params: { rule: 'transactionAlreadyReversed' } }],
    });
    const ofReversal = await svc.requestError(
      S.transactionReverse,
      { projectId: p.id, transactionId: voided.reversal.id, reason: 'Hủy lệnh hủy' },
      editor,
    );
    expect(ofReversal).toMatchObject({
      status: 409,
      fields: [{ params: { rule: 'reversalNotReversible' } }],
    });
    // Two reversals of one transaction at once: exactly one goes through.
    const racing = await Promise.allSettled(
      [1, 2].map(() =>
        svc.request(
          S.transactionReverse,
          { projectId: p.id, transactionId: corrected.correction?.id, reason: 'Cùng lúc' },
          editor,
        ),
      ),
    );
    expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = await svc.requestError(
      S.transactionReverse,
      { projectId: p.id, transactionId: corrected.correction?.id, reason: 'Lần ba' },
      editor,
    );
    expect(lost.status).toBe(409);
    expect([await count(), await outboxCount()]).toEqual([rowsAfter + 1, eventsAfter + 1]);

    // The originals are unchanged and marked reversed; the list holds every entry.
    const list = await svc.request<Page<Tx>>(S.transactionList, { projectId: p.id });
    const byId = new Map(list.items.map((t) => [t.id, t]));
    expect(byId.get(disbursement.id)).toMatchObject({
      amount: '40000.01',
      dongAmount: 1_000_000_250,
      reversedById: corrected.reversal.id,
    });
    expect(byId.get(commitment.id)?.reversedById).toBe(voided.reversal.id);
    expect(byId.get(voided.reversal.id)?.reversedById).toBeUndefined();
    expect(list.items).toHaveLength(6);
    const totals = (await svc.request<AidProject>(S.projectGet, { id: p.id })).totals;
    expect(totals).toMatchObject({ committed: '0', disbursed: '0' });

    // Each entry published its event; a reversal's amount is negative and names what it reverses.
    const outbox = await svc.orm.em
      .fork()
      .find(OutboxEvent, { subject: 'aid.transaction.recorded' }, { orderBy: { seq: 'asc' } });
    const events = outbox.map((o) => o.data as TransactionRecorded).filter((e) => e.projectId === p.id);
    expect(events.map((e) => [e.type, e.dongAmount, e.reversesTransactionId])).toEqual([
      ['commitment', 2_500_000_000, undefined],
      ['disbursement', 1_000_000_250, undefined],
      ['disbursement', -1_000_000_250, disbursement.id],
      ['disbursement', 960_000_240, undefined],
      ['commitment', -2_500_000_000, commitment.id],
      ['disbursement', -960_000_240, corrected.correction?.id],
    ]);

    // The project's history holds the corrections, with their reasons.
    const history = await svc.request<Page<AuditEntry>>(S.projectHistory, { id: p.id });
    const reasons = history.items.map((h) => h.changes.reason?.after);
    expect(reasons).toEqual(expect.arrayContaining(['Sai tỷ giá quy đổi', 'Nhà tài trợ rút cam kết']));
  });

  it('exports the projects as IATI 2.03 activities that validate against the IATI schema', async () => {
    const file = await svc.request<FileDownload>(S.iatiExport, {});
    expect(file.contentType).toBe('application/xml');
    const xml = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(xml).toContain('<iati-identifier>VN-TB-SNGV-KR-EDU-2024</iati-identifier>');
    expect(xml).toContain('<value currency="USD" value-date="2024-06-01">50000.01</value>');
    // A reversal is a transaction of negative value on its own date, saying what it reverses and why.
    expect(xml).toMatch(/<value currency="USD" value-date="\d{4}-\d{2}-\d{2}">-40000\.01<\/value>/);
    expect(xml).toContain('Reversal of the transaction of 2024-05-01: Sai tỷ giá quy đổi');
    const schema = (name: string) => ({
      fileName: name,
      contents: fs.readFileSync(path.join(IATI_DIR, name), 'utf8'),
    });
    const result = await validateXML({
      xml: { fileName: 'export.xml', contents: xml },
      schema: schema('iati-activities-schema.xsd'),
      preload: [schema('iati-common.xsd'), schema('xml.xsd')],
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('tells the budget service which agency owns an aid project a budget line links, and nothing of unknown ones', async () => {
    const created = await svc.request<AidProject>(S.projectCreate, project(), editor);
    expect(await svc.request(FUNDING_SUBJECTS.aidLookup, { kind: 'aid-project', id: created.id })).toEqual({
      exists: true,
      agencyCode: 'SNGV',
      label: `${created.code} · ${created.titleVi}`,
    });
    expect(await svc.request(FUNDING_SUBJECTS.aidLookup, { kind: 'delegation', id: created.id })).toEqual({
      exists: false,
    });
  });

  it('hides a project from a viewer of another agency (404) and refuses an editor of another department', async () => {
    const p = (await svc.request<Page<AidProject>>(S.projectList, {})).items[0];
    expect((await svc.requestError(S.projectGet, { id: p.id }, TEST_CALLERS.cultureViewer)).status).toBe(404);
    expect((await svc.requestError(S.projectCreate, project(), TEST_CALLERS.healthEditor)).status).toBe(403);
  });

  it('seeds realistic demo data in one transaction, fast', async () => {
    const started = Date.now();
    const counts = await svc.orm.em.fork().transactional((em) => seedAidDemo(em));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(counts.ngos).toBeGreaterThan(10);
    const report = await svc.request<AidReport>(S.reportAid, {
      groupBy: 'year',
      yearFrom: 2017,
      yearTo: 2025,
    });
    expect(report.rows.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const asean = await svc.request<AidReport>(S.reportAid, { groupBy: 'asean' });
    expect(asean.rows.map((r) => r.asean).sort()).toEqual([false, true]);
  });
});
