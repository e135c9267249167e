import ExcelJS from 'exceljs';
import {
  type AuditEntry,
  type CreateTrainee,
  type CreateTrainingCourse,
  type Enrolment,
  type ImportReport,
  type Page,
  type ServiceErrorBody,
  TRAINING_SUBJECTS as S,
  type Trainee,
  type TrainingCourse,
  type TrainingStats,
  provinceToday,
} from '@ascc/contracts';
import { OutboxEvent } from '@ascc/service-kit';
import { type ServiceHarness, TEST_CALLERS, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { TrainingCourse as CourseEntity } from '../../courses/training-course.entity';
import { buildDemoData } from '../../demo/demo-data';
import { Trainee as TraineeEntity } from '../../trainees/trainee.entity';

let serial = 0;
const course = (overrides: Partial<CreateTrainingCourse> = {}): CreateTrainingCourse => ({
  code: `HN-${++serial}`,
  titleVi: 'Bồi dưỡng kiến thức hội nhập quốc tế cho cán bộ cấp xã',
  titleEn: 'International integration for commune-level staff',
  topic: 'international-integration',
  targetLevel: 'commune',
  targetGroup: 'civil-servant',
  agencyCode: 'SNV',
  venue: 'Hội trường UBND huyện Kiến Xương',
  districtCode: 'H-KIENXUONG',
  startDate: '2024-05-06',
  endDate: '2024-05-08',
  sessions: [
    { date: '2024-05-06', topic: 'Tổng quan về ASEAN' },
    { date: '2024-05-07', topic: 'Hội nhập quốc tế ở cấp xã' },
  ],
  capacity: 3,
  trainers: ['TS. Nguyễn Văn Minh'],
  costEstimate: 60_000_000,
  ...overrides,
});

/** The ISO date `days` after an ISO date. */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const trainee = (i: number, overrides: Partial<CreateTrainee> = {}): CreateTrainee => ({
  staffCode: `T-${i}`,
  fullName: `Nguyễn Thị ${i}`,
  gender: i % 2 ? 'female' : 'male',
  districtCode: 'H-KIENXUONG',
  commune: 'Xã An Bình',
  level: 'commune',
  group: 'civil-servant',
  ...overrides,
});

const csvFile = (text: string, fileName = 'trainees.csv') => ({
  fileName,
  contentType: 'text/csv',
  base64: Buffer.from(text, 'utf8').toString('base64'),
});

async function xlsxFile(rows: (string | null)[][]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Học viên');
  for (const row of rows) sheet.addRow(row);
  return {
    fileName: 'trainees.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
  };
}

describe.each(testDatabaseKinds())('training courses, trainees, enrolment and certificates on %s', (kind) => {
  let svc: ServiceHarness;
  const people: Trainee[] = [];

  beforeAll(async () => {
    svc = await startServiceHarness('training', AppModule, kind);
    for (let i = 1; i <= 8; i++) people.push(await svc.request<Trainee>(S.traineeCreate, trainee(i)));
  });
  afterAll(() => svc?.stop());

  it('has committed migrations that match the entities exactly', async () => {
    const drift = await svc.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(drift.trim()).toBe('');
  });

  describe('courses', () => {
    it('keeps every field of the issue, with III.8 and a 5/10 pass score by default', async () => {
      const created = await svc.request<TrainingCourse>(S.courseCreate, course({ code: 'FULL-1' }));
      expect(created).toMatchObject({
        planArea: 'III.8',
        passScore: 5,
        minAttendancePercent: 80,
        status: 'planned',
        venue: 'Hội trường UBND huyện Kiến Xương',
        districtCode: 'H-KIENXUONG',
        trainers: ['TS. Nguyễn Văn Minh'],
        targetGroup: 'civil-servant',
        language: null,
      });
      expect(created.sessions).toHaveLength(2);
    });

    it('refuses a session outside the course dates, naming it, and a language-less language course', async () => {
      const error = await svc.requestError(
        S.courseCreate,
        course({
          topic: 'foreign-language',
          sessions: [
            { date: '2024-05-06', topic: 'a' },
            { date: '2024-05-07', topic: 'b' },
            { date: '2024-05-09', topic: 'c' },
          ],
        }),
      );
      expect(error.status).toBe(400);
      expect(error.fields?.map((f) => f.path).sort()).toEqual(['language', 'sessions.2.date']);
      const endBefore = await svc.requestError(
        S.courseCreate,
        course({ endDate: '2024-05-01', sessions: [] }),
      );
      expect(endBefore.fields).toEqual([expect.objectContaining({ path: 'endDate' })]);
    });

    it('updates with the version; a stale version gets 409 carrying the newer one, never a lost update', async () => {
      const created = await svc.request<TrainingCourse>(S.courseCreate, course());
      const {
        id,
        version,
        status,
        cancelReason,
        enrolledCount,
        waitlistCount,
        createdAt,
        updatedAt,
        ...fields
      } = created;
      void [status, cancelReason, enrolledCount, waitlistCount, createdAt, updatedAt];
      const first = await svc.request<TrainingCourse>(S.courseUpdate, {
        ...fields,
        id,
        version,
        capacity: 40,
      });
      expect(first).toMatchObject({ capacity: 40, version: version + 1 });
      const stale = await svc.requestError(S.courseUpdate, { ...fields, id, version, venue: 'Khác' });
      expect(stale).toMatchObject({ status: 409, code: 'CONFLICT' });
      expect(stale.fields?.[0]).toMatchObject({ path: 'version', params: { currentVersion: version + 1 } });
      const read = await svc.request<TrainingCourse>(S.courseGet, { id });
      expect(read).toMatchObject({ capacity: 40, venue: created.venue });

      // Two editors saving the same version at once: exactly one wins.
      const both = await Promise.allSettled([
        svc.request(S.courseUpdate, { ...fields, id, version: version + 1, capacity: 41 }),
        svc.request(S.courseUpdate, { ...fields, id, version: version + 1, capacity: 42 }),
      ]);
      expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const loser = both.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect((loser.reason as ServiceErrorBody).status).toBe(409);
    });

    it('moves the waitlist up, in order, when the capacity grows', async () => {
      const planned = await svc.request<TrainingCourse>(S.courseCreate, course({ capacity: 1 }));
      const small = await svc.request<TrainingCourse>(S.courseChangeStatus, {
        id: planned.id,
        version: planned.version,
        status: 'open',
      });
      await svc.request(S.enrolmentCreate, { id: small.id, traineeIds: people.slice(5, 8).map((p) => p.id) });
      const current = await svc.request<TrainingCourse>(S.courseGet, { id: small.id });
      const {
        id,
        version,
        status,
        cancelReason,
        enrolledCount,
        waitlistCount,
        createdAt,
        updatedAt,
        ...fields
      } = current;
      void [status, cancelReason, enrolledCount, waitlistCount, createdAt, updatedAt];
      const grown = await svc.request<TrainingCourse>(S.courseUpdate, {
        ...fields,
        id,
        version,
        capacity: 2,
      });
      expect(grown).toMatchObject({ enrolledCount: 2, waitlistCount: 1 });
      const roster = (await svc.request<{ items: Enrolment[] }>(S.enrolmentList, { id })).items;
      expect(roster.map((e) => [e.traineeId, e.status])).toEqual([
        [people[5].id, 'enrolled'],
        [people[6].id, 'enrolled'],
        [people[7].id, 'waitlisted'],
      ]);
      const shrunk = await svc.requestError(S.courseUpdate, {
        ...fields,
        id,
        version: grown.version,
        capacity: 1,
      });
      expect(shrunk).toMatchObject({ status: 400, fields: [{ path: 'capacity' }] });
    });

    it('cancels with a reason, recording the courseCancelled event; a cancelled course cannot be reopened', async () => {
      const created = await svc.request<TrainingCourse>(S.courseCreate, course());
      const noReason = await svc.requestError(S.courseChangeStatus, {
        id: created.id,
        version: created.version,
        status: 'cancelled',
      });
      expect(noReason.fields?.[0].path).toBe('reason');
      const cancelled = await svc.request<TrainingCourse>(S.courseChangeStatus, {
        id: created.id,
        version: created.version,
        status: 'cancelled',
        reason: 'Trùng lịch họp HĐND',
      });
      expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Trùng lịch họp HĐND' });
      const events = await svc.orm.em.fork().find(OutboxEvent, { subject: 'training.course.cancelled' });
      expect(events.map((e) => (e.data as { courseId: string }).courseId)).toContain(created.id);
      const reopen = await svc.requestError(S.courseChangeStatus, {
        id: created.id,
        version: cancelled.version,
        status: 'open',
      });
      expect(reopen.status).toBe(409);
    });
  });

  describe('trainees and import', () => {
    it('refuses a second trainee with the same staff code (409)', async () => {
      const error = await svc.requestError(S.traineeCreate, trainee(1, { fullName: 'Người khác' }));
      expect(error).toMatchObject({
        status: 409,
        fields: [
          { path: 'staffCode', params: { rule: 'staffCodeTaken', staffCode: 'T-1', name: 'Nguyễn Thị 1' } },
        ],
      });
    });

    it('reports every row of a CSV and writes nothing when one row is bad', async () => {
      const before = await svc.orm.em.fork().count(TraineeEntity);
      const report = await svc.request<ImportReport>(S.traineeImport, {
        commit: true,
        file: csvFile(
          [
            'staffCode,fullName,gender,districtCode,commune,level,group,email',
            'CSV-1,Trần Văn An,nam,H-VUTHU,Xã Tân Lập,xa,cong chuc,',
            'CSV-2,"Lê Thị Bình, Hoa",female,H-VUTHU,,commune,civil-servant,bad-email',
            'T-1,Trùng mã,female,H-VUTHU,Xã Tân Lập,commune,cadre,',
            'CSV-1,Trùng trong tệp,male,H-VUTHU,Xã Tân Lập,commune,cadre,',
          ].join('\r\n'),
        ),
      });
      expect(report).toMatchObject({ accepted: 1, rejected: 3, written: 0, committed: false });
      expect(report.rows.map((r) => [r.row, r.accepted])).toEqual([
        [2, true],
        [3, false],
        [4, false],
        [5, false],
      ]);
      expect(report.rows[1].reasons.map((r) => r.field).sort()).toEqual(['commune', 'email']);
      expect(report.rows[1].fullName).toBe('Lê Thị Bình, Hoa');
      expect(report.rows[2].reasons[0]).toMatchObject({
        field: 'staffCode',
        params: { rule: 'staffCodeTaken', staffCode: 'T-1', name: 'Nguyễn Thị 1' },
      });
      expect(report.rows[3].reasons[0]).toMatchObject({
        field: 'staffCode',
        params: { rule: 'importSameStaffCode', row: 2 },
      });
      expect(await svc.orm.em.fork().count(TraineeEntity)).toBe(before);
    });

    it('checks an XLSX without writing, then commits it whole', async () => {
      const rows = [
        ['Mã cán bộ', 'Họ và tên', 'Giới tính', 'Huyện', 'Xã', 'Cấp', 'Đối tượng', 'Ngày sinh'],
        ...Array.from({ length: 12 }, (_, i) => [
          `XL-${i + 1}`,
          `Phạm Thị ${i + 1}`,
          i % 3 ? 'Nữ' : 'Nam',
          'H-TIENHAI',
          'Xã Nam Trung',
          'commune',
          'civil-servant',
          '1990-01-15',
        ]),
      ];
      const file = await xlsxFile(rows);
      const before = await svc.orm.em.fork().count(TraineeEntity);
      const check = await svc.request<ImportReport>(S.traineeImport, { file });
      expect(check).toMatchObject({ accepted: 12, rejected: 0, written: 0, committed: false });
      expect(await svc.orm.em.fork().count(TraineeEntity)).toBe(before);
      const done = await svc.request<ImportReport>(S.traineeImport, { file, commit: true });
      expect(done).toMatchObject({ accepted: 12, written: 12, committed: true });
      const listed = await svc.request<Page<Trainee>>(S.traineeList, { q: 'pham thi', pageSize: 50 });
      expect(listed.total).toBe(12);
      expect(listed.items.filter((t) => t.gender === 'male')).toHaveLength(4);
    });

    it('says what is wrong with a file it cannot read', async () => {
      const report = await svc.request<ImportReport>(S.traineeImport, { file: csvFile('x', 'notes.txt') });
      expect(report.fileError).toMatch(/csv or .xlsx/);
      expect(report.fileIssue).toMatchObject({ params: { rule: 'importFileType' } });
    });

    /** A list as a district office keeps it: Vietnamese headers, names not codes, blanks, dd/mm/yyyy. */
    const officeRows = [
      [
        'STT',
        'Mã cán bộ',
        'Họ và tên',
        'Ngày sinh',
        'Giới tính',
        'Cơ quan',
        'Huyện',
        'Xã, phường, thị trấn',
        'Cấp',
        'Đối tượng',
        'Chức vụ',
        'Điện thoại',
      ],
      [
        '1',
        'OF-01',
        'Nguyễn Thị Hoa',
        '17/05/1990',
        'Nữ',
        'Sở Nội vụ',
        '',
        '',
        'Cấp tỉnh',
        'Công chức',
        'Chuyên viên',
        '',
      ],
      [
        '2',
        'OF-02',
        'Trần Văn Bình',
        '3/9/1985',
        'Nam',
        '',
        'Huyện Kiến Xương',
        'Xã An Bình',
        'Cấp xã',
        'Cán bộ',
        '',
        '0912 345 678',
      ],
      [
        '3',
        'OF-03',
        'Lê Thu Trang',
        '1992-11-30',
        'nu',
        'so van hoa, the thao va du lich',
        '',
        '',
        'Province',
        'Public employee',
        '',
        '',
      ],
      [
        '4',
        'OF-04',
        'Phạm Minh Đức',
        '',
        'Nam',
        '',
        'Thái Thụy',
        'Thị trấn Diêm Điền',
        'Cấp xã',
        'Công chức',
        '',
        '',
      ],
    ];

    it('imports a file as an office writes it: Vietnamese headers and names, blank optional cells, dd/mm/yyyy', async () => {
      const file = await xlsxFile(officeRows);
      const report = await svc.request<ImportReport>(S.traineeImport, { file, commit: true });
      expect(report.rows.flatMap((r) => r.reasons)).toEqual([]);
      expect(report).toMatchObject({ accepted: 4, rejected: 0, written: 4, committed: true });
      const listed = await svc.request<Page<Trainee>>(S.traineeList, {
        q: 'OF-0',
        pageSize: 10,
        sort: 'staffCode',
      });
      const byCode = Object.fromEntries(listed.items.map((t) => [t.staffCode, t]));
      expect(byCode['OF-01']).toMatchObject({
        dateOfBirth: '1990-05-17',
        gender: 'female',
        agencyCode: 'SNV',
        districtCode: null,
        commune: null,
        level: 'province',
        group: 'civil-servant',
        phone: null,
      });
      expect(byCode['OF-02']).toMatchObject({
        dateOfBirth: '1985-09-03',
        agencyCode: null,
        districtCode: 'H-KIENXUONG',
        level: 'commune',
        group: 'cadre',
      });
      expect(byCode['OF-03']).toMatchObject({
        agencyCode: 'SVHTTDL',
        gender: 'female',
        group: 'public-employee',
      });
      expect(byCode['OF-04']).toMatchObject({ dateOfBirth: null, districtCode: 'H-THAITHUY' });
    });

    it('reports each bad cell by row and column, with its rule, and writes none of the file', async () => {
      const rows = [
        officeRows[0],
        [
          '1',
          'BAD-01',
          'Vũ Thị Lan',
          '31/02/1990',
          'Nữ',
          'Sở Không Có',
          '',
          '',
          'Cấp tỉnh',
          'Công chức',
          '',
          '',
        ],
        [
          '2',
          'BAD-02',
          'Đỗ Văn Hải',
          '12/12/1988',
          '',
          '',
          'Huyện Ngoài Tỉnh',
          'Xã A',
          'Cấp trung ương',
          'Công chức',
          '',
          '',
        ],
        [
          '3',
          'BAD-03',
          'Hoàng Thị Mai',
          '01/01/1991',
          'Nữ',
          'Sở Nội vụ',
          '',
          '',
          'Cấp tỉnh',
          'Viên chức',
          '',
          '',
        ],
      ];
      const before = await svc.orm.em.fork().count(TraineeEntity);
      const report = await svc.request<ImportReport>(S.traineeImport, {
        file: await xlsxFile(rows),
        commit: true,
      });
      expect(report).toMatchObject({ accepted: 1, rejected: 2, written: 0, committed: false });
      const cells = report.rows.map((r) => [
        r.row,
        r.reasons.map((x) => `${x.field}:${String(x.params?.rule ?? x.code)}`),
      ]);
      expect(cells).toEqual([
        [2, ['dateOfBirth:importDate', 'agencyCode:importUnknownUnit']],
        [3, ['gender:required', 'districtCode:importUnknownUnit', 'level:importOption']],
        [4, []],
      ]);
      expect(report.rows[0].reasons[0].params).toMatchObject({ value: '31/02/1990' });
      expect(report.rows[1].reasons[1].params).toMatchObject({ value: 'Huyện Ngoài Tỉnh', kind: 'district' });
      expect(await svc.orm.em.fork().count(TraineeEntity)).toBe(before);
    });
  });

  describe('enrolment, attendance, completion and certificates', () => {
    let c: TrainingCourse;
    const rosterOf = async () =>
      (await svc.request<{ items: Enrolment[] }>(S.enrolmentList, { id: c.id })).items;

    beforeAll(async () => {
      c = await svc.request<TrainingCourse>(S.courseCreate, course({ capacity: 3 }));
      c = await svc.request<TrainingCourse>(S.courseChangeStatus, {
        id: c.id,
        version: c.version,
        status: 'open',
      });
    });

    it('enrols within capacity and puts the rest on the waitlist in order, not an error', async () => {
      const single = await svc.request<{ enrolled: number }>(S.enrolmentCreate, {
        id: c.id,
        traineeIds: [people[0].id],
      });
      expect(single.enrolled).toBe(1);
      const bulk = await svc.request<{ enrolled: number; waitlisted: number; items: Enrolment[] }>(
        S.enrolmentCreate,
        { id: c.id, traineeIds: people.slice(1, 5).map((p) => p.id) },
      );
      expect(bulk).toMatchObject({ enrolled: 2, waitlisted: 2 });
      const roster = await rosterOf();
      expect(roster.map((e) => e.status)).toEqual([
        'enrolled',
        'enrolled',
        'enrolled',
        'waitlisted',
        'waitlisted',
      ]);
      expect((await svc.request<TrainingCourse>(S.courseGet, { id: c.id })).waitlistCount).toBe(2);
    });

    it('refuses the same person twice with 409, and an unknown trainee with 400', async () => {
      const twice = await svc.requestError(S.enrolmentCreate, {
        id: c.id,
        traineeIds: [people[5].id, people[0].id],
      });
      // The refusal names who is already on the course, and how, for the console to say so.
      expect(twice).toMatchObject({
        status: 409,
        fields: [
          {
            path: 'traineeIds.1',
            params: {
              rule: 'alreadyEnrolled',
              name: people[0].fullName,
              staffCode: people[0].staffCode,
              enrolmentStatus: 'enrolled',
            },
          },
        ],
      });
      const unknown = await svc.requestError(S.enrolmentCreate, {
        id: c.id,
        traineeIds: ['8a1f0c1e-4c9e-4d7b-9a51-0d2f3c4b5a69'],
      });
      expect(unknown).toMatchObject({ status: 400, fields: [{ path: 'traineeIds.0' }] });
    });

    it('promotes the first on the waitlist when an enrolled trainee withdraws', async () => {
      const roster = await rosterOf();
      const result = await svc.request<{ promoted: Enrolment | null }>(S.enrolmentWithdraw, {
        id: c.id,
        enrolmentId: roster[1].id,
      });
      expect(result.promoted?.traineeId).toBe(people[3].id);
      const after = await rosterOf();
      expect(after.map((e) => [e.traineeId, e.status])).toEqual([
        [people[0].id, 'enrolled'],
        [people[1].id, 'withdrawn'],
        [people[2].id, 'enrolled'],
        [people[3].id, 'enrolled'],
        [people[4].id, 'waitlisted'],
      ]);
      const course = await svc.request<TrainingCourse>(S.courseGet, { id: c.id });
      expect(course).toMatchObject({ enrolledCount: 3, waitlistCount: 1 });
    });

    it('records attendance and scores, completes the course by the rule and numbers the certificates', async () => {
      const enrolled = (await rosterOf()).filter((e) => e.status === 'enrolled');
      const [a, b, d] = enrolled;
      const badSession = await svc.requestError(S.attendanceRecord, {
        id: c.id,
        marks: [{ enrolmentId: a.id, session: 5, mark: 'present' }],
      });
      expect(badSession.fields?.[0].path).toBe('marks.0.session');
      await svc.request(S.attendanceRecord, {
        id: c.id,
        marks: [
          { enrolmentId: a.id, session: 0, mark: 'present' },
          { enrolmentId: a.id, session: 1, mark: 'late' },
          { enrolmentId: b.id, session: 0, mark: 'present' },
          { enrolmentId: b.id, session: 1, mark: 'excused' },
          { enrolmentId: d.id, session: 0, mark: 'present' },
          { enrolmentId: d.id, session: 1, mark: 'present' },
        ],
      });
      const scored = await svc.request<{ items: Enrolment[] }>(S.scoresRecord, {
        id: c.id,
        scores: [
          { enrolmentId: a.id, score: 8.5 },
          { enrolmentId: b.id, score: 9 },
          { enrolmentId: d.id, score: 4.5 },
        ],
      });
      expect(scored.items.find((e) => e.id === a.id)).toMatchObject({
        attendance: ['present', 'late'],
        score: 8.5,
      });

      let current = await svc.request<TrainingCourse>(S.courseGet, { id: c.id });
      current = await svc.request<TrainingCourse>(S.courseChangeStatus, {
        id: c.id,
        version: current.version,
        status: 'in-progress',
      });
      const done = await svc.request<TrainingCourse>(S.courseChangeStatus, {
        id: c.id,
        version: current.version,
        status: 'completed',
      });
      expect(done.status).toBe('completed');
      const results = await rosterOf();
      const byId = new Map(results.map((e) => [e.id, e]));
      expect(byId.get(a.id)).toMatchObject({
        result: 'passed',
        certificateNo: expect.stringMatching(/^CC-2024-\d{6}$/),
      });
      expect(byId.get(b.id)).toMatchObject({ result: 'failed', certificateNo: null }); // 1 of 2 sessions < 80 %
      expect(byId.get(d.id)).toMatchObject({ result: 'failed', certificateNo: null }); // score 4.5 < 5
      expect(results.find((e) => e.status === 'waitlisted')?.result).toBeNull();

      const events = await svc.orm.em.fork().find(OutboxEvent, { subject: 'training.course.completed' });
      const mine = events.map((e) => e.data as Record<string, unknown>).find((d) => d.courseId === c.id);
      expect(mine).toMatchObject({
        code: c.code,
        titleVi: 'Bồi dưỡng kiến thức hội nhập quốc tế cho cán bộ cấp xã',
        agencyCode: 'SNV',
        topic: 'international-integration',
        targetLevel: 'commune',
        year: 2024,
        trained: { total: 3 },
        completed: { total: 1 },
        communeTrained: 3,
        certificatesIssued: 1,
      });

      const pdf = await svc.request<{ fileName: string; contentType: string; base64: string }>(
        S.certificateGet,
        {
          id: c.id,
          enrolmentId: a.id,
        },
      );
      expect(pdf.contentType).toBe('application/pdf');
      expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.fileName).toBe(`${byId.get(a.id)?.certificateNo}.pdf`);
      const none = await svc.requestError(S.certificateGet, { id: c.id, enrolmentId: b.id });
      expect(none.status).toBe(409);

      // A completed course is closed: no edits, no roster changes.
      const edit = await svc.requestError(S.courseUpdate, {
        ...course({ code: done.code }),
        id: c.id,
        version: done.version,
      });
      expect(edit).toMatchObject({
        status: 409,
        message: expect.stringMatching(/completed course can no longer be edited/),
      });
      const enrolLate = await svc.requestError(S.enrolmentCreate, { id: c.id, traineeIds: [people[6].id] });
      expect(enrolLate.status).toBe(409);
    });

    it("reads the roster, attendance, scores and every status change in the course's history, by name", async () => {
      const history = await svc.request<Page<AuditEntry>>(S.courseHistory, {
        id: c.id,
        page: 1,
        pageSize: 50,
      });
      const changed = (field: string) => history.items.filter((e) => field in e.changes);
      const [a] = (await rosterOf()).filter((e) => e.status === 'enrolled');

      const attendance = changed('attendance');
      expect(attendance).toHaveLength(1);
      expect(attendance[0].changes.attendance.after).toContainEqual({
        staffCode: a.staffCode,
        fullName: a.fullName,
        session: 2,
        date: '2024-05-07',
        mark: 'late',
      });
      expect(attendance[0].changes.attendance.before).toContainEqual(
        expect.objectContaining({ staffCode: a.staffCode, session: 2, mark: null }),
      );

      const scores = changed('scores');
      expect(scores).toHaveLength(1);
      expect(scores[0].changes.scores.before).toContainEqual({
        staffCode: a.staffCode,
        fullName: a.fullName,
        score: null,
      });
      expect(scores[0].changes.scores.after).toContainEqual({
        staffCode: a.staffCode,
        fullName: a.fullName,
        score: 8.5,
      });

      // Newest first: every step of the workflow, the last carrying each trainee's result.
      expect(changed('status').map((e) => e.changes.status)).toEqual([
        { before: 'in-progress', after: 'completed' },
        { before: 'open', after: 'in-progress' },
        { before: 'planned', after: 'open' },
        { after: 'planned' },
      ]);
      expect(changed('status')[0].changes.results.after).toContainEqual(
        expect.objectContaining({ staffCode: a.staffCode, result: 'passed' }),
      );

      const roster = changed('enrolments').flatMap((e) => [
        ...((e.changes.enrolments.after as { fullName: string; status: string }[]) ?? []),
      ]);
      expect(roster).toContainEqual({ staffCode: 'T-2', fullName: 'Nguyễn Thị 2', status: 'withdrawn' });
      expect(JSON.stringify(history.items)).not.toContain(people[0].id);
    });

    it('gives unique, gap-free certificate numbers when many courses complete at once', async () => {
      const courses: TrainingCourse[] = [];
      for (let i = 0; i < 6; i++) {
        let x = await svc.request<TrainingCourse>(
          S.courseCreate,
          course({ startDate: '2023-09-04', endDate: '2023-09-05', sessions: [], capacity: 10 }),
        );
        x = await svc.request<TrainingCourse>(S.courseChangeStatus, {
          id: x.id,
          version: x.version,
          status: 'open',
        });
        const res = await svc.request<{ items: Enrolment[] }>(S.enrolmentCreate, {
          id: x.id,
          traineeIds: people.slice(0, 4).map((p) => p.id),
        });
        await svc.request(S.scoresRecord, {
          id: x.id,
          scores: res.items.map((e) => ({ enrolmentId: e.id, score: 7 })),
        });
        x = await svc.request<TrainingCourse>(S.courseGet, { id: x.id });
        courses.push(
          await svc.request<TrainingCourse>(S.courseChangeStatus, {
            id: x.id,
            version: x.version,
            status: 'in-progress',
          }),
        );
      }
      await Promise.all(
        courses.map((x) =>
          svc.request(S.courseChangeStatus, { id: x.id, version: x.version, status: 'completed' }),
        ),
      );
      const numbers: string[] = [];
      for (const x of courses) {
        const roster = (await svc.request<{ items: Enrolment[] }>(S.enrolmentList, { id: x.id })).items;
        numbers.push(...roster.map((e) => e.certificateNo ?? 'none'));
      }
      expect(numbers).toHaveLength(24);
      expect(new Set(numbers).size).toBe(24);
      expect(numbers.map((n) => Number(n.slice(-6))).sort((p, q) => p - q)).toEqual(
        Array.from({ length: 24 }, (_, i) => i + 1),
      );
    });
  });

  describe('statistics', () => {
    it('counts people trained by year, topic, level, group and gender in SQL, with the commune share', async () => {
      const stats = await svc.request<TrainingStats>(S.statsGet, { yearFrom: 2024, yearTo: 2024 });
      expect(stats.totals).toMatchObject({ trained: 3, completed: 1, communeTrained: 3, communeShare: 1 });
      expect(stats.totals.completionRate).toBeCloseTo(1 / 3);
      const sum = (rows: TrainingStats['rows']) => rows.reduce((s, r) => s + r.trained, 0);
      expect(sum(stats.rows.filter((r) => r.gender === 'female'))).toBe(2);
      const y2023 = await svc.request<TrainingStats>(S.statsGet, {
        yearFrom: 2023,
        yearTo: 2023,
        gender: 'male',
      });
      expect(y2023.totals).toMatchObject({ trained: 12, completed: 12 });
      const none = await svc.request<TrainingStats>(S.statsGet, { topic: 'it' });
      expect(none.totals).toMatchObject({ trained: 0, communeShare: 0, completionRate: 0 });
    });

    it('exports the filtered statistics as CSV and XLSX', async () => {
      const csv = await svc.request<{ fileName: string; base64: string }>(S.statsExport, {
        yearFrom: 2024,
        yearTo: 2024,
        format: 'csv',
      });
      const bytes = Buffer.from(csv.base64, 'base64');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so Excel reads UTF-8
      const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
      expect(lines[0]).toBe('year,topic,level,group,gender,agencyCode,trained,completed');
      expect(lines.slice(1).every((l) => l.startsWith('2024,'))).toBe(true);
      const xlsx = await svc.request<{ fileName: string; base64: string }>(S.statsExport, {
        yearFrom: 2023,
        yearTo: 2023,
        format: 'xlsx',
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0];
      // A person's workbook: a title, then labels for headers and values, grouped counts, set widths.
      expect(String(sheet.getRow(1).getCell(1).value)).toMatch(/^THỐNG KÊ ĐÀO TẠO.* 2023$/);
      expect(sheet.getRow(3).values).toEqual([
        undefined,
        'Năm',
        'Chủ đề',
        'Cấp',
        'Đối tượng',
        'Giới tính',
        'Cơ quan tổ chức',
        'Lượt người được đào tạo',
        'Hoàn thành',
      ]);
      const data = sheet.getRows(4, sheet.rowCount - 3) ?? [];
      expect(data.length).toBeGreaterThan(0);
      const codes =
        /^(international-integration|foreign-affairs|it|commune|district|province|cadre|civil-servant|female|male|SNV|[A-Z]{2,}(-[A-Z]+)?)$/;
      for (const row of data) {
        for (const col of [2, 3, 4, 5, 6]) expect(String(row.getCell(col).value)).not.toMatch(codes);
      }
      expect(data.map((row) => row.getCell(5).value)).toContain('Nam');
      expect(sheet.getColumn(7).numFmt).toBe('#,##0');
      expect(sheet.getColumn(6).width).toBeGreaterThanOrEqual(30);
      expect(data.reduce((sum, row) => sum + Number(row.getCell(7).value), 0)).toBe(24);

      const english = await svc.request<{ base64: string }>(S.statsExport, {
        yearFrom: 2023,
        yearTo: 2023,
        format: 'xlsx',
        lang: 'en',
      });
      const en = new ExcelJS.Workbook();
      await en.xlsx.load(Buffer.from(english.base64, 'base64') as unknown as ArrayBuffer);
      expect(en.worksheets[0].getRow(3).getCell(2).value).toBe('Topic');
      const genders = (en.worksheets[0].getRows(4, en.worksheets[0].rowCount - 3) ?? []).map(
        (row) => row.getCell(5).value,
      );
      expect(new Set(genders)).toEqual(new Set(['Male', 'Female']));
    });

    it("shows an agency's viewer only its own agency's figures, and refuses the registry to other agencies", async () => {
      const culture = await svc.request<TrainingStats>(S.statsGet, {}, TEST_CALLERS.cultureViewer);
      expect(culture.totals.trained).toBe(0);
      expect(await svc.requestError(S.traineeList, {}, TEST_CALLERS.cultureViewer)).toMatchObject({
        status: 403,
      });
      expect(
        await svc.requestError(S.traineeImport, { file: csvFile('a') }, TEST_CALLERS.cultureEditor),
      ).toMatchObject({
        status: 403,
      });
      const hae = await svc.request<Page<Trainee>>(S.traineeList, {}, TEST_CALLERS.homeAffairsEditor);
      expect(hae.total).toBeGreaterThan(0);
    });
  });

  describe('workflow guards: dates in the province and the enrolment window', () => {
    // A course ten days ahead of today in Thái Bình, with its two sessions on its first two days.
    const ahead = (days: number) => addDays(provinceToday(), days);
    let c: TrainingCourse;
    const historyOf = async (id: string) =>
      (await svc.request<Page<AuditEntry>>(S.courseHistory, { id, page: 1, pageSize: 100 })).items;

    beforeAll(async () => {
      c = await svc.request<TrainingCourse>(
        S.courseCreate,
        course({
          startDate: ahead(10),
          endDate: ahead(12),
          sessions: [
            { date: ahead(10), topic: 'Tổng quan về ASEAN' },
            { date: ahead(11), topic: 'Hội nhập quốc tế ở cấp xã' },
          ],
        }),
      );
    });

    it('refuses enrolment while the course is planned, naming the rule, and enrols nobody', async () => {
      const refused = await svc.requestError(S.enrolmentCreate, { id: c.id, traineeIds: [people[0].id] });
      expect(refused).toMatchObject({
        status: 409,
        fields: [{ path: 'id', params: { rule: 'enrolmentNotOpen', status: 'planned' } }],
      });
      expect((await svc.request<{ items: Enrolment[] }>(S.enrolmentList, { id: c.id })).items).toEqual([]);
      // Even an override does not enrol in a planned course: it must be opened first.
      const overridden = await svc.requestError(S.enrolmentCreate, {
        id: c.id,
        traineeIds: [people[0].id],
        override: true,
        overrideReason: 'Nhập muộn',
      });
      expect(overridden).toMatchObject({ status: 409, fields: [{ params: { rule: 'enrolmentNotOpen' } }] });
      c = await svc.request<TrainingCourse>(S.courseChangeStatus, {
        id: c.id,
        version: c.version,
        status: 'open',
      });
      const enrolled = await svc.request<{ enrolled: number }>(S.enrolmentCreate, {
        id: c.id,
        traineeIds: [people[0].id, people[1].id],
      });
      expect(enrolled.enrolled).toBe(2);
      // Enrolling changed the course's counts under its version.
      c = await svc.request<TrainingCourse>(S.courseGet, { id: c.id });
    });

    it('refuses to start the course before its start date; nothing changes and nothing is recorded', async () => {
      const before = await historyOf(c.id);
      const refused = await svc.requestError(S.courseChangeStatus, {
        id: c.id,
        version: c.version,
        status: 'in-progress',
      });
      expect(refused).toMatchObject({
        status: 409,
        fields: [{ path: 'status', params: { rule: 'courseNotStarted', startDate: ahead(10) } }],
      });
      expect(await svc.request<TrainingCourse>(S.courseGet, { id: c.id })).toMatchObject({
        status: 'open',
        version: c.version,
      });
      expect(await historyOf(c.id)).toHaveLength(before.length);

      // An override must give its reason (400 naming the field).
      const noReason = await svc.requestError(S.courseChangeStatus, {
        id: c.id,
        version: c.version,
        status: 'in-progress',
        override: true,
      });
      expect(noReason).toMatchObject({
        status: 400,
        fields: [{ path: 'overrideReason', params: { rule: 'overrideReasonRequired' } }],
      });
    });

    it('refuses attendance of a session before its date, recording no mark', async () => {
      const [first] = (await svc.request<{ items: Enrolment[] }>(S.enrolmentList, { id: c.id })).items;
      const refused = await svc.requestError(S.attendanceRecord, {
        id: c.id,
        marks: [{ enrolmentId: first.id, session: 1, mark: 'present' }],
      });
      expect(refused).toMatchObject({
        status: 409,
        fields: [{ path: 'marks.0.session', params: { rule: 'sessionNotYet', date: ahead(11), session: 2 } }],
      });
      const roster = (await svc.request<{ items: Enrolment[] }>(S.enrolmentList, { id: c.id })).items;
      expect(roster.find((e) => e.id === first.id)?.attendance.filter(Boolean)).toEqual([]);
    });

    it("starts the course and takes attendance early only by an editor's override, whose reason is in the history", async () => {
      const started = await svc.request<TrainingCourse>(
        S.courseChangeStatus,
        {
          id: c.id,
          version: c.version,
          status: 'in-progress',
          override: true,
          overrideReason: 'Lớp học dời lên sớm theo công văn 12/SNV',
        },
        TEST_CALLERS.homeAffairsEditor,
      );
      expect(started.status).toBe('in-progress');
      const [first] = (await svc.request<{ items: Enrolment[] }>(S.enrolmentList, { id: c.id })).items;
      const marked = await svc.request<{ items: Enrolment[] }>(
        S.attendanceRecord,
        {
          id: c.id,
          marks: [{ enrolmentId: first.id, session: 0, mark: 'present' }],
          override: true,
          overrideReason: 'Điểm danh buổi học bù đã diễn ra',
        },
        TEST_CALLERS.homeAffairsEditor,
      );
      expect(marked.items.find((e) => e.id === first.id)?.attendance[0]).toBe('present');
      const reasons = (await historyOf(c.id)).map((entry) => entry.changes.overrideReason?.after);
      expect(reasons).toEqual(
        expect.arrayContaining([
          'Lớp học dời lên sớm theo công văn 12/SNV',
          'Điểm danh buổi học bù đã diễn ra',
        ]),
      );
      // A late enrolment in a course in progress: also only with a reason, kept in the history.
      const late = await svc.requestError(S.enrolmentCreate, { id: c.id, traineeIds: [people[2].id] });
      expect(late).toMatchObject({
        status: 409,
        fields: [{ params: { rule: 'enrolmentNotOpen', overridable: true } }],
      });
      await svc.request(S.enrolmentCreate, {
        id: c.id,
        traineeIds: [people[2].id],
        override: true,
        overrideReason: 'Bổ sung học viên theo quyết định 45',
      });
      expect((await historyOf(c.id)).map((entry) => entry.changes.overrideReason?.after)).toContain(
        'Bổ sung học viên theo quyết định 45',
      );
    });
  });

  it('builds the demo province quickly and consistently: 2017–2025, districts, certificates unique', async () => {
    const started = Date.now();
    const data = buildDemoData();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(data.courses.length).toBeGreaterThanOrEqual(55);
    expect(new Set(data.courses.map((x) => x.startDate.slice(0, 4)))).toEqual(
      new Set(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']),
    );
    const numbers = data.enrolments.map((e) => e.certificateNo).filter(Boolean);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(await svc.orm.em.fork().count(CourseEntity)).toBeGreaterThan(0);
  });
});

describe.each(testDatabaseKinds())('training demo data on %s', (kind) => {
  let svc: ServiceHarness;
  let startedIn = 0;

  beforeAll(async () => {
    process.env.SEED_DEMO_DATA = 'true';
    const started = Date.now();
    try {
      svc = await startServiceHarness('training', AppModule, kind);
    } finally {
      delete process.env.SEED_DEMO_DATA;
    }
    startedIn = Date.now() - started;
  });
  afterAll(() => svc?.stop());

  it('seeds the empty database at start, quickly, with figures the statistics can answer', async () => {
    expect(startedIn).toBeLessThan(10_000);
    const courses = await svc.request<Page<TrainingCourse>>(S.courseList, { pageSize: 1 });
    expect(courses.total).toBeGreaterThanOrEqual(55);
    const trainees = await svc.request<Page<Trainee>>(S.traineeList, { pageSize: 1 });
    expect(trainees.total).toBe(400);
    const y2024 = await svc.request<TrainingStats>(S.statsGet, {
      yearFrom: 2024,
      yearTo: 2024,
      topic: 'international-integration',
      level: 'commune',
    });
    expect(y2024.rows.every((r) => r.year === 2024 && r.level === 'commune')).toBe(true);
    const all = await svc.request<TrainingStats>(S.statsGet, {});
    expect(all.totals.trained).toBeGreaterThan(500);
    expect(all.totals.communeShare).toBeGreaterThan(0);
    expect(all.totals.completionRate).toBeGreaterThan(0.3);
  });

  it('writes one training.course.completed per completed course, titled as the course', async () => {
    const em = svc.orm.em.fork();
    const events = (await em.find(OutboxEvent, { subject: 'training.course.completed' })).map(
      (e) => e.data as { courseId: string; code: string; titleVi?: string },
    );
    const completed = await em.find(CourseEntity, { status: 'completed' });
    expect(events).toHaveLength(completed.length);
    const byId = new Map(events.map((e) => [e.courseId, e]));
    for (const course of completed)
      expect(byId.get(course.id)).toMatchObject({ code: course.code, titleVi: course.titleVi });
  });
});
