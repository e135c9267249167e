import { randomUUID } from 'node:crypto';
import {
  COUNT_CAP,
  type CreateTrainingCourse,
  type Page,
  TRAINING_SUBJECTS,
  type TrainingCourse as TrainingCourseDto,
  type AuditEntry,
} from '@ascc/contracts';
import { AuditRecord } from '@ascc/service-kit';
import { type ServiceHarness, TEST_CALLERS, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { TrainingCourse } from '../training-course.entity';

const course = (overrides: Partial<CreateTrainingCourse> = {}): CreateTrainingCourse => ({
  code: 'BD-2024-01',
  titleVi: 'Bồi dưỡng kiến thức hội nhập quốc tế cho cán bộ cấp xã',
  titleEn: 'International integration for commune-level staff',
  topic: 'international-integration',
  targetLevel: 'commune',
  agencyCode: 'SNV',
  startDate: '2024-03-04',
  endDate: '2024-03-08',
  capacity: 60,
  costEstimate: 125_000_000,
  ...overrides,
});

describe.each(testDatabaseKinds())('training service on %s', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('training', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it('has committed migrations that match the entities exactly', async () => {
    const drift = await svc.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(drift.trim()).toBe('');
  });

  it('creates a course, defaulting the plan area to III.8, and reads it back by id', async () => {
    const created = await svc.request<TrainingCourseDto>(TRAINING_SUBJECTS.courseCreate, course());
    expect(created).toMatchObject({ code: 'BD-2024-01', planArea: 'III.8', status: 'planned', version: 1 });
    expect(created.costEstimate).toBe(125_000_000);
    const read = await svc.request<TrainingCourseDto>(TRAINING_SUBJECTS.courseGet, { id: created.id });
    expect(read).toEqual(created);
  });

  it('reads a course in the list and by id exactly as written: JSON fields, money, dates, nulls (lean rows)', async () => {
    const written = await svc.request<TrainingCourseDto>(
      TRAINING_SUBJECTS.courseCreate,
      course({
        code: 'LEAN-01',
        topic: 'foreign-language',
        language: 'en',
        districtCode: 'H-VUTHU',
        costEstimate: 987_654_321_012,
        trainers: ['Nguyễn Văn A', 'Trần Thị B'],
        sessions: [{ date: '2024-03-04', topic: 'Mở đầu' }],
      }),
    );
    expect(written).toMatchObject({
      trainers: ['Nguyễn Văn A', 'Trần Thị B'],
      costEstimate: 987_654_321_012,
    });
    const byId = await svc.request<TrainingCourseDto>(TRAINING_SUBJECTS.courseGet, { id: written.id });
    expect(byId).toEqual(written);
    const listed = await svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, { q: 'LEAN-01' });
    expect(listed.items).toEqual([written]);
    // The entity as MikroORM hydrates it holds the same values.
    const entity = await svc.orm.em.fork().findOneOrFail(TrainingCourse, { id: written.id });
    expect(entity.sessions).toEqual(byId.sessions);
    expect(entity.updatedAt.toISOString()).toBe(byId.updatedAt);
    // The lists below count every course.
    await svc.orm.em.fork().nativeDelete(TrainingCourse, { id: written.id });
  });

  it('refuses a duplicate code with 409 naming the field, and writes nothing', async () => {
    const error = await svc.requestError(TRAINING_SUBJECTS.courseCreate, course({ titleVi: 'Khác' }));
    expect(error).toMatchObject({ code: 'CONFLICT', status: 409, fields: [{ path: 'code' }] });
    expect(await svc.orm.em.fork().count(TrainingCourse, { code: 'BD-2024-01' })).toBe(1);
  });

  it('refuses bad input with 400 naming each field, and writes nothing', async () => {
    const before = await svc.orm.em.fork().count(TrainingCourse);
    const error = await svc.requestError(
      TRAINING_SUBJECTS.courseCreate,
      course({ code: 'BD-BAD', endDate: '2024-03-01', capacity: 0 }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.status).toBe(400);
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['capacity', 'endDate']);
    const endBeforeStart = await svc.requestError(
      TRAINING_SUBJECTS.courseCreate,
      course({ code: 'BD-BAD', endDate: '2024-03-01' }),
    );
    expect(endBeforeStart.fields).toEqual([expect.objectContaining({ path: 'endDate', code: 'custom' })]);
    expect(await svc.orm.em.fork().count(TrainingCourse)).toBe(before);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await svc.requestError(TRAINING_SUBJECTS.courseGet, {
      id: '8a1f0c1e-4c9e-4d7b-9a51-0d2f3c4b5a69',
    });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    const malformed = await svc.requestError(TRAINING_SUBJECTS.courseGet, { id: 'nope' });
    expect(malformed).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'id' }] });
  });

  it('lists with pagination, sorting, filters and diacritics-insensitive search done in the database', async () => {
    for (let i = 1; i <= 5; i++) {
      await svc.request(
        TRAINING_SUBJECTS.courseCreate,
        course({
          code: `TA-${i}`,
          titleVi: `Tiếng Anh giao tiếp khóa ${i}`,
          titleEn: `English course ${i}`,
          topic: 'foreign-language',
          language: 'en',
          targetLevel: i % 2 ? 'district' : 'province',
          startDate: `2024-0${i}-10`,
          endDate: `2024-0${i}-20`,
        }),
      );
    }
    const page1 = await svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, {
      topic: 'foreign-language',
      sort: 'startDate',
      order: 'asc',
      pageSize: 2,
      page: 1,
    });
    expect(page1.total).toBe(5);
    expect(page1.items.map((c) => c.code)).toEqual(['TA-1', 'TA-2']);
    const page3 = await svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, {
      topic: 'foreign-language',
      sort: 'startDate',
      order: 'asc',
      pageSize: 2,
      page: 3,
    });
    expect(page3.items.map((c) => c.code)).toEqual(['TA-5']);

    const district = await svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, {
      targetLevel: 'district',
    });
    expect(district.items.map((c) => c.code).sort()).toEqual(['TA-1', 'TA-3', 'TA-5']);

    const search = await svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, {
      q: 'tieng anh KHOA 4',
    });
    expect(search.items.map((c) => c.code)).toEqual(['TA-4']);

    const badSort = await svc.requestError(TRAINING_SUBJECTS.courseList, { sort: 'searchText' });
    expect(badSort).toMatchObject({ status: 400, fields: [{ path: 'sort' }] });
  });

  it('counts at most COUNT_CAP matching rows and says so, while still paging through them', async () => {
    const rows = Array.from({ length: COUNT_CAP + 5 }, (_, i) => ({
      ...course({ code: `BULK-${i}`, topic: 'political-theory' }),
      id: randomUUID(),
      version: 1,
      planArea: 'III.8' as const,
      status: 'planned' as const,
      createdAt: new Date(),
      updatedAt: new Date(),
      searchText: `bulk-${i}`,
    }));
    await svc.orm.em.fork().insertMany(TrainingCourse, rows);
    const many = await svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, {
      topic: 'political-theory',
    });
    expect(many).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(many.items).toHaveLength(20);
    const few = await svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, {
      topic: 'foreign-language',
    });
    expect(few).toMatchObject({ total: 5, totalCapped: false });
  });

  describe('permissions and audit', () => {
    it('refuses a message with no caller (401), and a role or agency the table does not allow (403), writing nothing', async () => {
      const before = await svc.orm.em.fork().count(TrainingCourse);
      expect(await svc.requestError(TRAINING_SUBJECTS.courseList, {}, null)).toMatchObject({ status: 401 });
      const cultureViewer = await svc.requestError(
        TRAINING_SUBJECTS.courseCreate,
        course({ code: 'X-1', agencyCode: 'SVHTTDL' }),
        TEST_CALLERS.cultureViewer,
      );
      expect(cultureViewer).toMatchObject({ code: 'FORBIDDEN', status: 403 });
      // Any agency's editor runs courses of its own agency only (Home Affairs keeps all of them).
      const forAnotherAgency = await svc.requestError(
        TRAINING_SUBJECTS.courseCreate,
        course({ code: 'X-2', agencyCode: 'SYT' }),
        TEST_CALLERS.foreignAffairsEditor,
      );
      expect(forAnotherAgency).toMatchObject({ code: 'FORBIDDEN', status: 403 });
      expect(await svc.orm.em.fork().count(TrainingCourse)).toBe(before);
    });

    it("shows an agency's viewers only their agency's courses, and another agency's course by id is not found", async () => {
      const snvCourse = await svc.request<TrainingCourseDto>(
        TRAINING_SUBJECTS.courseCreate,
        course({ code: 'SNV-OWN-1' }),
        TEST_CALLERS.homeAffairsEditor,
      );
      const cultureView = await svc.request<Page<TrainingCourseDto>>(
        TRAINING_SUBJECTS.courseList,
        {},
        TEST_CALLERS.cultureViewer,
      );
      expect(cultureView.total).toBe(0);
      const askedForSnv = await svc.requestError(
        TRAINING_SUBJECTS.courseList,
        { agencyCode: 'SNV' },
        TEST_CALLERS.cultureViewer,
      );
      expect(askedForSnv).toMatchObject({ status: 403 });
      const byId = await svc.requestError(
        TRAINING_SUBJECTS.courseGet,
        { id: snvCourse.id },
        TEST_CALLERS.cultureViewer,
      );
      // Answered exactly as an id of no course: the same code and words.
      expect(byId).toEqual({
        code: 'NOT_FOUND',
        status: 404,
        message: `Training course ${snvCourse.id} was not found`,
        correlationId: expect.any(String),
      });
      const coordinator = await svc.request<TrainingCourseDto>(
        TRAINING_SUBJECTS.courseGet,
        { id: snvCourse.id },
        TEST_CALLERS.coordinator,
      );
      expect(coordinator.id).toBe(snvCourse.id);
    });

    it("lets Foreign Affairs' editor run a course of its own, not edit Home Affairs' one; Home Affairs reads and edits both", async () => {
      const fa = TEST_CALLERS.foreignAffairsEditor;
      const own = await svc.request<TrainingCourseDto>(
        TRAINING_SUBJECTS.courseCreate,
        course({ code: 'SNGV-OWN-1', agencyCode: 'SNGV' }),
        fa,
      );
      expect(own).toMatchObject({ agencyCode: 'SNGV', status: 'planned' });
      const opened = await svc.request<TrainingCourseDto>(
        TRAINING_SUBJECTS.courseChangeStatus,
        { id: own.id, version: own.version, status: 'open' },
        fa,
      );
      expect(opened.status).toBe('open');
      const homeAffairs = await svc.request<TrainingCourseDto>(
        TRAINING_SUBJECTS.courseCreate,
        course({ code: 'SNV-OWN-2' }),
        TEST_CALLERS.homeAffairsEditor,
      );
      const {
        id,
        version,
        status,
        enrolledCount,
        waitlistCount,
        createdAt,
        updatedAt,
        cancelReason,
        ...fields
      } = homeAffairs;
      void [status, enrolledCount, waitlistCount, createdAt, updatedAt, cancelReason];
      const edit = await svc.requestError(
        TRAINING_SUBJECTS.courseUpdate,
        { ...fields, id, version, titleVi: 'Đổi bởi Sở Ngoại vụ' },
        fa,
      );
      expect(edit).toMatchObject({ code: 'NOT_FOUND', status: 404 });
      const faList = await svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, {}, fa);
      expect(faList.items.map((c) => c.agencyCode)).toEqual(['SNGV']);
      // Home Affairs keeps its view of every agency's training, and may edit it.
      const haList = await svc.request<Page<TrainingCourseDto>>(
        TRAINING_SUBJECTS.courseList,
        { agencyCode: 'SNGV' },
        TEST_CALLERS.homeAffairsEditor,
      );
      expect(haList.items.map((c) => c.id)).toEqual([own.id]);
      const edited = await svc.request<TrainingCourseDto>(
        TRAINING_SUBJECTS.courseUpdate,
        {
          ...fields,
          code: own.code,
          agencyCode: 'SNGV',
          id: own.id,
          version: opened.version,
          titleVi: 'Sửa bởi Sở Nội vụ',
        },
        TEST_CALLERS.homeAffairsEditor,
      );
      expect(edited).toMatchObject({ agencyCode: 'SNGV', titleVi: 'Sửa bởi Sở Nội vụ' });
    });

    it('records who created a course, of which agency, with the fields, in its history', async () => {
      const created = await svc.request<TrainingCourseDto>(
        TRAINING_SUBJECTS.courseCreate,
        course({ code: 'AUD-1' }),
        TEST_CALLERS.homeAffairsEditor,
      );
      const history = await svc.request<Page<AuditEntry>>(
        TRAINING_SUBJECTS.courseHistory,
        { id: created.id },
        TEST_CALLERS.homeAffairsEditor,
      );
      expect(history.items).toHaveLength(1);
      expect(history.items[0]).toMatchObject({
        action: 'create',
        entity: 'TrainingCourse',
        entityId: created.id,
        username: 'snv.editor',
        agencyCode: 'SNV',
      });
      expect(history.items[0].changes.code).toEqual({ after: 'AUD-1' });
      expect(
        await svc.requestError(
          TRAINING_SUBJECTS.courseHistory,
          { id: created.id },
          TEST_CALLERS.cultureViewer,
        ),
      ).toMatchObject({
        status: 404,
      });
    });

    it('lets only administrators search the audit log', async () => {
      const found = await svc.request<Page<AuditEntry>>(TRAINING_SUBJECTS.auditList, {
        username: 'snv.editor',
      });
      expect(found.total).toBeGreaterThanOrEqual(2);
      expect(found.items.every((e) => e.username === 'snv.editor')).toBe(true);
      expect(
        await svc.requestError(TRAINING_SUBJECTS.auditList, {}, TEST_CALLERS.homeAffairsEditor),
      ).toMatchObject({ status: 403 });
    });

    it('keeps the audit log append-only in the database itself', async () => {
      const em = svc.orm.em.fork();
      const before = await em.count(AuditRecord);
      // PostgreSQL refuses the service's own role before the trigger does (it holds no such grant).
      const refused = kind === 'postgresql' ? /permission denied/ : /append-only/;
      await expect(em.nativeUpdate(AuditRecord, {}, { username: 'someone-else' })).rejects.toThrow(refused);
      await expect(em.nativeDelete(AuditRecord, {})).rejects.toThrow(refused);
      if (kind === 'postgresql') {
        // And the schema's owner, who holds every grant, still meets the trigger.
        await expect(svc.asOwner(`update training.audit_record set username = 'x'`)).rejects.toThrow(
          /append-only/,
        );
        await expect(svc.asOwner(`delete from training.audit_record`)).rejects.toThrow(/append-only/);
      }
      expect(await em.count(AuditRecord, { username: 'someone-else' })).toBe(0);
      expect(await em.count(AuditRecord)).toBe(before);
    });

    it('fails the change when its audit record cannot be written', async () => {
      // As the schema's owner: the service's own role may not alter its tables.
      const table = kind === 'postgresql' ? '"training"."audit_record"' : 'audit_record';
      await svc.asOwner(`alter table ${table} rename to audit_record_away`);
      try {
        const error = await svc.requestError(TRAINING_SUBJECTS.courseCreate, course({ code: 'NO-AUDIT' }));
        expect(error.status).toBe(500);
      } finally {
        await svc.asOwner(
          `alter table ${kind === 'postgresql' ? '"training"."audit_record_away"' : 'audit_record_away'} rename to audit_record`,
        );
      }
      expect(await svc.orm.em.fork().count(TrainingCourse, { code: 'NO-AUDIT' })).toBe(0);
    });
  });
});
