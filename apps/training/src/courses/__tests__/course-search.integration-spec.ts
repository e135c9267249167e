import { randomUUID } from 'node:crypto';
import {
  COUNT_CAP,
  SEARCH_LIMIT,
  type CreateTrainingCourse,
  type Page,
  TRAINING_SUBJECTS,
  type TrainingCourse as TrainingCourseDto,
} from '@ascc/contracts';
import { type RequestContext, findForSearch, searchFilter, searchText, searchWords } from '@ascc/service-kit';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { TrainingCourse } from '../training-course.entity';

const course = (code: string, titleVi: string, titleEn = 'Course'): CreateTrainingCourse => ({
  code,
  titleVi,
  titleEn,
  topic: 'international-integration',
  targetLevel: 'commune',
  agencyCode: 'SNV',
  startDate: '2024-03-04',
  endDate: '2024-03-08',
  capacity: 60,
  costEstimate: 125_000_000,
});

const TITLES: [string, string][] = [
  ['NG-1', 'Bồi dưỡng nghiệp vụ ngoại giao cho cán bộ xã'],
  ['NG-2', 'Đối ngoại nhân dân và hội nhập quốc tế'],
  ['NG-3', 'NGOẠI NGỮ: Tiếng Anh giao tiếp'],
  ['NG-4', 'Kỹ năng đàm phán với đối tác nước ngoài'],
  ['NG-5', 'Quản lý đê điều và phòng chống thiên tai'],
  ['NG-6', 'Đào tạo "an toàn" thông tin 100%'],
];

/**
 * The free-text search at scale answers exactly what the folded substring search always did ("every
 * word, as a substring of the folded text"), and follows each write in its own transaction.
 */
describe.each(testDatabaseKinds())('course search on %s', (kind) => {
  let svc: ServiceHarness;
  const list = (q: string) =>
    svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, { q, pageSize: 100, sort: 'code' });
  const codes = async (q: string) => (await list(q)).items.map((c) => c.code).sort();

  beforeAll(async () => {
    svc = await startServiceHarness('training', AppModule, kind);
    for (const [code, title] of TITLES)
      await svc.request(TRAINING_SUBJECTS.courseCreate, course(code, title));
  });
  afterAll(() => svc?.stop());

  it('finds with diacritics and case folded on both sides, as the substring search always did', async () => {
    const queries = [
      'ngoai',
      'NGOẠI',
      'Ngoại giao',
      'ngoai giao xa',
      'đối ngoại',
      'doi',
      'de',
      'đê',
      'an',
      'anh an',
      '"an',
      '100%',
      'ng-1',
      'tieng anh giao tiep',
      'ngoaix',
      'o',
      'ky nang dam phan nuoc ngoai',
    ];
    for (const q of queries) {
      // What `LIKE '%word%'` on the folded text returns, for every word: the meaning search has had.
      const words = searchWords(q);
      const expected = TITLES.filter(([code, title]) => {
        const text = searchText(code, title);
        return words.every((w) => text.includes(w));
      })
        .map(([code]) => code)
        .sort();
      expect({ q, found: await codes(q) }).toEqual({ q, found: expected });
    }
    expect(await codes('ngoai')).toEqual(['NG-1', 'NG-2', 'NG-3', 'NG-4']);
  });

  it('finds an updated row by its new words only, at once', async () => {
    const [found] = (await list('phong chong thien tai')).items;
    expect(found.code).toBe('NG-5');
    await svc.request(TRAINING_SUBJECTS.courseUpdate, {
      ...course('NG-5', 'Ứng phó biến đổi khí hậu'),
      id: found.id,
      version: found.version,
    });
    expect(await codes('thien tai')).toEqual([]);
    expect(await codes('bien doi khi hau')).toEqual(['NG-5']);
  });

  it('keeps the search index in the transaction of the write: seen inside it, gone when it rolls back or deletes', async () => {
    const em = svc.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        tx.create(TrainingCourse, {
          ...course('RB-1', 'Khóa học rút lại'),
          planArea: 'III.8',
          status: 'planned',
          searchText: searchText('RB-1', 'Khóa học rút lại'),
        });
        await tx.flush();
        expect(await tx.count(TrainingCourse, searchFilter(tx, TrainingCourse, 'rut lai'))).toBe(1);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await codes('rut lai')).toEqual([]);
    if (kind === 'sqlite') {
      const rows = (await svc.orm.em
        .getConnection()
        .execute(
          `select count(*) as n from training_course_search where training_course_search match '"rut lai"'`,
        )) as {
        n: number;
      }[];
      expect(rows[0].n).toBe(0);
    }

    await em.fork().nativeDelete(TrainingCourse, { code: 'NG-6' });
    expect(await codes('an toan')).toEqual([]);
    expect(await codes('ngoai')).toHaveLength(4);
  });

  it('pages and counts a search matching more than COUNT_CAP rows: capped total, the same rows in the same order', async () => {
    // Broad: every row holds "điện rộng" (SQLite then reads the page in the list's order, not through the
    // index); one row in ten also holds "xy" (a word too short for the index); seven have another topic.
    const rows = Array.from({ length: COUNT_CAP + 30 }, (_, i) => {
      const code = `WIDE-${String(i).padStart(5, '0')}`;
      const titleVi = `Điện rộng khóa ${i}${i % 10 === 0 ? ' xy' : ''}`;
      return {
        ...course(code, titleVi),
        topic: i < 7 ? ('foreign-language' as const) : ('international-integration' as const),
        id: randomUUID(),
        version: 1,
        planArea: 'III.8' as const,
        status: 'planned' as const,
        createdAt: new Date(),
        updatedAt: new Date(),
        searchText: searchText(code, titleVi, 'Course'),
      };
    });
    await svc.orm.em.fork().insertMany(TrainingCourse, rows);
    const codesOf = (filter: (r: (typeof rows)[number]) => boolean) =>
      rows
        .filter(filter)
        .map((r) => r.code)
        .sort();
    const page = (input: object) =>
      svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, {
        sort: 'code',
        order: 'asc',
        ...input,
      });

    const all = codesOf(() => true);
    for (const q of ['dien rong', 'ĐIỆN Rộng', 'rộng']) {
      const first = await page({ q, order: 'asc' });
      expect(first).toMatchObject({ total: COUNT_CAP, totalCapped: true });
      expect(first.items.map((c) => c.code)).toEqual(all.slice(0, 20));
    }
    const third = await page({ q: 'dien rong', order: 'desc', page: 3 });
    expect(third.items.map((c) => c.code)).toEqual([...all].reverse().slice(40, 60));
    // A deep page: read through the index, as any narrow search.
    const deep = await page({ q: 'dien rong', pageSize: 100, page: 6 });
    expect(deep.items.map((c) => c.code)).toEqual(all.slice(500, 600));

    // Other filters or short words narrow the broad search: the count is exact again.
    const topic = await page({ q: 'dien rong', topic: 'foreign-language', pageSize: 100 });
    expect(topic).toMatchObject({ total: 7, totalCapped: false });
    expect(topic.items.map((c) => c.code)).toEqual(codesOf((r) => r.topic === 'foreign-language'));
    const short = await page({ q: 'dien rong xy', pageSize: 100, page: 2 });
    const withXy = codesOf((r) => r.titleVi.endsWith(' xy'));
    expect(short).toMatchObject({ total: withXy.length, totalCapped: false });
    expect(short.items.map((c) => c.code)).toEqual(withXy.slice(100, 200));
    // A narrow search among them still goes through the index.
    expect(await codes('khoa 10007')).toEqual(['WIDE-10007']);
  });

  it('pages a broad search whose matches all sit at the end of the default order (newest first)', async () => {
    // 3,000 newer courses without the words come first in the default order (start date, newest first):
    // every "điện rộng" match lies after them.
    const newer = Array.from({ length: 3_000 }, (_, i) => {
      const code = `LATE-${String(i).padStart(5, '0')}`;
      const titleVi = `Khóa mới ${i}`;
      return {
        ...course(code, titleVi),
        startDate: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        endDate: '2025-12-31',
        id: randomUUID(),
        version: 1,
        planArea: 'III.8' as const,
        status: 'planned' as const,
        createdAt: new Date(),
        updatedAt: new Date(),
        searchText: searchText(code, titleVi, 'Course'),
      };
    });
    await svc.orm.em.fork().insertMany(TrainingCourse, newer);
    const em = svc.orm.em.fork();
    // The matches in the default order: start date, then id, newest first.
    const matching = (
      await em.find(TrainingCourse, { code: { $like: 'WIDE-%' } }, { fields: ['id', 'code', 'startDate'] })
    )
      .map((c) => ({ id: c.id, code: c.code, startDate: String(c.startDate) }))
      .sort((a, b) =>
        a.startDate === b.startDate ? (a.id < b.id ? 1 : -1) : a.startDate < b.startDate ? 1 : -1,
      );
    // Two of them move: one to the newest date of all (first), one to the oldest (last).
    const [first, last] = [matching[500], matching[600]];
    await em.nativeUpdate(TrainingCourse, { id: first.id }, { startDate: '2026-01-01' });
    await em.nativeUpdate(TrainingCourse, { id: last.id }, { startDate: '2020-01-01' });
    const order = [first, ...matching.filter((m) => m !== first && m !== last), last].map((m) => m.code);
    const defaultPage = (input: object) =>
      svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, { q: 'dien rong', ...input });

    const one = await defaultPage({});
    expect(one).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(one.items.map((c) => c.code)).toEqual(order.slice(0, 20));
    expect((await defaultPage({ page: 4, pageSize: 50 })).items.map((c) => c.code)).toEqual(
      order.slice(150, 200),
    );
    const oldest = await defaultPage({ order: 'asc' });
    expect(oldest.items.map((c) => c.code)).toEqual([...order].reverse().slice(0, 20));
    // Another filter narrows the words' matches: the page is still the right one.
    const topic = await defaultPage({ topic: 'international-integration' });
    expect(topic.items.map((c) => c.code)).toEqual(
      order.filter((code) => Number(code.slice(5)) >= 7).slice(0, 20),
    );

    // A deleted row leaves the order index at once; a row whose words change moves with them.
    await em.nativeDelete(TrainingCourse, { id: first.id });
    expect((await defaultPage({})).items[0].code).toBe(order[1]);
    const second = matching.find((m) => m.code === order[1]);
    if (!second) throw new Error(`course ${order[1]} was not created`);
    await svc.request(TRAINING_SUBJECTS.courseUpdate, {
      ...course(order[1], 'Không còn từ ấy'),
      id: second.id,
      version: 1,
    });
    expect((await defaultPage({})).items.map((c) => c.code)).toEqual(order.slice(2, 22));
    if (kind === 'sqlite') {
      // The index holds exactly the table's rows, each under its start date's key.
      const [index, table] = await Promise.all(
        [
          `select rowid >> 32 as k, rowid & 4294967295 as r from training_course_search_by_start_date where training_course_search_by_start_date match '"rong"' order by r`,
          `select cast(julianday(start_date) as integer) as k, rowid as r from training_course where search_text like '%rong%' order by r`,
        ].map((sql) => svc.orm.em.getConnection().execute(sql)),
      );
      expect(index.length).toBe(COUNT_CAP + 30 - 2);
      expect(index).toEqual(table);
    }
  });

  it("shows an own-agency reader the global search's first rows of its agency, found after the index's first matches", async () => {
    // Seven of another agency's courses hold the broad words too, after the ten thousand matches above.
    await svc.orm.em.fork().insertMany(
      TrainingCourse,
      Array.from({ length: 7 }, (_, i) => ({
        ...course(`OWN-${i}`, `Điện rộng của sở ${i}`),
        agencyCode: 'SVHTTDL',
        id: randomUUID(),
        version: 1,
        planArea: 'III.8' as const,
        status: 'planned' as const,
        createdAt: new Date(),
        updatedAt: new Date(),
        searchText: searchText(`OWN-${i}`, `Điện rộng của sở ${i}`, 'Course'),
      })),
    );
    const ctx = {
      caller: { userId: randomUUID(), username: 'svhttdl.editor', agencyCode: 'SVHTTDL', roles: ['editor'] },
      correlationId: 'c-1',
    } as RequestContext;
    const found = await findForSearch(svc.orm.em.fork(), TrainingCourse, 'course', 'dien rong', ctx);
    expect(found).toHaveLength(SEARCH_LIMIT);
    expect(found.every((c) => c.agencyCode === 'SVHTTDL' && c.code.startsWith('OWN-'))).toBe(true);
    const admin = await findForSearch(svc.orm.em.fork(), TrainingCourse, 'course', 'dien rong', {
      ...ctx,
      caller: { ...ctx.caller, username: 'admin', agencyCode: 'SNV', roles: ['admin'] },
    } as RequestContext);
    expect(admin).toHaveLength(SEARCH_LIMIT);
  });
  it('pages a filter whose matches sit at the end of the sort order, and one whose matches come early', async () => {
    // Thirty cancelled courses whose codes sort after every other course's: a walk of the code order
    // meets them last (on PostgreSQL they are read by the filter instead: filteredPage).
    const late = Array.from({ length: 30 }, (_, i) => {
      const code = `ZZ-${String(i).padStart(3, '0')}`;
      return {
        ...course(code, `Khóa đã hủy ${i}`),
        id: randomUUID(),
        version: 1,
        planArea: 'III.8' as const,
        status: 'cancelled' as const,
        createdAt: new Date(),
        updatedAt: new Date(),
        searchText: searchText(code, `Khóa đã hủy ${i}`, 'Course'),
      };
    });
    await svc.orm.em.fork().insertMany(TrainingCourse, late);
    const codes = late.map((c) => c.code);
    const page = (input: object) =>
      svc.request<Page<TrainingCourseDto>>(TRAINING_SUBJECTS.courseList, {
        status: 'cancelled',
        sort: 'code',
        ...input,
      });
    const first = await page({ order: 'asc' });
    expect(first).toMatchObject({ total: 30, totalCapped: false });
    expect(first.items.map((c) => c.code)).toEqual(codes.slice(0, 20));
    expect((await page({ order: 'asc', page: 2 })).items.map((c) => c.code)).toEqual(codes.slice(20));
    expect((await page({ order: 'desc' })).items.map((c) => c.code)).toEqual(
      [...codes].reverse().slice(0, 20),
    );
    expect((await page({ order: 'asc', page: 3 })).items).toEqual([]);
    // With a search as well: only the words' rows among them.
    const searched = await page({ order: 'asc', q: 'da huy 1' });
    expect(searched.items.map((c) => c.code)).toEqual(codes.filter((_, i) => String(i).includes('1')));

    // Planned courses come first in code order (thousands of them): the page is found among the first rows.
    const planned = (
      await svc.orm.em
        .fork()
        .find(
          TrainingCourse,
          { status: 'planned' },
          { orderBy: { code: 'asc', id: 'asc' }, limit: 40, offset: 20, fields: ['code'] },
        )
    ).map((c) => c.code);
    const second = await page({ status: 'planned', order: 'asc', page: 2 });
    expect(second).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(second.items.map((c) => c.code)).toEqual(planned.slice(0, 20));
  });
});
