import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { JSONCodec, connect } from 'nats';
import {
  AID_EVENTS,
  type AidReport,
  type AreaFigures,
  type IndicatorProgress,
  type TrainingStats,
  type RebuildResult,
  type ReportingOverview,
  type ReviewSnapshot,
  type YearlyReport,
  addDong,
  toDong,
} from '@ascc/contracts';
import { type Stack, reconciliationMismatches, testDatabaseKinds, waitFor } from '@ascc/testing';
import { type SeededProvince, startSeededProvince } from './seeded-province';

const dong = (value: number | string) => toDong(value).toString();

/**
 * The seeded province as processes: the demo data each service writes produces its events, the
 * reporting service's read model takes them in, and its figures equal each service's own statistics.
 * A rebuild from the streams gives the same figures; the same event twice counts once.
 */
describe.each(testDatabaseKinds())('reporting read model on the seeded province (%s)', (database) => {
  let stack: Stack;
  let province: SeededProvince;
  let get: SeededProvince['get'];
  let send: SeededProvince['send'];
  let dashboard: SeededProvince['dashboard'];
  let caughtUp: SeededProvince['caughtUp'];

  beforeAll(async () => {
    province = await startSeededProvince(database, ['admin', 'snv.editor', 'svhttdl.editor']);
    ({ stack, get, send, dashboard, caughtUp } = province);
  }, 180_000);
  afterAll(() => stack?.stop());

  it('lets the coordinator and admins read the dashboard, and nobody else', async () => {
    expect((await get('admin', '/api/reporting/dashboard?phase=P1')).status).toBe(200);
    expect((await get('snv.editor', '/api/reporting/dashboard')).status).toBe(403);
    expect((await get('snv.editor', '/api/reporting/areas/III.8')).status).toBe(200);
    const rebuild = await fetch(`${stack.url}/api/reporting/rebuild`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${province.token('sldtbxh.coordinator')}`,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(rebuild.status).toBe(403);
  });

  it("equals each service's own statistics, for the whole plan and for single years", async () => {
    const all = await dashboard();
    expect(all.training.trained).toBeGreaterThan(0);
    expect(all.culture.events).toBeGreaterThan(0);
    expect(BigInt(all.aid.committed)).toBeGreaterThan(0n);
    expect(BigInt(all.budget.approved)).toBeGreaterThan(0n);

    // The shared check (libs/testing), which the backup/restore test runs on restored data too.
    const read = async <T>(path: string) => {
      const res = await get<T>('admin', path);
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      return res.body;
    };
    expect(await reconciliationMismatches({ get: read, dashboard }, [2018, 2020, 2024])).toEqual([]);
  });

  it("computes the plan's indicators from the same records as each service's own statistics", async () => {
    type Progress = { items: IndicatorProgress[] };
    const value = (p: Progress, code: string, year?: number) => {
      const indicator = p.items.find((i) => i.indicator.code === code);
      return year === undefined
        ? indicator?.latest?.value
        : indicator?.values.find((v) => v.year === year)?.value;
    };
    // People trained since the plan began (cumulative): the training service's total.
    const whole = (await get<Progress>('admin', '/api/reporting/indicator-progress')).body;
    const stats = (await get<TrainingStats>('admin', '/api/training/stats')).body;
    expect(value(whole, 'III.8-1')).toBe(stats.totals.trained);
    for (const year of [2018, 2020, 2024]) {
      const p = (await get<Progress>('admin', `/api/reporting/indicator-progress?year=${year}`)).body;
      const upTo = (await get<TrainingStats>('admin', `/api/training/stats?yearFrom=2017&yearTo=${year}`))
        .body;
      const ofYear = (
        await get<TrainingStats>('admin', `/api/training/stats?yearFrom=${year}&yearTo=${year}`)
      ).body;
      expect([year, value(p, 'III.8-1', year) ?? null]).toEqual([
        year,
        ofYear.totals.trained ? upTo.totals.trained : null,
      ]);
      const aid = (
        await get<AidReport>('admin', `/api/aid/reports/aid?groupBy=year&yearFrom=${year}&yearTo=${year}`)
      ).body;
      expect([year, value(p, 'III.10-1', year) ?? '0', value(p, 'III.10-2', year) ?? '0']).toEqual([
        year,
        dong(aid.totals.committed),
        dong(aid.totals.disbursed),
      ]);
      const area = (await get<AreaFigures>('admin', `/api/reporting/areas/III.5?year=${year}`)).body;
      expect([year, value(p, 'III.5-4', year) ?? '0']).toEqual([year, area.budget.approved]);
    }
  });

  it('counts the same event twice once, and a rebuild from the streams gives the same figures', async () => {
    const before = await dashboard();
    // The aid service's NATS user publishes an event twice with one event id (no JetStream
    // de-duplication: no msgID), as a redelivery after a crash would.
    const credentials = stack.natsCredentials;
    const nc = await connect({
      servers: stack.natsUrl,
      ...(credentials ? { user: 'aid', pass: credentials.aid } : {}),
      inboxPrefix: '_INBOX_aid',
    });
    const envelope = {
      eventId: randomUUID(),
      subject: AID_EVENTS.transactionRecorded.subject,
      occurredAt: new Date().toISOString(),
      data: {
        transactionId: randomUUID(),
        projectId: randomUUID(),
        agencyCode: 'SNGV',
        type: 'commitment',
        date: '2030-05-01',
        year: 2030,
        dongAmount: 1_000_000_001,
        donorCountryCode: 'TH',
        asean: true,
        sectors: [{ code: '15110', planArea: 'III.10', percentage: 100 }],
        locations: [{ districtCode: 'H-VUTHU', percentage: 100 }],
      },
    };
    const js = nc.jetstream();
    await js.publish(envelope.subject, JSONCodec().encode(envelope));
    await js.publish(envelope.subject, JSONCodec().encode(envelope));
    await nc.drain();
    await waitFor(
      async () => BigInt((await dashboard('?year=2030')).aid.committed) > 0n,
      'the published event to be applied',
      30_000,
    );
    await caughtUp();
    const after = await dashboard();
    expect(BigInt(after.aid.committed) - BigInt(before.aid.committed)).toBe(1_000_000_001n);
    expect((await dashboard('?year=2030')).aid.committed).toBe('1000000001');

    const res = await fetch(`${stack.url}/api/reporting/rebuild`, {
      method: 'POST',
      headers: { authorization: `Bearer ${province.token('admin')}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    const result = (await res.json()) as RebuildResult;
    expect(result.replayed.AID).toBeGreaterThan(0);
    // Two messages carried one event: the replay applies it once.
    expect(result.applied).toBe(after.eventsApplied);
    await caughtUp();
    const rebuilt = await dashboard();
    expect(rebuilt).toEqual(after);
  });

  it('takes a yearly report from draft to accepted, pre-filled from the read model, and counts who reported', async () => {
    const overview = async () =>
      (await get<ReportingOverview>('sldtbxh.coordinator', '/api/reporting/overview?year=2024')).body;
    const first = await overview();
    expect(first.dueDate).toBe('2024-12-15');
    expect(first.expected).toBeGreaterThan(20);
    expect(first.missing).toContainEqual({ agencyCode: 'SNV', planArea: 'III.8' });
    expect(first.onTimeRate).toBe(0);

    const created = await send<YearlyReport>('snv.editor', 'POST', '/api/reporting/reports', {
      agencyCode: 'SNV',
      year: 2024,
      planArea: 'III.8',
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    // Home Affairs' courses are all III.8: its figure is the year's people trained.
    expect(created.body.figures.trained).toBe((await dashboard('?year=2024')).training.trained);
    expect(created.body.figures.trained).toBeGreaterThan(0);
    const id = created.body.id;
    const again = await send('snv.editor', 'POST', '/api/reporting/reports', {
      agencyCode: 'SNV',
      year: 2024,
      planArea: 'III.8',
    });
    expect(again.status).toBe(409);
    // Another agency's report is answered as if there were none.
    expect((await get('svhttdl.editor', `/api/reporting/reports/${id}`)).status).toBe(404);

    const edited = await send<YearlyReport>('snv.editor', 'PUT', `/api/reporting/reports/${id}`, {
      version: created.body.version,
      narrative: 'Tổ chức 7 khóa bồi dưỡng',
      indicators: [{ name: 'Lượt người được bồi dưỡng', target: 300, actual: created.body.figures.trained }],
    });
    expect(edited.status).toBe(200);
    const stale = await send('snv.editor', 'PUT', `/api/reporting/reports/${id}`, {
      version: created.body.version,
      narrative: 'Bản cũ',
    });
    expect(stale.status).toBe(409);

    const submitted = await send<YearlyReport>('snv.editor', 'POST', `/api/reporting/reports/${id}/submit`, {
      version: edited.body.version,
    });
    expect([submitted.status, submitted.body.status, submitted.body.late]).toEqual([200, 'submitted', true]);
    expect(
      (
        await send('snv.editor', 'POST', `/api/reporting/reports/${id}/review`, {
          version: submitted.body.version,
          decision: 'accept',
        })
      ).status,
    ).toBe(403);
    const noComment = await send('sldtbxh.coordinator', 'POST', `/api/reporting/reports/${id}/review`, {
      version: submitted.body.version,
      decision: 'return',
    });
    expect([noComment.status, noComment.body.fields?.[0]?.path]).toEqual([400, 'comment']);
    const returned = await send<YearlyReport>(
      'sldtbxh.coordinator',
      'POST',
      `/api/reporting/reports/${id}/review`,
      {
        version: submitted.body.version,
        decision: 'return',
        comment: 'Bổ sung tỷ lệ cán bộ cấp xã',
      },
    );
    expect([returned.body.status, returned.body.reviewComment]).toEqual([
      'returned',
      'Bổ sung tỷ lệ cán bộ cấp xã',
    ]);
    const resubmitted = await send<YearlyReport>(
      'snv.editor',
      'POST',
      `/api/reporting/reports/${id}/submit`,
      {
        version: returned.body.version,
      },
    );
    const accepted = await send<YearlyReport>(
      'sldtbxh.coordinator',
      'POST',
      `/api/reporting/reports/${id}/review`,
      {
        version: resubmitted.body.version,
        decision: 'accept',
      },
    );
    expect(accepted.body.status).toBe('accepted');

    const after = await overview();
    expect(after.submitted).toBe(first.submitted + 1);
    expect(after.missing).not.toContainEqual({ agencyCode: 'SNV', planArea: 'III.8' });
    expect(after.late).toContainEqual(expect.objectContaining({ agencyCode: 'SNV', planArea: 'III.8' }));
    const mine = await get<{ items: YearlyReport[] }>('snv.editor', '/api/reporting/reports?year=2024');
    expect(mine.body.items.map((r) => r.id)).toEqual([id]);

    // The province's report: a workbook with the accepted report and who has not reported.
    const file = await fetch(`${stack.url}/api/reporting/province-report?year=2024`, {
      headers: { authorization: `Bearer ${province.token('sldtbxh.coordinator')}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    const rows = workbook.getWorksheet('Bao cao')?.getSheetValues().filter(Boolean) ?? [];
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows[1])).toContain('Tổ chức 7 khóa bồi dưỡng');
    expect(workbook.getWorksheet('Chua nop')?.rowCount).toBe(after.missing.length + 1);
    expect((await get('snv.editor', '/api/reporting/province-report?year=2024')).status).toBe(403);
  });

  it('freezes the mid-term review once, and later edits and events do not change it', async () => {
    const coordinator = { authorization: `Bearer ${province.token('sldtbxh.coordinator')}` };
    const download = async (path: string) => {
      const res = await fetch(`${stack.url}${path}`, { headers: coordinator });
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        body: Buffer.from(await res.arrayBuffer()),
      };
    };
    /** Every sheet's values: the workbook's content without its timestamps. */
    const sheets = async (buffer: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buffer as never);
      return workbook.worksheets.map((w) => [w.name, JSON.stringify(w.getSheetValues())]);
    };

    const created = await send<YearlyReport>('snv.editor', 'POST', '/api/reporting/reports', {
      agencyCode: 'SNV',
      year: 2020,
      planArea: 'III.8',
    });
    const edited = await send<YearlyReport>(
      'snv.editor',
      'PUT',
      `/api/reporting/reports/${created.body.id}`,
      {
        version: created.body.version,
        narrative: 'Sơ kết: 5 khóa bồi dưỡng',
        indicators: [{ name: 'Khóa bồi dưỡng', target: 4, actual: 5 }],
      },
    );
    const submitted = await send<YearlyReport>(
      'snv.editor',
      'POST',
      `/api/reporting/reports/${created.body.id}/submit`,
      { version: edited.body.version },
    );
    expect(submitted.body.status).toBe('submitted');

    expect((await send('snv.editor', 'POST', '/api/reporting/reviews', { kind: 'mid-term' })).status).toBe(
      403,
    );
    expect((await get('snv.editor', '/api/reporting/reviews')).status).toBe(403);
    const bad = await send('sldtbxh.coordinator', 'POST', '/api/reporting/reviews', { kind: 'yearly' });
    expect([bad.status, bad.body.fields?.[0]?.path]).toEqual([400, 'kind']);
    const frozen = await send<ReviewSnapshot>('sldtbxh.coordinator', 'POST', '/api/reporting/reviews', {
      kind: 'mid-term',
    });
    expect(frozen.status).toBe(201);
    expect(frozen.body).toMatchObject({ kind: 'mid-term', yearFrom: 2017, yearTo: 2020, reports: 1 });
    expect(
      (await send('sldtbxh.coordinator', 'POST', '/api/reporting/reviews', { kind: 'mid-term' })).status,
    ).toBe(409);
    const list = await get<{ items: ReviewSnapshot[] }>('admin', '/api/reporting/reviews');
    expect(list.body.items).toEqual([frozen.body]);

    const exportPath = `/api/reporting/reviews/${frozen.body.id}/export`;
    const xlsxBefore = await download(`${exportPath}?format=xlsx`);
    expect(xlsxBefore.type).toContain('spreadsheetml');
    const before = await sheets(xlsxBefore.body);
    expect(JSON.stringify(before)).toContain('Sơ kết: 5 khóa bồi dưỡng');
    const pdf = await download(`${exportPath}?format=pdf`);
    expect([pdf.status, pdf.type, pdf.body.subarray(0, 5).toString()]).toEqual([
      200,
      'application/pdf',
      '%PDF-',
    ]);
    const phase1 = await dashboard('?phase=P1');

    // After the freeze: the report is returned, edited and resubmitted, and a new 2019 event arrives.
    const returned = await send<YearlyReport>(
      'sldtbxh.coordinator',
      'POST',
      `/api/reporting/reports/${created.body.id}/review`,
      { version: submitted.body.version, decision: 'return', comment: 'Bổ sung' },
    );
    const changed = await send<YearlyReport>(
      'snv.editor',
      'PUT',
      `/api/reporting/reports/${created.body.id}`,
      {
        version: returned.body.version,
        narrative: 'Sửa sau khi chốt sơ kết',
      },
    );
    expect(changed.status).toBe(200);
    const credentials = stack.natsCredentials;
    const nc = await connect({
      servers: stack.natsUrl,
      ...(credentials ? { user: 'aid', pass: credentials.aid } : {}),
      inboxPrefix: '_INBOX_aid',
    });
    const envelope = {
      eventId: randomUUID(),
      subject: AID_EVENTS.transactionRecorded.subject,
      occurredAt: new Date().toISOString(),
      data: {
        transactionId: randomUUID(),
        projectId: randomUUID(),
        agencyCode: 'SNGV',
        type: 'commitment',
        date: '2019-05-01',
        year: 2019,
        dongAmount: 2_000_000_003,
        donorCountryCode: 'TH',
        asean: true,
        sectors: [{ code: '15110', planArea: 'III.10', percentage: 100 }],
        locations: [{ districtCode: 'H-VUTHU', percentage: 100 }],
      },
    };
    await nc.jetstream().publish(envelope.subject, JSONCodec().encode(envelope));
    await nc.drain();
    await waitFor(
      async () =>
        (await dashboard('?phase=P1')).aid.committed === addDong(phase1.aid.committed, 2_000_000_003),
      'the 2019 event to be applied',
      30_000,
    );

    // The live report changed; the frozen review did not.
    const live = await download('/api/reporting/province-report?year=2020&format=xlsx');
    expect(JSON.stringify(await sheets(live.body))).toContain('Sửa sau khi chốt sơ kết');
    const livePdf = await download('/api/reporting/province-report?year=2020&format=pdf');
    expect([livePdf.status, livePdf.type]).toEqual([200, 'application/pdf']);
    const after = await sheets((await download(`${exportPath}?format=xlsx`)).body);
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('Sửa sau khi chốt sơ kết');
    expect((await get<{ items: ReviewSnapshot[] }>('admin', '/api/reporting/reviews')).body.items).toEqual([
      frozen.body,
    ]);
  });
});
