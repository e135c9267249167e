import { type RouteContract, TRAINING_ROUTES as R, pathParamNames, routePath } from '@ascc/contracts';
import ExcelJS from 'exceljs';
import {
  DEMO_ENV,
  SHEET_HEAD,
  SHEET_TAIL,
  type Stack,
  repeatedPart,
  signIn,
  startStack,
  workbookParts,
  zipOf,
} from '@ascc/testing';

/**
 * Training through the whole chain — HTTP → gateway (permission, validation) → NATS → training service
 * → database — as the signed-in Home Affairs editor, with files sent and received as files.
 */
describe('training through the gateway', () => {
  let stack: Stack;
  let editor = '';
  let culture = '';

  const call = async (route: RouteContract, message: Record<string, unknown>, token = editor) => {
    const params = Object.fromEntries(pathParamNames(route.path).map((p) => [p, String(message[p])]));
    const rest = Object.fromEntries(Object.entries(message).filter(([k]) => !(k in params)));
    let url = stack.url + routePath(route.path, params);
    const init: RequestInit = { method: route.method, headers: { authorization: `Bearer ${token}` } };
    if (route.method === 'GET') {
      const query = new URLSearchParams(
        Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)]),
      ).toString();
      if (query) url += `?${query}`;
    } else {
      init.headers = { ...init.headers, 'content-type': 'application/json' };
      init.body = JSON.stringify(rest);
    }
    return fetch(url, init);
  };
  const json = async (route: RouteContract, message: Record<string, unknown>, token = editor) => {
    const res = await call(route, message, token);
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown> & { [k: string]: never },
    };
  };

  beforeAll(async () => {
    stack = await startStack({ env: { ...DEMO_ENV, LOG_LEVEL: 'silent' } });
    editor = (await signIn(stack.url, 'snv.editor')).accessToken;
    culture = (await signIn(stack.url, 'svhttdl.editor')).accessToken;
  }, 120_000);
  afterAll(() => stack?.stop());

  it('runs a course from plan to a PDF certificate and counts it in the CSV statistics', async () => {
    const csv = [
      'staffCode,fullName,gender,districtCode,commune,level,group',
      'GW-1,Nguyễn Thị Lan,female,H-HUNGHA,Xã Tân Lập,commune,civil-servant',
      'GW-2,Trần Văn Nam,male,H-HUNGHA,Xã Tân Lập,commune,cadre',
    ].join('\n');
    const imported = await json(R.traineeImport, {
      commit: true,
      file: { fileName: 'gw.csv', contentType: 'text/csv', base64: Buffer.from(csv).toString('base64') },
    });
    expect(imported).toMatchObject({ status: 200, body: { written: 2, committed: true } });
    const trainees = await json(R.traineeList, { q: 'GW-' });
    const ids = (trainees.body.items as unknown as { id: string }[]).map((t) => t.id);
    expect(ids).toHaveLength(2);

    const created = await json(R.courseCreate, {
      code: 'GW-HN-1',
      titleVi: 'Hội nhập quốc tế cho công chức cấp xã',
      titleEn: 'International integration for commune civil servants',
      topic: 'international-integration',
      targetLevel: 'commune',
      agencyCode: 'SNV',
      startDate: '2022-10-03',
      endDate: '2022-10-04',
      sessions: [{ date: '2022-10-03', topic: 'ASEAN' }],
      capacity: 1,
      costEstimate: 30_000_000,
    });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    let version = Number(created.body.version);

    const bad = await json(R.courseUpdate, {
      ...created.body,
      sessions: [{ date: '2022-11-01', topic: 'x' }],
    });
    expect(bad).toMatchObject({ status: 400, body: { fields: [{ path: 'sessions.0.date' }] } });

    // Trainees enrol once the course is open for enrolment.
    const opened = await json(R.courseChangeStatus, { id, version, status: 'open' });
    expect(opened.status).toBe(200);
    const enrolled = await json(R.enrolmentCreate, { id, traineeIds: ids });
    expect(enrolled).toMatchObject({ status: 200, body: { enrolled: 1, waitlisted: 1 } });
    const again = await json(R.enrolmentCreate, { id, traineeIds: [ids[0]] });
    expect(again.status).toBe(409);
    // Culture's editor runs courses of its own only: Home Affairs' course is, to them, not there.
    const refused = await json(R.enrolmentCreate, { id, traineeIds: [ids[0]] }, culture);
    expect(refused.status).toBe(404);

    const roster = (await json(R.enrolmentList, { id })).body.items as unknown as {
      id: string;
      status: string;
    }[];
    const first = roster.find((e) => e.status === 'enrolled');
    await json(R.attendanceRecord, { id, marks: [{ enrolmentId: first?.id, session: 0, mark: 'present' }] });
    await json(R.scoresRecord, { id, scores: [{ enrolmentId: first?.id, score: 7.5 }] });
    // Enrolling changed the course's counts under its version: edit from the version now stored.
    version = Number((await json(R.courseGet, { id })).body.version);
    for (const status of ['in-progress', 'completed']) {
      const moved = await json(R.courseChangeStatus, { id, version, status });
      expect(moved.status).toBe(200);
      version = Number(moved.body.version);
    }
    const stale = await json(R.courseChangeStatus, { id, version: 1, status: 'cancelled', reason: 'x' });
    expect(stale).toMatchObject({
      status: 409,
      body: { fields: [{ path: 'version', params: { currentVersion: version } }] },
    });

    const pdf = await call(R.certificateGet, { id, enrolmentId: first?.id });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/CC-2022-\d{6}\.pdf/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const stats = await json(R.statsGet, { yearFrom: 2022, yearTo: 2022, level: 'commune' });
    expect(stats.body.totals).toMatchObject({ trained: 1, completed: 1, communeTrained: 1 });
    const exported = await call(R.statsExport, { yearFrom: 2022, yearTo: 2022, format: 'csv' });
    expect(exported.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await exported.text()).toMatch(
      /\n2022,international-integration,commune,[a-z-]+,(fe)?male,SNV,1,1\r\n/,
    );
  });

  it('takes an ordinary XLSX file of several hundred KB on the import, past the 100 KB of other routes', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Học viên');
    sheet.addRow(['staffCode', 'fullName', 'position']);
    // Random text does not compress: the file stays large, as a real list with long cells is.
    for (let i = 0; i < 400; i++)
      sheet.addRow([
        `IO-${i}`,
        `Nguyễn Văn ${i}`,
        Buffer.from(crypto.getRandomValues(new Uint8Array(600))).toString('hex'),
      ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(bytes.length).toBeGreaterThan(200 * 1024);
    const checked = await json(R.traineeImport, {
      commit: false,
      file: {
        fileName: 'list.xlsx',
        contentType: 'application/octet-stream',
        base64: bytes.toString('base64'),
      },
    });
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ fileError: null, committed: false });
    expect((checked.body.rows as unknown as unknown[]).length).toBe(400);
  });

  it('refuses a zip bomb sent to the import with a 400 naming the file, writing nothing', async () => {
    const bomb = zipOf([
      ...workbookParts(),
      repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, Buffer.alloc(1024 * 1024, 0x20), 300, SHEET_TAIL),
    ]);
    const before = await json(R.traineeList, {});
    const refused = await json(R.traineeImport, {
      commit: true,
      file: {
        fileName: 'bomb.xlsx',
        contentType: 'application/octet-stream',
        base64: bomb.toString('base64'),
      },
    });
    expect(refused).toMatchObject({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'file', params: { rule: 'importArchiveTooLarge', maxMegabytes: 50 } }],
      },
    });
    expect((await json(R.traineeList, {})).body.total).toBe(before.body.total);
  });
});
